import { jakartaDate } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import { tryAdvisoryXactLock } from '../../db/advisory-lock.ts'
import type { Db } from '../../db/database.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { Office } from '../offices/offices.repository.ts'
import { backlogCells } from './backlog-cells.ts'
import { backlogCountsAsOf, withoutChanges } from './backlog-counts.ts'
import { calendarFingerprints } from './calendar-fingerprint.ts'
import { addDays, monthOf, nextMonth } from './stats-days.ts'
import type { StatsRollupsRepository } from './stats-rollups.repository.ts'
import type { StatsRepository } from './stats.repository.ts'

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
}

/** The last day whose snapshot may be made now: ended at least the margin ago. */
export function lastFinishedDay(now: Date): string {
  return addDays(jakartaDate(new Date(now.getTime() - SNAPSHOT_MARGIN_MS)), -1)
}

/**
 * Keeps a backlog snapshot of every finished day: makes those missing, and makes again those whose
 * calendar has changed since (a holiday or closure declared later for a day up to theirs). Walks back
 * from the last finished day, whose backlog is now minus the few changes since, one day's changes at
 * a time, down to the earliest day that needs making. Each day is written in its own short
 * transaction; when another process is writing one, this run stops and leaves the rest to it.
 * Returns the number of days made.
 */
export async function runBacklogSnapshots(deps: StatsRollupDeps): Promise<number> {
  const { db, office } = deps
  const now = deps.clock.now()
  const last = lastFinishedDay(now)
  const first = await deps.stats.firstBacklogDay(db, office.id)
  if (!first || first > last) return 0
  const nonWorking = await deps.nonWorkingDays.get(db)
  const fingerprints = calendarFingerprints(nonWorking)
  const kept = await deps.rollups.snapshotCalendars(db, office.id, first)
  const stale = (day: string) => kept.get(day) !== fingerprints.upTo(day)
  let earliest: string | undefined
  for (let day = first; day <= last && !earliest; day = addDays(day, 1)) if (stale(day)) earliest = day
  if (!earliest) return 0

  let counts = await backlogCountsAsOf(deps.stats, db, office.id, last, jakartaDate(now))
  let made = 0
  for (let day = last; day >= earliest; day = addDays(day, -1)) {
    if (stale(day)) {
      const cells = backlogCells(counts, day, nonWorking)
      const written = await db.transaction(async (tx) => {
        if (!(await tryAdvisoryXactLock(tx, ROLLUP_LOCK_KEY))) return false
        await deps.rollups.replaceSnapshot(tx, office.id, day, fingerprints.upTo(day), now, cells)
        return true
      })
      if (!written) break
      made += 1
    }
    if (day > earliest) counts = withoutChanges(counts, await deps.stats.backlogChangesOn(db, office.id, day))
  }
  return made
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
  const last = lastFinishedDay(now)
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
  return made
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

/** The rollup job: the backlog snapshots and the folded days of every finished day. */
export async function runRollups(deps: StatsRollupDeps): Promise<{ backlogDays: number; foldedDays: number }> {
  return { backlogDays: await runBacklogSnapshots(deps), foldedDays: await runDailyFolds(deps) }
}
