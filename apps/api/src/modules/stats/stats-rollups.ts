import { officeDays, type OfficeDays, type WorkingCalendar } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import { tryAdvisoryXactLock } from '../../db/advisory-lock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { Office } from '../offices/offices.repository.ts'
import { compactBacklog } from './backlog-compaction.ts'
import { backlogCells, type BacklogCell } from './backlog-cells.ts'
import { backlogCountsAsOf, officerBacklogCountsAsOf, withoutChanges } from './backlog-counts.ts'
import { calendarFingerprints } from './calendar-fingerprint.ts'
import { addDays, monthOf, nextMonth, weekOf } from './stats-days.ts'
import type { StatsOfficerRollupsRepository } from './stats-officer-rollups.repository.ts'
import type { StatsRollupsRepository } from './stats-rollups.repository.ts'
import type { BacklogCount, StatsRepository } from './stats.repository.ts'

/**
 * How long after a day has ended its snapshot is made: a change is counted on the day its
 * transaction read the clock, and a transaction begun before midnight may commit a little after it
 * (statements and idle transactions are cut off after 15 s; this leaves ample room, and for clocks
 * of several API processes that differ a little).
 */
export const SNAPSHOT_MARGIN_MS = 15 * 60_000
/** Arbitrary constant naming the rollup job among PostgreSQL advisory locks. */
const ROLLUP_LOCK_KEY = 7_303_280

export interface StatsRollupDeps {
  db: Db
  clock: Clock
  office: Office
  nonWorkingDays: NonWorkingDays
  stats: StatsRepository
  rollups: StatsRollupsRepository
  officerRollups: StatsOfficerRollupsRepository
}

/** The last office day whose snapshot may be made now: ended at least the margin ago (15 minutes past its midnight). */
export function lastFinishedDay(days: OfficeDays, now: Date): string {
  return addDays(days.dateOf(new Date(now.getTime() - SNAPSHOT_MARGIN_MS)), -1)
}

/** One kind of backlog snapshot: where its counts, its changes and its kept snapshots are. */
interface SnapshotSource<C extends BacklogCount, Cell extends BacklogCell> {
  countsAsOf(asOf: string, today: string): Promise<C[]>
  changesOn(day: string): Promise<C[]>
  cells(counts: C[], day: string, calendar: WorkingCalendar): Cell[]
  kept(from: string): Promise<Map<string, string>>
  replace(tx: Executor, day: string, calendar: string, builtAt: Date, cells: Cell[]): Promise<void>
}

/**
 * Keeps a snapshot of every finished day: makes those missing, and makes again those whose
 * calendar has changed since (a holiday or closure declared later for a day up to theirs). Walks back
 * from the last finished day, whose backlog is now minus the few changes since, one day's changes at
 * a time, down to the earliest day that needs making. Each day is written in its own short
 * transaction; when another process is writing one, this run stops and leaves the rest to it.
 * Returns the number of days made.
 */
async function runSnapshots<C extends BacklogCount, Cell extends BacklogCell>(
  deps: StatsRollupDeps,
  source: SnapshotSource<C, Cell>,
): Promise<number> {
  const { db, office } = deps
  const days = officeDays(office.timezone)
  const now = deps.clock.now()
  const last = lastFinishedDay(days, now)
  const first = await deps.stats.firstBacklogDay(db, office.id)
  if (!first || first > last) return 0
  const nonWorking = await deps.nonWorkingDays.get(db)
  const fingerprints = calendarFingerprints(nonWorking)
  const kept = await source.kept(first)
  const stale = (day: string) => kept.get(day) !== fingerprints.upTo(day)
  let earliest: string | undefined
  for (let day = first; day <= last && !earliest; day = addDays(day, 1)) if (stale(day)) earliest = day
  if (!earliest) return 0

  let counts = await source.countsAsOf(last, days.dateOf(now))
  let made = 0
  for (let day = last; day >= earliest; day = addDays(day, -1)) {
    if (stale(day)) {
      const cells = source.cells(counts, day, { days, nonWorking })
      const written = await db.transaction(async (tx) => {
        if (!(await tryAdvisoryXactLock(tx, ROLLUP_LOCK_KEY))) return false
        await source.replace(tx, day, fingerprints.upTo(day), now, cells)
        return true
      })
      if (!written) break
      made += 1
    }
    if (day > earliest) counts = withoutChanges(counts, await source.changesOn(day))
  }
  return made
}

/** The public backlog's snapshots (see `runSnapshots`). */
export const runBacklogSnapshots = (deps: StatsRollupDeps) =>
  runSnapshots(deps, {
    countsAsOf: (asOf, today) => backlogCountsAsOf(deps.stats, deps.db, deps.office.id, asOf, today),
    changesOn: (day) => deps.stats.backlogChangesOn(deps.db, deps.office.id, day),
    cells: (counts, day, calendar) => backlogCells(counts, day, calendar),
    kept: (from) => deps.rollups.snapshotCalendars(deps.db, deps.office.id, from),
    replace: (tx, day, calendar, builtAt, cells) =>
      deps.rollups.replaceSnapshot(tx, deps.office.id, day, calendar, builtAt, cells),
  })

/** The officer backlog report's snapshots, with the assignee (see `runSnapshots`). */
export const runOfficerBacklogSnapshots = (deps: StatsRollupDeps) =>
  runSnapshots(deps, {
    countsAsOf: (asOf, today) => officerBacklogCountsAsOf(deps.stats, deps.db, deps.office.id, asOf, today),
    changesOn: (day) => deps.stats.officerBacklogChangesOn(deps.db, deps.office.id, day),
    cells: (counts, day, calendar) => backlogCells(counts, day, calendar),
    kept: (from) => deps.officerRollups.snapshotCalendars(deps.db, deps.office.id, from),
    replace: (tx, day, calendar, builtAt, cells) =>
      deps.officerRollups.replaceSnapshot(tx, deps.office.id, day, calendar, builtAt, cells),
  })

/**
 * Compacts the backlog counters' slots into one row per key (see backlog-compaction.ts), the public
 * and the officer's, each in its own short transaction. Returns the slot rows folded away.
 */
export async function runBacklogCompaction(deps: StatsRollupDeps): Promise<number> {
  let rows = 0
  for (const table of ['stats_backlog', 'stats_officer_backlog'] as const)
    rows += await deps.db.transaction(async (tx) =>
      (await tryAdvisoryXactLock(tx, ROLLUP_LOCK_KEY)) ? compactBacklog(tx, table, deps.office.id) : 0,
    )
  return rows
}

/** Days folded in one transaction at most, so a first run over years of counters stays a series of short ones. */
const FOLD_CHUNK_DAYS = 31

/**
 * Folds the daily counters and histograms of every finished day not folded yet (see
 * stats-rollups.table.ts), in runs of consecutive days. They depend on no calendar: a day is folded
 * once. Returns the number of days folded.
 */
export async function runDailyFolds(deps: StatsRollupDeps): Promise<number> {
  const { db, office } = deps
  const now = deps.clock.now()
  const last = lastFinishedDay(officeDays(office.timezone), now)
  const first = await deps.stats.firstBacklogDay(db, office.id)
  if (!first || first > last) return 0
  const folded = new Set(await deps.rollups.foldedDays(db, office.id, first, last))
  const runs: { from: string; to: string; days: number }[] = []
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (folded.has(day)) continue
    const run = runs.at(-1)
    if (run && run.to === addDays(day, -1) && run.days < FOLD_CHUNK_DAYS)
      Object.assign(run, { to: day, days: run.days + 1 })
    else runs.push({ from: day, to: day, days: 1 })
  }
  let made = 0
  for (const run of runs) {
    const written = await db.transaction(async (tx) => {
      if (!(await tryAdvisoryXactLock(tx, ROLLUP_LOCK_KEY))) return false
      // Another process may have folded them between our read and our lock.
      if ((await deps.rollups.foldedDays(tx, office.id, run.from, run.to)).length > 0) return false
      await deps.rollups.fold(tx, office.id, run.from, run.to, now)
      return true
    })
    if (!written) return made
    made += run.days
  }
  await foldMonths(deps, first, last, now)
  await foldWeeks(deps, first, last, now)
  return made
}

/** Sums every whole ISO week up to `last` not summed yet from its folded days (all folded by now). */
async function foldWeeks(deps: StatsRollupDeps, first: string, last: string, now: Date): Promise<void> {
  const { db, office } = deps
  const done = new Set(await deps.rollups.foldedWeeks(db, office.id, weekOf(first), last))
  for (let week = weekOf(first); addDays(week, 6) <= last; week = addDays(week, 7)) {
    if (done.has(week)) continue
    const written = await db.transaction(async (tx) => {
      if (!(await tryAdvisoryXactLock(tx, ROLLUP_LOCK_KEY))) return false
      if ((await deps.rollups.foldedWeeks(tx, office.id, week, addDays(week, 6))).length > 0) return true
      await deps.rollups.foldWeek(tx, office.id, week, now)
      return true
    })
    if (!written) return
  }
}

/** Sums every whole month up to `last` not summed yet from its folded days (all folded by now). */
async function foldMonths(deps: StatsRollupDeps, first: string, last: string, now: Date): Promise<void> {
  const { db, office } = deps
  const done = new Set(await deps.rollups.foldedMonths(db, office.id, monthOf(first), last))
  for (let month = monthOf(first); addDays(nextMonth(month), -1) <= last; month = nextMonth(month)) {
    if (done.has(month)) continue
    const written = await db.transaction(async (tx) => {
      if (!(await tryAdvisoryXactLock(tx, ROLLUP_LOCK_KEY))) return false
      const end = addDays(nextMonth(month), -1)
      if ((await deps.rollups.foldedMonths(tx, office.id, month, end)).length > 0) return true
      await deps.rollups.foldMonth(tx, office.id, month, now)
      return true
    })
    if (!written) return
  }
}

export interface RollupsMade {
  backlogDays: number
  officerBacklogDays: number
  foldedDays: number
  /** Backlog counter rows compacted into their key's one row. */
  compactedRows: number
}

/** The rollup job: the backlog snapshots, the folded days of every finished day, and the compacted backlog. */
export async function runRollups(deps: StatsRollupDeps): Promise<RollupsMade> {
  return {
    backlogDays: await runBacklogSnapshots(deps),
    officerBacklogDays: await runOfficerBacklogSnapshots(deps),
    foldedDays: await runDailyFolds(deps),
    compactedRows: await runBacklogCompaction(deps),
  }
}
