import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applicationEvents, auditLog, outbox } from './changes.table.ts'

export type HistoryRow = typeof applicationEvents.$inferSelect

/** An audit entry as the transparency log reads it. */
const recordedChange = {
  auditId: auditLog.id,
  occurredAt: auditLog.occurredAt,
  actorId: auditLog.actorId,
  actorRole: auditLog.actorRole,
  action: auditLog.action,
  entityType: auditLog.entityType,
  entityId: auditLog.entityId,
  details: auditLog.details,
}

/** A position in the outbox, in the order consumers read it: (writing transaction, row id). */
export interface OutboxPosition {
  xid: string
  id: number
}

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

    /**
     * The recorded changes after `after`, in (xid, id) order, with their audit entries; only those
     * of transactions older than every transaction still running, so a row that commits late
     * (its id taken earlier) is never passed over: it is read once its transaction is below xmin.
     */
    async changesAfter(ex: Executor, officeId: string, after: OutboxPosition, limit: number) {
      return ex
        .select({ outboxId: outbox.id, xid: sql<string>`${outbox.xid}::text`, ...recordedChange })
        .from(outbox)
        .innerJoin(auditLog, eq(auditLog.id, outbox.auditId))
        .where(
          and(
            eq(outbox.officeId, officeId),
            sql`(${outbox.xid}, ${outbox.id}) > (${after.xid}::xid8, ${after.id}::bigint)`,
            sql`${outbox.xid} < pg_snapshot_xmin(pg_current_snapshot())`,
          ),
        )
        .orderBy(asc(outbox.xid), asc(outbox.id))
        .limit(limit)
    },

    /** Audit entries by id, a page at a time (the log's verifier recomputes every entry from them). */
    async auditPage(ex: Executor, officeId: string, afterId: number, limit: number) {
      return ex
        .select(recordedChange)
        .from(auditLog)
        .where(and(eq(auditLog.officeId, officeId), sql`${auditLog.id} > ${afterId}`))
        .orderBy(asc(auditLog.id))
        .limit(limit)
    },

    /** How many recorded changes are not yet past `after` (waiting for the log). */
    async countAfter(ex: Executor, officeId: string, after: OutboxPosition): Promise<number> {
      const [row] = await ex
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(
          and(
            eq(outbox.officeId, officeId),
            sql`(${outbox.xid}, ${outbox.id}) > (${after.xid}::xid8, ${after.id}::bigint)`,
          ),
        )
      return row!.n
    },
  }
}
export type ChangesRepository = ReturnType<typeof createChangesRepository>
