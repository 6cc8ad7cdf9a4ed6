import { and, count, desc, eq, ne, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { createApplicationDocumentsRepository } from './application-documents.repository.ts'
import { offices } from '../offices/offices.table.ts'
import { applications, registrationNumbers } from './applications.table.ts'
import { createOfficeQueueRepository } from './office-queue.repository.ts'
import { createStageAssignmentsRepository } from './stage-assignments.repository.ts'

export type ApplicationRow = typeof applications.$inferSelect

/** One timeline step as public tracking reads it: no actor id, only the role, and only the return reason codes. */
export interface PublicEvent {
  at: string
  action: string
  fromStatus: string | null
  toStatus: string
  actorRole: string
  returnCodes: string[] | null
  /** A back-entered submission's paper receipt (never who entered it). */
  paperReceiptNo: string | null
  paperReceivedOn: string | null
}

/**
 * The public columns of one application and its timeline, read by registration number in one
 * statement (the unique index on registration_no, then application_events_application_idx).
 * Nothing personal is selected: no applicant, no actor ids, no form data, no notes.
 */
function trackingQuery(ex: Executor) {
  return ex
    .select({
      id: applications.id,
      officeId: applications.officeId,
      trackingCodeHash: applications.trackingCodeHash,
      serviceCode: applications.serviceCode,
      serviceVersionId: applications.serviceVersionId,
      status: applications.status,
      channel: applications.channel,
      currentStage: applications.currentStage,
      submittedAt: applications.submittedAt,
      expectedCompletionDate: applications.expectedCompletionDate,
      returnDueDate: applications.returnDueDate,
      events: sql<PublicEvent[]>`(
        select coalesce(json_agg(json_build_object(
          'at', e.at, 'action', e.action, 'fromStatus', e.from_status, 'toStatus', e.to_status,
          'actorRole', e.actor_role, 'returnCodes', e.details #> '{returnReasons,codes}',
          'paperReceiptNo', e.details #>> '{paperReceipt,number}', 'paperReceivedOn', e.details #>> '{paperReceipt,receivedOn}')
          order by e.id), '[]'::json)
        from application_events e where e.application_id = ${applications}.id)`,
    })
    .from(applications)
    .where(eq(applications.registrationNo, sql.placeholder('registrationNo')))
    .prepare('track_by_registration_no')
}
/** The application itself: tracking, intake and the versioned update every action goes through. */
function createApplicationRecordsRepository() {
  // Prepared once per database handle: tracking is the busiest public read.
  const tracking = new WeakMap<Executor, ReturnType<typeof trackingQuery>>()
  return {
    /** Public tracking: one indexed read (registration number, then the events by application). */
    async trackingView(ex: Executor, registrationNo: string) {
      let query = tracking.get(ex)
      if (!query) tracking.set(ex, (query = trackingQuery(ex)))
      const [row] = await query.execute({ registrationNo })
      return row
    },

    async insert(ex: Executor, values: typeof applications.$inferInsert): Promise<ApplicationRow> {
      const [row] = await ex.insert(applications).values(values).returning()
      return row!
    },

    async find(ex: Executor, officeId: string, id: string): Promise<ApplicationRow | undefined> {
      // Named: PostgreSQL parses and plans it once per connection (this runs in every action).
      const [row] = await ex
        .select()
        .from(applications)
        .where(and(eq(applications.officeId, officeId), eq(applications.id, id)))
        .prepare('applications_find')
        .execute()
      return row
    },

    async findByRegistrationNo(ex: Executor, registrationNo: string): Promise<ApplicationRow | undefined> {
      const [row] = await ex.select().from(applications).where(eq(applications.registrationNo, registrationNo))
      return row
    },

    /**
     * The applicant's own applications at every office (applicants are national), each with its
     * office's code: the one applicant query not scoped by the routed office, as it is their list.
     */
    async listByApplicant(ex: Executor, applicantId: string, p: { status?: string; limit: number; offset: number }) {
      const where = and(
        eq(applications.applicantId, applicantId),
        // A deleted draft leaves the list (only its history remains).
        p.status ? eq(applications.status, p.status) : ne(applications.status, 'deleted'),
      )
      const [rows, [total]] = await Promise.all([
        ex
          .select({ application: applications, officeCode: offices.code })
          .from(applications)
          .innerJoin(offices, eq(offices.id, applications.officeId))
          .where(where)
          .orderBy(desc(applications.createdAt))
          .limit(p.limit)
          .offset(p.offset),
        ex.select({ n: count() }).from(applications).where(where),
      ])
      return { rows: rows.map((r) => ({ ...r.application, officeCode: r.officeCode })), total: total?.n ?? 0 }
    },

    /** Applies a change only if nobody changed the application since `version` was read. */
    async updateIfVersion(
      ex: Executor,
      id: string,
      version: number,
      values: Partial<typeof applications.$inferInsert>,
    ): Promise<ApplicationRow | undefined> {
      const [row] = await ex
        .update(applications)
        .set({ ...values, version: version + 1 })
        .where(and(eq(applications.id, id), eq(applications.version, version)))
        .returning()
      return row
    },

    async nextRegistrationNumber(ex: Executor): Promise<number> {
      const result = (await ex.execute(
        sql.raw(`select nextval('${registrationNumbers.seqName}') as n`),
      )) as unknown as { rows: { n: string | number }[] }
      return Number(result.rows[0]!.n)
    },
  }
}

/**
 * Queries only: the rules live in the use cases. One face over the module's tables, put together
 * from one repository per job (the application, its documents, its assignments, the office's queue).
 */
export function createApplicationsRepository() {
  return {
    ...createApplicationRecordsRepository(),
    ...createApplicationDocumentsRepository(),
    ...createStageAssignmentsRepository(),
    ...createOfficeQueueRepository(),
  }
}
export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>
