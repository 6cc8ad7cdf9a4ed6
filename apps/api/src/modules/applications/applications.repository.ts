import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, ne, notInArray, sql } from 'drizzle-orm'
import { officeStatuses } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import {
  applicationDocuments,
  applications,
  officerLoads,
  registrationNumbers,
  stageAssignments,
} from './applications.table.ts'

export type ApplicationRow = typeof applications.$inferSelect

/** One timeline step as public tracking reads it: no actor id, only the role, and only the return reason codes. */
export interface PublicEvent {
  at: string
  action: string
  fromStatus: string | null
  toStatus: string
  actorRole: string
  returnCodes: string[] | null
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
      currentStage: applications.currentStage,
      submittedAt: applications.submittedAt,
      expectedCompletionDate: applications.expectedCompletionDate,
      returnDueDate: applications.returnDueDate,
      events: sql<PublicEvent[]>`(
        select coalesce(json_agg(json_build_object(
          'at', e.at, 'action', e.action, 'fromStatus', e.from_status, 'toStatus', e.to_status,
          'actorRole', e.actor_role, 'returnCodes', e.details #> '{returnReasons,codes}') order by e.id), '[]'::json)
        from application_events e where e.application_id = ${applications}.id)`,
    })
    .from(applications)
    .where(eq(applications.registrationNo, sql.placeholder('registrationNo')))
    .prepare('track_by_registration_no')
}
export type DocumentRow = typeof applicationDocuments.$inferSelect

/** Statuses in which the office holds the file (from the lifecycle table); they count toward an officer's load. */
const heldStatuses = [...officeStatuses]

/** Queries only: the rules live in the use cases. */
export function createApplicationsRepository() {
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

    async listByApplicant(ex: Executor, applicantId: string, p: { status?: string; limit: number; offset: number }) {
      const where = and(
        eq(applications.applicantId, applicantId),
        // A deleted draft leaves the list (only its history remains).
        p.status ? eq(applications.status, p.status) : ne(applications.status, 'deleted'),
      )
      const [rows, [total]] = await Promise.all([
        ex
          .select()
          .from(applications)
          .where(where)
          .orderBy(desc(applications.createdAt))
          .limit(p.limit)
          .offset(p.offset),
        ex.select({ n: count() }).from(applications).where(where),
      ])
      return { rows, total: total?.n ?? 0 }
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

    async everAssigned(ex: Executor, applicationId: string, officerId: string): Promise<boolean> {
      const [row] = await ex
        .select({ n: count() })
        .from(stageAssignments)
        .where(and(eq(stageAssignments.applicationId, applicationId), eq(stageAssignments.officerId, officerId)))
      return (row?.n ?? 0) > 0
    },

    /** Officers on duty with the role (and the sector, where they are limited to some), with their kept load. */
    async eligibleOfficers(
      ex: Executor,
      p: { officeId: string; role: string; sector: string; excluded: string[]; alsoEligible?: string },
    ) {
      return ex
        .select({ id: users.id, load: sql<number>`coalesce(sum(${officerLoads.openFiles}), 0)`.mapWith(Number) })
        .from(users)
        .leftJoin(officerLoads, and(eq(officerLoads.officeId, users.officeId), eq(officerLoads.officerId, users.id)))
        .where(
          and(
            eq(users.officeId, p.officeId),
            eq(users.kind, 'officer'),
            eq(users.onDuty, true),
            isNull(users.deactivatedAt),
            sql`(${users.roles} @> array[${p.role}]::text[] or ${users.id} = ${p.alsoEligible ?? null}::uuid)`,
            sql`(${users.sectors} is null or ${p.sector} = any(${users.sectors}))`,
            p.excluded.length ? notInArray(users.id, p.excluded) : undefined,
          ),
        )
        .groupBy(users.id)
    },

    /**
     * Adds each delta to one slot of the officer's kept load, in one statement. Rows are taken in
     * (officer, slot) order so two transactions moving files between the same officers cannot deadlock.
     */
    async adjustLoads(
      ex: Executor,
      officeId: string,
      deltas: readonly { officerId: string; slot: number; delta: number }[],
    ): Promise<void> {
      if (deltas.length === 0) return
      const rows = [...deltas]
        .sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : a.slot - b.slot))
        .map((d) => ({ officeId, officerId: d.officerId, slot: d.slot, openFiles: d.delta }))
      await ex
        .insert(officerLoads)
        .values(rows)
        .onConflictDoUpdate({
          target: [officerLoads.officeId, officerLoads.officerId, officerLoads.slot],
          set: { openFiles: sql`${officerLoads.openFiles} + excluded.open_files` },
        })
    },

    /** Ends the open assignment of the file and starts the new one, in one statement. */
    async handOverAssignment(
      ex: Executor,
      v: Omit<typeof stageAssignments.$inferInsert, 'id' | 'endedAt'> & {
        requestedBy: string | null
        reason: string | null
      },
    ): Promise<void> {
      await ex.execute(sql`
        with ended as (
          update ${stageAssignments} set ended_at = ${v.assignedAt}
          where application_id = ${v.applicationId} and ended_at is null)
        insert into ${stageAssignments} (application_id, stage, officer_id, assigned_at, requested_by, reason)
        values (${v.applicationId}, ${v.stage}, ${v.officerId}, ${v.assignedAt}, ${v.requestedBy}, ${v.reason})`)
    },

    async endAssignments(ex: Executor, applicationId: string, at: Date): Promise<void> {
      await ex
        .update(stageAssignments)
        .set({ endedAt: at })
        .where(and(eq(stageAssignments.applicationId, applicationId), isNull(stageAssignments.endedAt)))
    },

    async documents(ex: Executor, applicationId: string): Promise<DocumentRow[]> {
      return ex
        .select()
        .from(applicationDocuments)
        .where(and(eq(applicationDocuments.applicationId, applicationId), isNull(applicationDocuments.removedAt)))
        .orderBy(asc(applicationDocuments.uploadedAt))
        .prepare('application_documents_current')
        .execute()
    },

    async findDocument(ex: Executor, applicationId: string, documentId: string): Promise<DocumentRow | undefined> {
      const [row] = await ex
        .select()
        .from(applicationDocuments)
        .where(and(eq(applicationDocuments.applicationId, applicationId), eq(applicationDocuments.id, documentId)))
      return row
    },

    async insertDocument(ex: Executor, values: typeof applicationDocuments.$inferInsert): Promise<DocumentRow> {
      const [row] = await ex.insert(applicationDocuments).values(values).returning()
      return row!
    },

    /** Retires the current document of a requirement (or one document); returns what was retired. */
    async removeDocuments(
      ex: Executor,
      applicationId: string,
      at: Date,
      which: { requirementKey?: string; id?: string },
    ): Promise<DocumentRow[]> {
      return ex
        .update(applicationDocuments)
        .set({ removedAt: at })
        .where(
          and(
            eq(applicationDocuments.applicationId, applicationId),
            isNull(applicationDocuments.removedAt),
            which.requirementKey ? eq(applicationDocuments.requirementKey, which.requirementKey) : undefined,
            which.id ? eq(applicationDocuments.id, which.id) : undefined,
          ),
        )
        .returning()
    },

    async assignedTo(ex: Executor, officerId: string) {
      return ex
        .select()
        .from(applications)
        .where(and(eq(applications.assigneeId, officerId), inArray(applications.status, heldStatuses)))
        .orderBy(asc(applications.stageDueDate), asc(applications.stageStartedAt))
    },

    /** Files an officer holds, with what decides whether the holder may still act on them. */
    async heldWithHolder(ex: Executor, officeId: string) {
      const rows = await ex
        .select({ application: applications, holderRoles: users.roles, holderDeactivatedAt: users.deactivatedAt })
        .from(applications)
        .innerJoin(users, eq(users.id, applications.assigneeId))
        .where(and(eq(applications.officeId, officeId), inArray(applications.status, heldStatuses)))
      return rows.map((r) => ({
        application: r.application,
        holderRoles: r.holderRoles,
        holderDeactivated: r.holderDeactivatedAt !== null,
      }))
    },

    /** Supervisors who reassigned the file since `since`. */
    async reassignedBySince(ex: Executor, applicationId: string, since: Date): Promise<string[]> {
      const rows = await ex
        .select({ by: stageAssignments.requestedBy })
        .from(stageAssignments)
        .where(
          and(
            eq(stageAssignments.applicationId, applicationId),
            isNotNull(stageAssignments.requestedBy),
            gte(stageAssignments.assignedAt, since),
          ),
        )
      return rows.map((r) => r.by!)
    },

    async heldByOffice(ex: Executor, p: { officeId: string; stage?: string; limit: number; offset: number }) {
      const where = and(
        eq(applications.officeId, p.officeId),
        inArray(applications.status, heldStatuses),
        p.stage ? eq(applications.currentStage, p.stage) : undefined,
      )
      // One query after the other: this also runs inside the escalation job's transaction.
      const rows = await ex
        .select({ application: applications, assigneeName: users.fullName })
        .from(applications)
        .leftJoin(users, eq(users.id, applications.assigneeId))
        .where(where)
        .orderBy(asc(applications.stageDueDate), asc(applications.stageStartedAt))
        .limit(p.limit)
        .offset(p.offset)
      const [total] = await ex.select({ n: count() }).from(applications).where(where)
      return { rows, total: total?.n ?? 0 }
    },

    async stageCounts(ex: Executor, officeId: string, today: string) {
      return ex
        .select({
          stage: sql<string>`case when ${applications.assigneeId} is null then 'unassigned' else ${applications.currentStage} end`,
          count: sql<number>`count(*)`.mapWith(Number),
          overdue: sql<number>`count(*) filter (where ${applications.stageDueDate} < ${today})`.mapWith(Number),
        })
        .from(applications)
        .where(and(eq(applications.officeId, officeId), inArray(applications.status, heldStatuses)))
        .groupBy(sql`1`)
    },

    /** Files in a stage whose due date falls on or after `date`: a calendar change there can move it. */
    async heldDueFrom(ex: Executor, officeId: string, date: string) {
      return ex
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.officeId, officeId),
            inArray(applications.status, heldStatuses),
            sql`${applications.stageDueDate} >= ${date}`,
          ),
        )
    },

    /** Returned files whose deadline to fix them falls on or after `date`: a calendar change there can move it. */
    async returnedDueFrom(ex: Executor, officeId: string, date: string) {
      return ex
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.officeId, officeId),
            eq(applications.status, 'returned'),
            sql`${applications.returnDueDate} >= ${date}`,
          ),
        )
    },

    /** Returned files past the close of their deadline to fix them. */
    async returnedDueBefore(ex: Executor, officeId: string, date: string) {
      return ex
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.officeId, officeId),
            eq(applications.status, 'returned'),
            sql`${applications.returnDueDate} < ${date}`,
          ),
        )
    },

    async setReturnDueDate(ex: Executor, id: string, returnDueDate: string): Promise<void> {
      await ex.update(applications).set({ returnDueDate }).where(eq(applications.id, id))
    },

    /** Files in a stage whose due date is before `date`: past the close of their last working day. */
    async heldDueBefore(ex: Executor, officeId: string, date: string) {
      return ex
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.officeId, officeId),
            inArray(applications.status, heldStatuses),
            sql`${applications.stageDueDate} < ${date}`,
          ),
        )
    },

    /** Due dates are derived data: recomputing one is not a change of the application, so the version stays. */
    async setStageDueDate(ex: Executor, id: string, stageDueDate: string): Promise<void> {
      await ex.update(applications).set({ stageDueDate }).where(eq(applications.id, id))
    },

    /** Reassignments in this office: asked by a supervisor (requested_by set) or done by the system (reason only). */
    async reassignmentCounts(ex: Executor, officeId: string) {
      const [row] = await ex
        .select({
          bySupervisor: sql<number>`count(*) filter (where ${stageAssignments.requestedBy} is not null)`.mapWith(
            Number,
          ),
          bySystem:
            sql<number>`count(*) filter (where ${stageAssignments.requestedBy} is null and ${stageAssignments.reason} is not null)`.mapWith(
              Number,
            ),
        })
        .from(stageAssignments)
        .innerJoin(applications, eq(applications.id, stageAssignments.applicationId))
        .where(eq(applications.officeId, officeId))
      return row ?? { bySupervisor: 0, bySystem: 0 }
    },

    /** Open files waiting for an officer of this office. */
    async unassigned(ex: Executor, officeId: string) {
      return ex
        .select()
        .from(applications)
        .where(
          and(
            eq(applications.officeId, officeId),
            inArray(applications.status, heldStatuses),
            isNull(applications.assigneeId),
          ),
        )
    },
  }
}
export type ApplicationsRepository = ReturnType<typeof createApplicationsRepository>
