import {
  datesBetween,
  dailyCounts,
  officeDays,
  STATS_MAX_DAYS,
  type Backlog,
  type Daily,
  type DailyRow,
  type Sla,
  type StatsAsOfQuery,
  type StatsPeriodQuery,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import { fieldError } from '../../errors/app-error.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { Office } from '../offices/offices.repository.ts'
import { backlogAnswer, backlogCells, type BacklogCell } from './backlog-cells.ts'
import { backlogCountsAsOf } from './backlog-counts.ts'
import { calendarFingerprints } from './calendar-fingerprint.ts'
import { addDuration, emptySlaTallies, slaFigures, type SlaTallies } from './sla-tallies.ts'
import { addDays, daysBetween } from './stats-days.ts'
import type { StatsOfficerRollupsRepository } from './stats-officer-rollups.repository.ts'
import type { StatsRollupsRepository } from './stats-rollups.repository.ts'
import type { StatsRepository } from './stats.repository.ts'

export interface StatsDeps {
  db: Db
  clock: Clock
  office: Office
  nonWorkingDays: NonWorkingDays
  stats: StatsRepository
  rollups: StatsRollupsRepository
  officerRollups: StatsOfficerRollupsRepository
}

/**
 * Identical questions asked at once share the one answer being worked out (a link shared widely),
 * per database: tests run several apps in one process.
 */
const working = new WeakMap<Db, Map<string, Promise<BacklogCell[]>>>()

/**
 * The backlog at the end of a day: a finished day's from its snapshot while the calendar it was made
 * with still stands; otherwise (today, a day the rollup job has not reached, or one whose calendar
 * changed since) worked out from the counters, now minus every change after the day.
 */
async function cellsAsOf(deps: StatsDeps, asOf: string, today: string): Promise<BacklogCell[]> {
  const nonWorking = await deps.nonWorkingDays.get(deps.db)
  const calendar = calendarFingerprints(nonWorking).upTo(asOf)
  if (asOf < today) {
    const kept = await deps.rollups.snapshot(deps.db, deps.office.id, asOf, calendar)
    if (kept) return kept
  }
  let inFlight = working.get(deps.db)
  if (!inFlight) working.set(deps.db, (inFlight = new Map()))
  const key = `${deps.office.id}|${asOf}|${today}|${calendar}`
  let cells = inFlight.get(key)
  if (!cells) {
    cells = backlogCountsAsOf(deps.stats, deps.db, deps.office.id, asOf, today)
      .then((counts) => backlogCells(counts, asOf, { days: officeDays(deps.office.timezone), nonWorking }))
      .finally(() => inFlight.delete(key))
    inFlight.set(key, cells)
  }
  return cells
}

export async function backlog(deps: StatsDeps, query: StatsAsOfQuery): Promise<Backlog> {
  const today = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  const asOf = query.asOf ?? today
  if (asOf > today) throw fieldError('/asOf', 'stats.future_date')
  return backlogAnswer(asOf, await cellsAsOf(deps, asOf, today))
}

/** A period's days: default the 30 days up to today; never in the future, at most STATS_MAX_DAYS. */
function period(deps: StatsDeps, query: StatsPeriodQuery) {
  const today = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  const to = query.to ?? today
  const from = query.from ?? addDays(to, -29)
  if (to > today) throw fieldError('/to', 'stats.bad_period')
  if (from > to) throw fieldError('/from', 'stats.bad_period')
  if (daysBetween(from, to) > STATS_MAX_DAYS) throw fieldError('/from', 'stats.bad_period')
  return { from, to }
}

/** A period's days split into those folded by the rollup job (read from its tables) and the rest. */
async function foldedOrNot(deps: StatsDeps, from: string, to: string) {
  const folded = new Set(await deps.rollups.foldedDays(deps.db, deps.office.id, from, to))
  return { anyFolded: folded.size > 0, unfolded: datesBetween(from, to).filter((day) => !folded.has(day)) }
}

/** Rows of the folded days and of the others, read side by side: each day is in exactly one of the two. */
async function bothHalves<T>(
  split: { anyFolded: boolean; unfolded: string[] },
  folded: () => Promise<T[]>,
  unfolded: (days: string[]) => Promise<T[]>,
): Promise<T[]> {
  // One after the other: PGlite has a single connection.
  const a = split.anyFolded ? await folded() : []
  const b = split.unfolded.length > 0 ? await unfolded(split.unfolded) : []
  return [...a, ...b]
}

const dailyOf: Record<string, (keyof DailyRow)[]> = {
  registration: ['registrations'],
  approval: ['approvals', 'decisions'],
  rejection: ['rejections', 'decisions'],
  deemed_approval: ['deemedApprovals', 'decisions'],
  issuance: ['issuances'],
  return: ['returns'],
  withdrawal: ['withdrawals'],
  expiry: ['expiries'],
}

export async function daily(deps: StatsDeps, query: StatsPeriodQuery): Promise<Daily> {
  const { from, to } = period(deps, query)
  const days = datesBetween(from, to).map(
    (date) => ({ date, ...Object.fromEntries(dailyCounts.map((c) => [c, 0])) }) as DailyRow,
  )
  const byDate = new Map(days.map((d) => [d.date, d]))
  const split = await foldedOrNot(deps, from, to)
  const counts = await bothHalves(
    split,
    () => deps.rollups.foldedDaily(deps.db, deps.office.id, from, to),
    (days) => deps.stats.dailyOn(deps.db, deps.office.id, days),
  )
  for (const r of counts) {
    const day = byDate.get(r.day)
    for (const field of dailyOf[r.metric] ?? []) if (day) (day[field] as number) += r.count
  }
  return { from, to, days }
}

/**
 * An office's SLA tallies over a period (histograms and counts, which add up across offices): what
 * `sla` publishes, and what the deployment's roll-up merges.
 */
export async function slaTallies(
  deps: StatsDeps,
  query: StatsPeriodQuery,
): Promise<{ from: string; to: string; tallies: SlaTallies }> {
  const { from, to } = period(deps, query)
  const tallies = emptySlaTallies()
  const split = await foldedOrNot(deps, from, to)
  // Whole months, whole weeks and single days in one statement (see periodDurations).
  for (const r of await deps.rollups.periodDurations(deps.db, deps.office.id, from, to)) addDuration(tallies, r)
  const counted = {
    return_reason: tallies.returnsByReason,
    reassignment: tallies.reassignmentsByStage,
    escalation: tallies.escalationsByStage,
  }
  const metrics = Object.keys(counted)
  const details = await bothHalves(
    split,
    () => deps.rollups.foldedDetails(deps.db, deps.office.id, from, to, metrics),
    (days) => deps.stats.detailsOn(deps.db, deps.office.id, days, metrics),
  )
  for (const r of details) {
    const map = counted[r.metric as keyof typeof counted]
    map.set(r.detail, (map.get(r.detail) ?? 0) + r.count)
  }
  return { from, to, tallies }
}

export async function sla(deps: StatsDeps, query: StatsPeriodQuery): Promise<Sla> {
  const { from, to, tallies } = await slaTallies(deps, query)
  return { from, to, ...slaFigures(tallies) }
}
