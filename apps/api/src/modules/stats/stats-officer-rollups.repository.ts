import { and, eq, gte } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import type { OfficerBacklogCell } from './backlog-cells.ts'
import { statsOfficerBacklogSnapshotDays, statsOfficerBacklogSnapshots } from './stats-officer-rollups.table.ts'

/** Rows per insert statement: well under PostgreSQL's 65,535 bind parameters at 10 columns. */
const INSERT_CHUNK = 2_000

/** The officer report's snapshot queries (see `StatsRollupsRepository` for the public ones they mirror). */
export function createStatsOfficerRollupsRepository() {
  const days = statsOfficerBacklogSnapshotDays
  const cells = statsOfficerBacklogSnapshots
  return {
    /** Each kept officer snapshot's day and its calendar fingerprint, from `from` on. */
    async snapshotCalendars(ex: Executor, officeId: string, from: string): Promise<Map<string, string>> {
      const rows = await ex
        .select({ day: days.day, calendar: days.calendar })
        .from(days)
        .where(and(eq(days.officeId, officeId), gte(days.day, from)))
      return new Map(rows.map((r) => [r.day, r.calendar]))
    },

    /** A day's officer snapshot, if one is kept and was worked out with this calendar fingerprint. */
    async snapshot(
      ex: Executor,
      officeId: string,
      day: string,
      calendar: string,
    ): Promise<OfficerBacklogCell[] | undefined> {
      const kept = await ex
        .select({ calendar: days.calendar })
        .from(days)
        .where(and(eq(days.officeId, officeId), eq(days.day, day)))
      if (kept[0]?.calendar !== calendar) return undefined
      return ex
        .select({
          serviceKind: cells.serviceKind,
          serviceCode: cells.serviceCode,
          status: cells.status,
          channel: cells.channel,
          assigneeId: cells.assigneeId,
          ageBucket: cells.ageBucket,
          overdue: cells.overdue,
          files: cells.files,
        })
        .from(cells)
        .where(and(eq(cells.officeId, officeId), eq(cells.day, day)))
    },

    /** Replaces a day's officer snapshot with these cells, worked out with this calendar fingerprint. */
    async replaceSnapshot(
      ex: Executor,
      officeId: string,
      day: string,
      calendar: string,
      builtAt: Date,
      snapshot: readonly OfficerBacklogCell[],
    ): Promise<void> {
      await ex.delete(cells).where(and(eq(cells.officeId, officeId), eq(cells.day, day)))
      const rows = snapshot.filter((c) => c.files !== 0).map((c) => ({ officeId, day, ...c }))
      for (let i = 0; i < rows.length; i += INSERT_CHUNK) await ex.insert(cells).values(rows.slice(i, i + INSERT_CHUNK))
      await ex
        .insert(days)
        .values({ officeId, day, calendar, builtAt })
        .onConflictDoUpdate({ target: [days.officeId, days.day], set: { calendar, builtAt } })
    },
  }
}
export type StatsOfficerRollupsRepository = ReturnType<typeof createStatsOfficerRollupsRepository>
