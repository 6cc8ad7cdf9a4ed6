import { and, asc, desc, eq, gte, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { tryAdvisoryXactLock } from '../../db/advisory-lock.ts'
import {
  transparencyBundles,
  transparencyCheckpoints,
  transparencyCosignatures,
  transparencyEntries,
  transparencyState,
  transparencyTiles,
} from './transparency.table.ts'

/** The sequencer's state row; its `id` is always 1 (one log per cell), so it is left out here. */
export type LogState = Omit<typeof transparencyState.$inferSelect, 'id'>
export type CheckpointRow = typeof transparencyCheckpoints.$inferSelect

/** Where the sequencer stands in the outbox; before anything, ahead of every row (xid 0, id 0). */
export const outboxPosition = (state: LogState | undefined) =>
  state ? { xid: state.lastXid, id: state.lastOutboxId } : { xid: '0', id: 0 }

/** Drivers hand bytea back as Buffer (pg) or Uint8Array (PGlite); the log code wants plain bytes. */
const bytes = (value: Uint8Array) => new Uint8Array(value.buffer, value.byteOffset, value.byteLength)

export function createTransparencyRepository() {
  return {
    /** The sequencer's lock for this transaction; false while another process integrates. */
    trySequencerLock: tryAdvisoryXactLock,

    async state(ex: Executor): Promise<LogState | undefined> {
      const [row] = await ex
        .select({
          treeSize: transparencyState.treeSize,
          rootHash: transparencyState.rootHash,
          lastXid: transparencyState.lastXid,
          lastOutboxId: transparencyState.lastOutboxId,
          integratedAt: transparencyState.integratedAt,
        })
        .from(transparencyState)
      return row && { ...row, rootHash: bytes(row.rootHash) }
    },

    async saveState(ex: Executor, state: LogState): Promise<void> {
      await ex
        .insert(transparencyState)
        .values({ id: 1, ...state })
        .onConflictDoUpdate({ target: transparencyState.id, set: { ...state } })
    },

    async insertEntries(ex: Executor, rows: (typeof transparencyEntries.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await ex.insert(transparencyEntries).values(rows)
    },

    /** Tiles are immutable: one stored again (an unchanged partial tile) is left as it is. */
    async insertTiles(ex: Executor, rows: (typeof transparencyTiles.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await ex.insert(transparencyTiles).values(rows).onConflictDoNothing()
    },

    async insertBundles(ex: Executor, rows: (typeof transparencyBundles.$inferInsert)[]): Promise<void> {
      if (rows.length > 0) await ex.insert(transparencyBundles).values(rows).onConflictDoNothing()
    },

    /**
     * The tile at (level, index) holding at least `width` hashes, cut to `width`: a wider version
     * of the same tile starts with the same hashes, because tiles only grow at the right edge.
     */
    async tile(ex: Executor, level: number, index: number, width: number) {
      const [row] = await ex
        .select({ hashes: transparencyTiles.hashes })
        .from(transparencyTiles)
        .where(
          and(
            eq(transparencyTiles.level, level),
            eq(transparencyTiles.index, index),
            gte(transparencyTiles.width, width),
          ),
        )
        .orderBy(asc(transparencyTiles.width))
        .limit(1)
      return row && bytes(row.hashes).subarray(0, width * 32)
    },

    /** An entry bundle at exactly `width` entries (bundles are not cut: their entries vary in size). */
    async bundle(ex: Executor, index: number, width: number) {
      const [row] = await ex
        .select({ data: transparencyBundles.data })
        .from(transparencyBundles)
        .where(and(eq(transparencyBundles.index, index), eq(transparencyBundles.width, width)))
      return row && bytes(row.data)
    },

    /** The narrowest stored version of bundle `index` holding at least `minWidth` entries. */
    async bundleCovering(ex: Executor, index: number, minWidth: number) {
      const [row] = await ex
        .select({ width: transparencyBundles.width, data: transparencyBundles.data })
        .from(transparencyBundles)
        .where(and(eq(transparencyBundles.index, index), gte(transparencyBundles.width, minWidth)))
        .orderBy(asc(transparencyBundles.width))
        .limit(1)
      return row && { width: row.width, data: bytes(row.data) }
    },

    async insertCheckpoint(ex: Executor, row: CheckpointRow): Promise<void> {
      await ex.insert(transparencyCheckpoints).values(row).onConflictDoNothing()
    },

    async latestCheckpoint(ex: Executor): Promise<CheckpointRow | undefined> {
      const [row] = await ex
        .select()
        .from(transparencyCheckpoints)
        .orderBy(desc(transparencyCheckpoints.treeSize))
        .limit(1)
      return row && { ...row, rootHash: bytes(row.rootHash) }
    },

    async checkpoints(ex: Executor): Promise<CheckpointRow[]> {
      const rows = await ex.select().from(transparencyCheckpoints).orderBy(asc(transparencyCheckpoints.treeSize))
      return rows.map((row) => ({ ...row, rootHash: bytes(row.rootHash) }))
    },

    async insertCosignature(ex: Executor, row: typeof transparencyCosignatures.$inferInsert): Promise<void> {
      await ex.insert(transparencyCosignatures).values(row).onConflictDoNothing()
    },

    /** The cosignatures of one checkpoint: each witness's freshest. */
    async cosignaturesOf(ex: Executor, treeSize: number) {
      return ex
        .selectDistinctOn([transparencyCosignatures.witness])
        .from(transparencyCosignatures)
        .where(eq(transparencyCosignatures.treeSize, treeSize))
        .orderBy(asc(transparencyCosignatures.witness), desc(transparencyCosignatures.cosignedAt))
    },

    /** Each witness's latest cosignature: the size it last vouched for, and when. */
    async lastCosignatures(ex: Executor) {
      return ex
        .selectDistinctOn([transparencyCosignatures.witness], {
          witness: transparencyCosignatures.witness,
          treeSize: transparencyCosignatures.treeSize,
          cosignedAt: transparencyCosignatures.cosignedAt,
        })
        .from(transparencyCosignatures)
        .orderBy(
          transparencyCosignatures.witness,
          desc(transparencyCosignatures.treeSize),
          desc(transparencyCosignatures.cosignedAt),
        )
    },

    /**
     * The positions and leaf hashes of the given audit entries below `treeSize` and after `after`,
     * in position order, at most `limit`. The ids go as one array parameter: a file may have many changes.
     */
    async positionsOf(
      ex: Executor,
      auditIds: readonly number[],
      range: { treeSize: number; after: number; limit: number },
    ) {
      if (auditIds.length === 0) return { logged: 0, page: [] }
      const ofThese = and(
        sql`${transparencyEntries.auditId} = any(${`{${auditIds.join(',')}}`}::bigint[])`,
        sql`${transparencyEntries.position} < ${range.treeSize}`,
      )
      const [rows, [count]] = await Promise.all([
        ex
          .select({ position: transparencyEntries.position, leafHash: transparencyEntries.leafHash })
          .from(transparencyEntries)
          .where(and(ofThese, sql`${transparencyEntries.position} > ${range.after}`))
          .orderBy(asc(transparencyEntries.position))
          .limit(range.limit),
        ex
          .select({ n: sql<number>`count(*)::int` })
          .from(transparencyEntries)
          .where(ofThese),
      ])
      return {
        /** How many of them are in the tree of `treeSize` at all. */
        logged: count!.n,
        page: rows.map((row) => ({ position: row.position, leafHash: bytes(row.leafHash) })),
      }
    },

    /** The entries in position order, with the audit ids they came from. */
    async entries(ex: Executor) {
      const rows = await ex.select().from(transparencyEntries).orderBy(asc(transparencyEntries.position))
      return rows.map((row) => ({ ...row, leafHash: bytes(row.leafHash) }))
    },
  }
}
export type TransparencyRepository = ReturnType<typeof createTransparencyRepository>
