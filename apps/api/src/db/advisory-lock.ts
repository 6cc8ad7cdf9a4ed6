import { sql } from 'drizzle-orm'
import type { Executor } from './transaction.ts'

/**
 * Takes a transaction-scoped PostgreSQL advisory lock if nobody holds it: the way one process of
 * several runs a job step (a sequencer, a planner) while the others skip it. Released at commit.
 */
export async function tryAdvisoryXactLock(ex: Executor, key: number): Promise<boolean> {
  const result = (await ex.execute(sql`select pg_try_advisory_xact_lock(${key}) as locked`)) as unknown as {
    rows: { locked: boolean }[]
  }
  return result.rows[0]!.locked
}

/** Waits for a transaction-scoped advisory lock: one writer at a time for a short step (numbering). */
export async function advisoryXactLock(ex: Executor, key: number): Promise<void> {
  await ex.execute(sql`select pg_advisory_xact_lock(${key})`)
}
