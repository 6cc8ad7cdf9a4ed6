import { and, asc, count, eq, ilike, lt, lte, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import { applications, heldByOffice } from './applications.table.ts'

/** What a queue item shows: never the form's answers or the reports, which can be large. */
const queueColumns = {
  id: applications.id,
  registrationNo: applications.registrationNo,
  serviceCode: applications.serviceCode,
  serviceVersionId: applications.serviceVersionId,
  serviceKind: applications.serviceKind,
  status: applications.status,
  currentStage: applications.currentStage,
  stageStartedAt: applications.stageStartedAt,
  stageDueDate: applications.stageDueDate,
  version: applications.version,
}
export type QueueRow = { [K in keyof typeof queueColumns]: (typeof applications.$inferSelect)[K] }

/** What a search of open work may narrow by; each is optional and they combine with AND. */
export interface WorkFilters {
  stage?: string
  registrationNo?: string
  service?: string
  status?: string
  dueBy?: string
  overdue?: boolean
}

/** Queries only: searching open files (a queue or the board). */
export function createWorkSearchRepository() {
  return {
    /**
     * Open files of the office matching the filters, earliest due first; `assigneeId` limits them to
     * one officer's queue. `today` decides what is overdue.
     */
    async search(
      ex: Executor,
      p: { officeId: string; assigneeId?: string; filters: WorkFilters; today: string; limit: number; offset: number },
    ) {
      const f = p.filters
      const where = and(
        eq(applications.officeId, p.officeId),
        heldByOffice(applications.status),
        p.assigneeId ? eq(applications.assigneeId, p.assigneeId) : undefined,
        f.stage ? eq(applications.currentStage, f.stage) : undefined,
        f.status ? eq(applications.status, f.status) : undefined,
        f.service ? eq(applications.serviceCode, f.service) : undefined,
        // A prefix, escaped by the schema's pattern (letters, digits and dashes only).
        f.registrationNo ? ilike(applications.registrationNo, `${f.registrationNo}%`) : undefined,
        f.dueBy ? lte(applications.stageDueDate, f.dueBy) : undefined,
        f.overdue === true ? lt(applications.stageDueDate, p.today) : undefined,
        f.overdue === false
          ? sql`(${applications.stageDueDate} is null or ${applications.stageDueDate} >= ${p.today})`
          : undefined,
      )
      const rows = await ex
        .select({ application: queueColumns, assigneeName: users.fullName })
        .from(applications)
        .leftJoin(users, eq(users.id, applications.assigneeId))
        .where(where)
        .orderBy(asc(applications.stageDueDate), asc(applications.stageStartedAt))
        .limit(p.limit)
        .offset(p.offset)
      const [total] = await ex.select({ n: count() }).from(applications).where(where)
      return { rows, total: total?.n ?? 0 }
    },
  }
}
export type WorkSearchRepository = ReturnType<typeof createWorkSearchRepository>
