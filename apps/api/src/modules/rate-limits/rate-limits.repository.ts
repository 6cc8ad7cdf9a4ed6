import { sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { rateLimitCounters } from './rate-limits.table.ts'

/** One process's count of one key since it last reported, in the window it believes current. */
export interface CounterDelta {
  policy: string
  key: string
  windowStartedAt: number
  expiresAt: number
  count: number
}

/** The deployment's window and count of one key, after the deltas were added. */
export interface CounterTotal {
  policy: string
  key: string
  windowStartedAt: number
  expiresAt: number
  count: number
}

const ms = (column: unknown) => sql`(extract(epoch from ${column}) * 1000)::float8`

export function createRateLimitsRepository() {
  return {
    /**
     * Adds every delta to its key's counter in one statement and answers the deployment's totals.
     * A counter whose window has ended at `now` starts again from the delta, in the window the
     * delta names; otherwise the delta joins the window already there (another process started it).
     * The deltas must name distinct (policy, key) pairs.
     */
    async add(ex: Executor, deltas: readonly CounterDelta[], now: number): Promise<CounterTotal[]> {
      if (deltas.length === 0) return []
      const rows = deltas.map((d) => ({
        policy: d.policy,
        key: d.key,
        started: new Date(d.windowStartedAt).toISOString(),
        expires: new Date(d.expiresAt).toISOString(),
        count: d.count,
      }))
      const ended = sql`c.expires_at <= ${new Date(now).toISOString()}::timestamptz`
      const result = (await ex.execute(sql`
        insert into ${rateLimitCounters} as c (policy, key, window_started_at, expires_at, count)
        select d.policy, d.key, d.started, d.expires, d.count
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
          as d(policy text, key text, started timestamptz, expires timestamptz, count integer)
        on conflict (policy, key) do update set
          window_started_at = case when ${ended} then excluded.window_started_at else c.window_started_at end,
          expires_at = case when ${ended} then excluded.expires_at else c.expires_at end,
          count = case when ${ended} then excluded.count else c.count + excluded.count end
        returning policy, key, ${ms(sql`window_started_at`)} as started, ${ms(sql`expires_at`)} as expires, count`)) as unknown as {
        rows: { policy: string; key: string; started: number; expires: number; count: number }[]
      }
      return result.rows.map((r) => ({
        policy: r.policy,
        key: r.key,
        windowStartedAt: Number(r.started),
        expiresAt: Number(r.expires),
        count: Number(r.count),
      }))
    },

    /** Forgets counters whose window ended before `before`. */
    async prune(ex: Executor, before: number): Promise<void> {
      await ex.execute(
        sql`delete from ${rateLimitCounters} where ${rateLimitCounters.expiresAt} < ${new Date(before).toISOString()}::timestamptz`,
      )
    },
  }
}
export type RateLimitsRepository = ReturnType<typeof createRateLimitsRepository>
