import { sql } from 'drizzle-orm'
import type { Database, Db } from './database.ts'
import { databaseUnavailable } from './unavailable.ts'

/** After the replica failed to answer, public reads stay on the primary this long before it is tried again. */
export const REPLICA_RETRY_MS = 5_000

/** A PostgreSQL WAL position as `pg_lsn` prints it (`16/B374D848`): the consistency token's only form. */
const LSN = /^[0-9A-F]{1,8}\/[0-9A-F]{1,8}$/i

/** Which database serves the public reads now; `undefined` without a replica. */
export type PublicReadsSource = 'replica' | 'primary' | undefined

/**
 * Where the public read routes (catalogue, tracking, statistics, status, transparency tiles) read:
 * a streaming replica when one is configured and may serve the caller, the primary otherwise.
 * Only read-only steps go through `run`; writes always use the primary's handle.
 */
export interface PublicReads {
  /**
   * Runs a read-only step on the replica, or on the primary when there is no replica, when the
   * replica has not yet replayed the caller's consistency token (their own last write), or when it
   * fails (unreachable, a query cancelled by a recovery conflict): then the step runs again on the primary.
   */
  run<T>(token: string | undefined, step: (db: Db) => Promise<T>): Promise<T>
  /** The primary's WAL position now, the token a caller gets after a write; `undefined` without a replica. */
  tokenAfterWrite(): Promise<string | undefined>
  source(): PublicReadsSource
  close(): Promise<void>
}

export function createPublicReads(options: { primary: Database; replica?: Database; now?: () => number }): PublicReads {
  const { primary, replica } = options
  const now = options.now ?? Date.now
  let replicaDownUntil = 0
  const replicaUp = () => now() >= replicaDownUntil

  /** Whether the replica has replayed the primary's WAL up to `token`; false on any doubt. */
  async function replayedUpTo(db: Db, token: string): Promise<boolean> {
    // A malformed token cannot be compared: the caller gets the primary, which is always current.
    if (!LSN.test(token)) return false
    const result = (await db.execute(
      sql`select coalesce(pg_last_wal_replay_lsn() >= ${token}::pg_lsn, false) as replayed`,
    )) as unknown as { rows: { replayed: boolean }[] }
    return result.rows[0]?.replayed === true
  }

  return {
    async run(token, step) {
      if (!replica || !replicaUp()) return step(primary.db)
      try {
        if (token !== undefined && !(await replayedUpTo(replica.db, token))) return step(primary.db)
        return await step(replica.db)
      } catch (error) {
        // Only the database's failures move a read to the primary; a rule's answer (404, 400) stands.
        if (!fromDatabase(error)) throw error
        if (databaseUnavailable(error)) replicaDownUntil = now() + REPLICA_RETRY_MS
        return step(primary.db)
      }
    },
    async tokenAfterWrite() {
      if (!replica) return undefined
      const result = (await primary.db.execute(sql`select pg_current_wal_lsn()::text as lsn`)) as unknown as {
        rows: { lsn: string }[]
      }
      return result.rows[0]?.lsn
    },
    source: () => (replica ? (replicaUp() ? 'replica' : 'primary') : undefined),
    close: async () => replica?.close(),
  }
}

/**
 * An error raised by PostgreSQL or on the way to it (an SQLSTATE on the error or its cause, or a
 * connection failure): on the replica, the primary may still answer. A hot standby cancels a query
 * that conflicts with the recovery it replays (40001) and lags behind a migration for a moment (42P01).
 */
function fromDatabase(error: unknown): boolean {
  if (databaseUnavailable(error)) return true
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return true
    e = e.cause as typeof e
  }
  return false
}
