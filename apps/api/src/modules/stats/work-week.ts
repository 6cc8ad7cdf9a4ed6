import { and, eq, gte, inArray, ne, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { statsDaily, statsDurations } from './stats.table.ts'

/** The daily metrics that are a file's outcome, by the final status they stand for. */
const outcomeMetrics = {
  issuance: 'issued',
  rejection: 'rejected',
  withdrawal: 'withdrawn',
  expiry: 'expired',
} as const

/**
 * What the office finished since a day, for the supervisor board: read from the counters the change
 * record keeps (a few rows a day), never from the history of every file, which grows for years.
 */
export function createWorkWeekReader() {
  return {
    /** Stage visits that ended on or after the office day `since` (a hand-over ends none), by stage. */
    async stagesFinishedSince(ex: Executor, officeId: string, since: string) {
      return ex
        .select({ stage: statsDurations.stage, count: sql<number>`sum(${statsDurations.count})`.mapWith(Number) })
        .from(statsDurations)
        .where(
          and(eq(statsDurations.officeId, officeId), gte(statsDurations.day, since), ne(statsDurations.stage, 'total')),
        )
        .groupBy(statsDurations.stage)
    },

    /** Files that reached a final status on or after the office day `since`, by that status. */
    async outcomesSince(ex: Executor, officeId: string, since: string) {
      const rows = await ex
        .select({ metric: statsDaily.metric, count: sql<number>`sum(${statsDaily.count})`.mapWith(Number) })
        .from(statsDaily)
        .where(
          and(
            eq(statsDaily.officeId, officeId),
            gte(statsDaily.day, since),
            inArray(statsDaily.metric, Object.keys(outcomeMetrics)),
          ),
        )
        .groupBy(statsDaily.metric)
      return rows.map((r) => ({ status: outcomeMetrics[r.metric as keyof typeof outcomeMetrics], count: r.count }))
    },
  }
}
export type WorkWeekReader = ReturnType<typeof createWorkWeekReader>
