import { and, asc, eq, isNotNull, ne } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applicationEvents, auditLog, outbox } from './changes.table.ts'

export type HistoryRow = typeof applicationEvents.$inferSelect

/** Writes only through the change record (change-record.ts); reads for the modules that need the history. */
export function createChangesRepository() {
  return {
    async insertAudit(ex: Executor, values: typeof auditLog.$inferInsert): Promise<number> {
      const [row] = await ex.insert(auditLog).values(values).returning({ id: auditLog.id })
      return row!.id
    },

    async insertHistory(ex: Executor, values: typeof applicationEvents.$inferInsert): Promise<void> {
      await ex.insert(applicationEvents).values(values)
    },

    async insertOutbox(ex: Executor, values: typeof outbox.$inferInsert): Promise<void> {
      await ex.insert(outbox).values(values)
    },

    async history(ex: Executor, applicationId: string): Promise<HistoryRow[]> {
      return ex
        .select()
        .from(applicationEvents)
        .where(eq(applicationEvents.applicationId, applicationId))
        .orderBy(asc(applicationEvents.id))
    },

    /** Officers who acted on the file, with the stage they acted in. */
    async officersWhoActed(ex: Executor, applicationId: string): Promise<{ actorId: string; stage: string | null }[]> {
      const rows = await ex
        .selectDistinct({ actorId: applicationEvents.actorId, stage: applicationEvents.stage })
        .from(applicationEvents)
        .where(
          and(
            eq(applicationEvents.applicationId, applicationId),
            isNotNull(applicationEvents.actorId),
            ne(applicationEvents.actorRole, 'applicant'),
            ne(applicationEvents.actorRole, 'system'),
          ),
        )
      return rows.map((r) => ({ actorId: r.actorId!, stage: r.stage }))
    },
  }
}
export type ChangesRepository = ReturnType<typeof createChangesRepository>
