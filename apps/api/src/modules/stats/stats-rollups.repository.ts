import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import type { BacklogCell } from './backlog-cells.ts'
import {
  statsBacklogSnapshotDays,
  statsBacklogSnapshots,
  statsDailyDays,
  statsDurationDays,
  statsDurationMonths,
  statsDurationWeeks,
  statsFoldedDays,
  statsFoldedMonths,
  statsFoldedWeeks,
} from './stats-rollups.table.ts'

/** Rows per insert statement: well under PostgreSQL's 65,535 bind parameters at 9 columns. */
const INSERT_CHUNK = 2_000

/** A folded histogram's key and its summed count, from the day or the month table. */
const histogramSums = (d: typeof statsDurationDays | typeof statsDurationMonths | typeof statsDurationWeeks) => ({
  serviceCode: d.serviceCode,
  stage: d.stage,
  workingDays: d.workingDays,
  withinSla: d.withinSla,
  count: sql<number>`sum(${d.count})`.mapWith(Number),
})

/** The rollup tables' queries; only the stats module uses them. */
export function createStatsRollupsRepository() {
  return {
    /** Each kept snapshot's day and the calendar fingerprint it was worked out with, from `from` on. */
    async snapshotCalendars(ex: Executor, officeId: string, from: string): Promise<Map<string, string>> {
      const rows = await ex
        .select({ day: statsBacklogSnapshotDays.day, calendar: statsBacklogSnapshotDays.calendar })
        .from(statsBacklogSnapshotDays)
        .where(and(eq(statsBacklogSnapshotDays.officeId, officeId), gte(statsBacklogSnapshotDays.day, from)))
      return new Map(rows.map((r) => [r.day, r.calendar]))
    },

    /** A day's snapshot, if one is kept and was worked out with this calendar fingerprint. */
    async snapshot(ex: Executor, officeId: string, day: string, calendar: string): Promise<BacklogCell[] | undefined> {
      const kept = await ex
        .select({ calendar: statsBacklogSnapshotDays.calendar })
        .from(statsBacklogSnapshotDays)
        .where(and(eq(statsBacklogSnapshotDays.officeId, officeId), eq(statsBacklogSnapshotDays.day, day)))
      if (kept[0]?.calendar !== calendar) return undefined
      return ex
        .select({
          serviceKind: statsBacklogSnapshots.serviceKind,
          serviceCode: statsBacklogSnapshots.serviceCode,
          status: statsBacklogSnapshots.status,
          channel: statsBacklogSnapshots.channel,
          ageBucket: statsBacklogSnapshots.ageBucket,
          overdue: statsBacklogSnapshots.overdue,
          files: statsBacklogSnapshots.files,
        })
        .from(statsBacklogSnapshots)
        .where(and(eq(statsBacklogSnapshots.officeId, officeId), eq(statsBacklogSnapshots.day, day)))
    },

    /** Replaces a day's snapshot with these cells, worked out with this calendar fingerprint. */
    async replaceSnapshot(
      ex: Executor,
      officeId: string,
      day: string,
      calendar: string,
      builtAt: Date,
      cells: readonly BacklogCell[],
    ): Promise<void> {
      await ex
        .delete(statsBacklogSnapshots)
        .where(and(eq(statsBacklogSnapshots.officeId, officeId), eq(statsBacklogSnapshots.day, day)))
      const rows = cells.filter((c) => c.files !== 0).map((c) => ({ officeId, day, ...c }))
      for (let i = 0; i < rows.length; i += INSERT_CHUNK)
        await ex.insert(statsBacklogSnapshots).values(rows.slice(i, i + INSERT_CHUNK))
      await ex
        .insert(statsBacklogSnapshotDays)
        .values({ officeId, day, calendar, builtAt })
        .onConflictDoUpdate({
          target: [statsBacklogSnapshotDays.officeId, statsBacklogSnapshotDays.day],
          set: { calendar, builtAt },
        })
    },

    /** The days from `from` to `to` whose counters are folded. */
    async foldedDays(ex: Executor, officeId: string, from: string, to: string): Promise<string[]> {
      const rows = await ex
        .select({ day: statsFoldedDays.day })
        .from(statsFoldedDays)
        .where(
          and(eq(statsFoldedDays.officeId, officeId), gte(statsFoldedDays.day, from), lte(statsFoldedDays.day, to)),
        )
      return rows.map((r) => r.day)
    },

    /**
     * Folds the counters of the days from `from` to `to` (none of them folded yet) into the folded
     * tables, set-based, and marks every one of those days folded.
     */
    async fold(ex: Executor, officeId: string, from: string, to: string, foldedAt: Date): Promise<void> {
      await ex.execute(sql`
        insert into stats_daily_days (office_id, day, metric, detail, count)
        select office_id, day, metric, detail, sum(count) from stats_daily
        where office_id = ${officeId} and day between ${from} and ${to}
        group by office_id, day, metric, detail`)
      await ex.execute(sql`
        insert into stats_duration_days (office_id, day, service_code, stage, working_days, within_sla, count)
        select office_id, day, case when stage = 'total' then service_code else '' end, stage, working_days,
               within_sla, sum(count)
        from stats_durations
        where office_id = ${officeId} and day between ${from} and ${to}
        group by 1, 2, 3, 4, 5, 6`)
      await ex.execute(sql`
        insert into stats_folded_days (office_id, day, folded_at)
        select ${officeId}, d::date, ${foldedAt} from generate_series(${from}::date, ${to}::date, interval '1 day') d`)
    },

    /** The first days of the folded months that lie wholly from `from` to `to`. */
    async foldedMonths(ex: Executor, officeId: string, from: string, to: string): Promise<string[]> {
      const m = statsFoldedMonths
      const rows = await ex
        .select({ month: m.month })
        .from(m)
        .where(
          and(
            eq(m.officeId, officeId),
            gte(m.month, from),
            sql`${m.month} + interval '1 month' - interval '1 day' <= ${to}::date`,
          ),
        )
      return rows.map((r) => r.month).sort()
    },

    /** Sums the folded days of the month beginning `month` (all folded) into its month rows. */
    async foldMonth(ex: Executor, officeId: string, month: string, foldedAt: Date): Promise<void> {
      await ex.execute(sql`
        insert into stats_duration_months (office_id, month, service_code, stage, working_days, within_sla, count)
        select office_id, ${month}::date, service_code, stage, working_days, within_sla, sum(count)
        from stats_duration_days
        where office_id = ${officeId} and day >= ${month}::date and day < ${month}::date + interval '1 month'
        group by 1, 2, 3, 4, 5, 6`)
      await ex.insert(statsFoldedMonths).values({ officeId, month, foldedAt })
    },

    /** Histograms of whole folded months, by themselves (the API reads all parts at once: `periodDurations`). */
    async monthDurations(ex: Executor, officeId: string, months: string[]) {
      const d = statsDurationMonths
      return ex
        .select(histogramSums(d))
        .from(d)
        .where(and(eq(d.officeId, officeId), inArray(d.month, months)))
        .groupBy(d.serviceCode, d.stage, d.workingDays, d.withinSla)
    },

    /** The Mondays of the folded ISO weeks that lie wholly from `from` to `to`. */
    async foldedWeeks(ex: Executor, officeId: string, from: string, to: string): Promise<string[]> {
      const w = statsFoldedWeeks
      const rows = await ex
        .select({ week: w.week })
        .from(w)
        .where(and(eq(w.officeId, officeId), gte(w.week, from), sql`${w.week} + 6 <= ${to}::date`))
      return rows.map((r) => r.week).sort()
    },

    /** Sums the folded days of the ISO week beginning on Monday `week` (all folded) into its week rows. */
    async foldWeek(ex: Executor, officeId: string, week: string, foldedAt: Date): Promise<void> {
      await ex.execute(sql`
        insert into stats_duration_weeks (office_id, week, service_code, stage, working_days, within_sla, count)
        select office_id, ${week}::date, service_code, stage, working_days, within_sla, sum(count)
        from stats_duration_days
        where office_id = ${officeId} and day between ${week}::date and ${week}::date + 6
        group by 1, 2, 3, 4, 5, 6`)
      await ex.insert(statsFoldedWeeks).values({ officeId, week, foldedAt })
    },

    /** Histograms of whole folded weeks, by themselves (see `monthDurations`). */
    async weekDurations(ex: Executor, officeId: string, weeks: string[]) {
      const d = statsDurationWeeks
      return ex
        .select(histogramSums(d))
        .from(d)
        .where(and(eq(d.officeId, officeId), inArray(d.week, weeks)))
        .groupBy(d.serviceCode, d.stage, d.workingDays, d.withinSla)
    },

    /** Folded events per day and metric over a period (see `StatsRepository.dailyOn`). */
    async foldedDaily(ex: Executor, officeId: string, from: string, to: string) {
      return ex
        .select({
          day: statsDailyDays.day,
          metric: statsDailyDays.metric,
          count: sql<number>`sum(${statsDailyDays.count})`.mapWith(Number),
        })
        .from(statsDailyDays)
        .where(and(eq(statsDailyDays.officeId, officeId), gte(statsDailyDays.day, from), lte(statsDailyDays.day, to)))
        .groupBy(statsDailyDays.day, statsDailyDays.metric)
    },

    /** Folded totals of each detail of the given metrics over a period (see `StatsRepository.detailsOn`). */
    async foldedDetails(ex: Executor, officeId: string, from: string, to: string, metrics: string[]) {
      return ex
        .select({
          metric: statsDailyDays.metric,
          detail: statsDailyDays.detail,
          count: sql<number>`sum(${statsDailyDays.count})`.mapWith(Number),
        })
        .from(statsDailyDays)
        .where(
          and(
            eq(statsDailyDays.officeId, officeId),
            gte(statsDailyDays.day, from),
            lte(statsDailyDays.day, to),
            inArray(statsDailyDays.metric, metrics),
          ),
        )
        .groupBy(statsDailyDays.metric, statsDailyDays.detail)
    },

    /**
     * A period's working-day histograms in one statement: its whole folded months from their month
     * rows, the whole folded ISO weeks outside those months from their week rows, and each remaining
     * day from its folded day rows, or from the counters when it is not folded yet. Each day is read
     * from exactly one of the four. The day lists are worked out inside the statement and handed to
     * the tables as `= any(array(...))`, an index condition, so no table is scanned past the days it
     * answers for. `parts` turns the sums off for the benchmark's baselines (docs/benchmarks.md).
     */
    async periodDurations(
      ex: Executor,
      officeId: string,
      from: string,
      to: string,
      parts: { weeks?: boolean; foldedDays?: boolean } = {},
    ): Promise<{ serviceCode: string; stage: string; workingDays: number; withinSla: boolean; count: number }[]> {
      const weeksOn = parts.weeks === false ? sql`false` : sql`true`
      const folded =
        parts.foldedDays === false
          ? sql`false`
          : sql`exists (select 1 from stats_folded_days f where f.office_id = ${officeId} and f.day = d::date)`
      const result = (await ex.execute(sql`
        with months as materialized (
          select month from stats_folded_months
          where office_id = ${officeId} and month >= ${from}::date
            and month + interval '1 month' - interval '1 day' <= ${to}::date
        ), weeks as materialized (
          select w.week from stats_folded_weeks w
          where ${weeksOn} and w.office_id = ${officeId} and w.week >= ${from}::date and w.week + 6 <= ${to}::date
            and not exists (
              select 1 from months m where w.week + 6 >= m.month and w.week < m.month + interval '1 month')
        ), days as materialized (
          select d::date as day, ${folded} as folded
          from generate_series(${from}::date, ${to}::date, interval '1 day') d
          where not exists (select 1 from months m where d >= m.month and d < m.month + interval '1 month')
            and not exists (select 1 from weeks w where d::date between w.week and w.week + 6)
        )
        select service_code, stage, working_days, within_sla, sum(count) as count from (
          select service_code, stage, working_days, within_sla, count from stats_duration_months
          where office_id = ${officeId} and month = any(array(select month from months))
          union all
          select service_code, stage, working_days, within_sla, count from stats_duration_weeks
          where office_id = ${officeId} and week = any(array(select week from weeks))
          union all
          select service_code, stage, working_days, within_sla, count from stats_duration_days
          where office_id = ${officeId} and day = any(array(select day from days where folded))
          union all
          select case when stage = 'total' then service_code else '' end, stage, working_days, within_sla, count
          from stats_durations
          where office_id = ${officeId} and day = any(array(select day from days where not folded))
        ) parts
        group by 1, 2, 3, 4`)) as unknown as {
        rows: { service_code: string; stage: string; working_days: number; within_sla: boolean; count: unknown }[]
      }
      return result.rows.map((r) => ({
        serviceCode: r.service_code,
        stage: r.stage,
        workingDays: Number(r.working_days),
        withinSla: r.within_sla,
        count: Number(r.count),
      }))
    },

    /**
     * Folded working-day histograms over a period, by themselves (see `monthDurations`); with the
     * others, the benchmark's baseline of one statement per part (tests/bench/scale/queries.ts).
     */
    async foldedDurations(ex: Executor, officeId: string, from: string, to: string) {
      const d = statsDurationDays
      return ex
        .select(histogramSums(d))
        .from(d)
        .where(and(eq(d.officeId, officeId), gte(d.day, from), lte(d.day, to)))
        .groupBy(d.serviceCode, d.stage, d.workingDays, d.withinSla)
    },
  }
}
export type StatsRollupsRepository = ReturnType<typeof createStatsRollupsRepository>
