import { and, asc, eq, isNotNull, ne, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import type { ChangeEntity } from '@pintu/contract'
import { applicationEvents, auditLog, outbox, outboxConsumerPositions, type outboxConsumers } from './changes.table.ts'

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

export type OutboxConsumer = (typeof outboxConsumers)[number]

/** Writes only through the change record (change-record.ts); reads for the modules that need the history. */
export function createChangesRepository() {
  return {
    /**
     * One change in one statement: the audit entry, the history row (when given) and the outbox row
     * pointing at the audit entry. Returns the history row's id. Three inserts in one round trip
     * instead of three: the change record is on every write path.
     */
    async insertChange(
      ex: Executor,
      audit: typeof auditLog.$inferInsert,
      history: Omit<typeof applicationEvents.$inferInsert, 'id'> | undefined,
      box: Omit<typeof outbox.$inferInsert, 'auditId' | 'id'>,
    ): Promise<number | undefined> {
      const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`
      const historyCte = history
        ? sql`, h as (
            insert into ${applicationEvents} (application_id, at, action, from_status, to_status, actor_id, actor_role, stage, details)
            values (${history.applicationId}, ${history.at}, ${history.action}, ${history.fromStatus ?? null},
                    ${history.toStatus}, ${history.actorId ?? null}, ${history.actorRole}, ${history.stage ?? null},
                    ${json(history.details)})
            returning id)`
        : sql``
      const result = (await ex.execute(sql`
        with a as (
          insert into ${auditLog} (office_id, occurred_at, actor_id, actor_role, action, entity_type, entity_id, details, request_id)
          values (${audit.officeId}, ${audit.occurredAt}, ${audit.actorId ?? null}, ${audit.actorRole ?? null}, ${audit.action},
                  ${audit.entityType}, ${audit.entityId}, ${json(audit.details)}, ${audit.requestId ?? null})
          returning id)${historyCte}, o as (
          insert into ${outbox} (office_id, audit_id, type, entity_type, entity_id, application_id, occurred_at, payload)
          select ${box.officeId}, a.id, ${box.type}, ${box.entityType}, ${box.entityId}, ${box.applicationId ?? null},
                 ${box.occurredAt}, ${json(box.payload)}
          from a)
        select ${history ? sql`(select id from h)` : sql`null`} as history_id`)) as unknown as {
        rows: { history_id: string | number | null }[]
      }
      const id = result.rows[0]?.history_id
      return id === null || id === undefined ? undefined : Number(id)
    },

    async history(ex: Executor, applicationId: string): Promise<HistoryRow[]> {
      return ex
        .select()
        .from(applicationEvents)
        .where(eq(applicationEvents.applicationId, applicationId))
        .orderBy(asc(applicationEvents.id))
        .prepare('application_events_history')
        .execute()
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
        .select({
          outboxId: outbox.id,
          xid: sql<string>`${outbox.xid}::text`,
          applicationId: outbox.applicationId,
          ...recordedChange,
        })
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

    /**
     * The cell's transparency log reads every office's changes in one order: the changes after
     * `after` of every office in this database, each with the office it belongs to (the log writes
     * that office into the entry). Same commit-safe rule as changesAfter.
     */
    async cellChangesAfter(ex: Executor, after: OutboxPosition, limit: number) {
      return ex
        .select({
          outboxId: outbox.id,
          xid: sql<string>`${outbox.xid}::text`,
          officeId: outbox.officeId,
          ...recordedChange,
        })
        .from(outbox)
        .innerJoin(auditLog, eq(auditLog.id, outbox.auditId))
        .where(
          and(
            sql`(${outbox.xid}, ${outbox.id}) > (${after.xid}::xid8, ${after.id}::bigint)`,
            sql`${outbox.xid} < pg_snapshot_xmin(pg_current_snapshot())`,
          ),
        )
        .orderBy(asc(outbox.xid), asc(outbox.id))
        .limit(limit)
    },

    /** How many recorded changes of every office are not yet past `after` (waiting for the cell's log). */
    async cellCountAfter(ex: Executor, after: OutboxPosition): Promise<number> {
      const [row] = await ex
        .select({ n: sql<number>`count(*)::int` })
        .from(outbox)
        .where(sql`(${outbox.xid}, ${outbox.id}) > (${after.xid}::xid8, ${after.id}::bigint)`)
      return row!.n
    },

    /** Every office's audit entries by id, a page at a time (the cell log's verifier recomputes each). */
    async cellAuditPage(ex: Executor, afterId: number, limit: number) {
      return ex
        .select({ ...recordedChange, officeId: auditLog.officeId })
        .from(auditLog)
        .where(sql`${auditLog.id} > ${afterId}`)
        .orderBy(asc(auditLog.id))
        .limit(limit)
    },

    /** The audit ids of every change concerning one application, oldest first. */
    async auditIdsOfApplication(ex: Executor, officeId: string, applicationId: string): Promise<number[]> {
      const rows = await ex
        .select({ auditId: outbox.auditId })
        .from(outbox)
        .where(and(eq(outbox.officeId, officeId), eq(outbox.applicationId, applicationId)))
        .orderBy(asc(outbox.id))
      return rows.map((row) => row.auditId)
    },

    /** The audit ids of the changes of one entity (a permit, say), oldest first. */
    async auditIdsOfEntity(ex: Executor, officeId: string, type: ChangeEntity, id: string): Promise<number[]> {
      const rows = await ex
        .select({ auditId: auditLog.id })
        .from(auditLog)
        .where(and(eq(auditLog.officeId, officeId), eq(auditLog.entityType, type), eq(auditLog.entityId, id)))
        .orderBy(asc(auditLog.id))
      return rows.map((row) => row.auditId)
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

    /** Where a consumer has read to; the start of the outbox when it has read nothing yet. */
    async positionOf(ex: Executor, officeId: string, consumer: OutboxConsumer): Promise<OutboxPosition> {
      const [row] = await ex
        .select()
        .from(outboxConsumerPositions)
        .where(and(eq(outboxConsumerPositions.officeId, officeId), eq(outboxConsumerPositions.consumer, consumer)))
      return row ? { xid: row.lastXid, id: row.lastOutboxId } : { xid: '0', id: 0 }
    },

    /** Moves a consumer's position, in the transaction that planned what it read. */
    async keepPosition(ex: Executor, officeId: string, consumer: OutboxConsumer, at: OutboxPosition): Promise<void> {
      await ex
        .insert(outboxConsumerPositions)
        .values({ officeId, consumer, lastXid: at.xid, lastOutboxId: at.id })
        .onConflictDoUpdate({
          target: [outboxConsumerPositions.officeId, outboxConsumerPositions.consumer],
          set: { lastXid: at.xid, lastOutboxId: at.id },
        })
    },
  }
}
export type ChangesRepository = ReturnType<typeof createChangesRepository>
