import {
  addWorkingDays,
  backlogAgeBuckets,
  datesBetween,
  dailyCounts,
  endOfJakartaDay,
  jakartaDate,
  STATS_MAX_DAYS,
  workingDaysBetween,
  type Backlog,
  type BacklogRow,
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
import type { BacklogCount, StatsRepository } from './stats.repository.ts'

export interface StatsDeps {
  db: Db
  clock: Clock
  office: Office
  nonWorkingDays: NonWorkingDays
  stats: StatsRepository
}

const DAY_MS = 86_400_000
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)
/** Noon in Jakarta: a day as an instant for the working-day arithmetic, which counts by Jakarta date. */
const instantOf = (date: string) => new Date(`${date}T12:00:00+07:00`)

const keyText = (c: BacklogCount) =>
  [c.status, c.serviceCode, c.serviceKind, c.channel, c.receivedOn, c.enteredOn, c.daysLeft].join('\u0000')

/** The backlog at the end of `asOf`: now, minus every change after that day. */
async function countsAsOf(deps: StatsDeps, asOf: string, today: string): Promise<BacklogCount[]> {
  const now = await deps.stats.backlogNow(deps.db, deps.office.id)
  if (asOf >= today) return now
  const later = await deps.stats.backlogChangesAfter(deps.db, deps.office.id, asOf)
  const byKey = new Map(now.map((c) => [keyText(c), { ...c }]))
  for (const c of later) {
    const k = keyText(c)
    const row = byKey.get(k) ?? { ...c, files: 0 }
    row.files -= c.files
    byKey.set(k, row)
  }
  return [...byKey.values()]
}

export async function backlog(deps: StatsDeps, query: StatsAsOfQuery): Promise<Backlog> {
  const today = jakartaDate(deps.clock.now())
  const asOf = query.asOf ?? today
  if (asOf > today) throw fieldError('/asOf', 'stats.future_date')
  const nonWorking = await deps.nonWorkingDays.get(deps.db)
  const end = endOfJakartaDay(asOf)
  const ages = new Map<string, number>()
  const dues = new Map<string, string>()
  const rows = new Map<string, BacklogRow>()
  const bucketOf = (age: number) => backlogAgeBuckets.find((b) => age <= b.max)!.bucket
  for (const c of await countsAsOf(deps, asOf, today)) {
    if (c.files === 0) continue
    let age = ages.get(c.receivedOn)
    if (age === undefined) ages.set(c.receivedOn, (age = workingDaysBetween(instantOf(c.receivedOn), end, nonWorking)))
    let overdue = false
    if (c.daysLeft >= 0) {
      // The due date as the calendar now stands: a closure declared later moves it, as it moves the file's.
      const dueKey = `${c.enteredOn}/${c.daysLeft}`
      let due = dues.get(dueKey)
      if (due === undefined) dues.set(dueKey, (due = addWorkingDays(instantOf(c.enteredOn), c.daysLeft, nonWorking)))
      overdue = asOf > due
    }
    const rowKey = [c.serviceKind, c.serviceCode, c.status, c.channel].join('\u0000')
    const row = rows.get(rowKey) ?? {
      kind: c.serviceKind as BacklogRow['kind'],
      serviceCode: c.serviceCode,
      stage: c.status,
      channel: c.channel as BacklogRow['channel'],
      files: 0,
      overdue: 0,
      age: Object.fromEntries(backlogAgeBuckets.map((b) => [b.bucket, 0])),
    }
    row.files += c.files
    if (overdue) row.overdue += c.files
    row.age[bucketOf(age)]! += c.files
    rows.set(rowKey, row)
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      a.kind.localeCompare(b.kind) ||
      a.serviceCode.localeCompare(b.serviceCode) ||
      a.stage.localeCompare(b.stage) ||
      a.channel.localeCompare(b.channel),
  )
  const group = (pick: (r: BacklogRow) => string) => {
    const groups = new Map<string, { key: string; files: number; overdue: number }>()
    for (const r of sorted) {
      const g = groups.get(pick(r)) ?? { key: pick(r), files: 0, overdue: 0 }
      g.files += r.files
      g.overdue += r.overdue
      groups.set(g.key, g)
    }
    return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key))
  }
  const age = Object.fromEntries(
    backlogAgeBuckets.map((b) => [b.bucket, sorted.reduce((sum, r) => sum + r.age[b.bucket]!, 0)]),
  )
  return {
    asOf,
    files: sorted.reduce((sum, r) => sum + r.files, 0),
    overdue: sorted.reduce((sum, r) => sum + r.overdue, 0),
    age,
    byKind: group((r) => r.kind),
    byStage: group((r) => r.stage),
    byChannel: group((r) => r.channel),
    byService: group((r) => r.serviceCode),
    rows: sorted,
  }
}

/** A period's days: default the 30 days up to today; never in the future, at most STATS_MAX_DAYS. */
function period(deps: StatsDeps, query: StatsPeriodQuery) {
  const today = jakartaDate(deps.clock.now())
  const to = query.to ?? today
  const from = query.from ?? addDays(to, -29)
  if (to > today) throw fieldError('/to', 'stats.bad_period')
  if (from > to) throw fieldError('/from', 'stats.bad_period')
  if (Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1 > STATS_MAX_DAYS)
    throw fieldError('/from', 'stats.bad_period')
  return { from, to }
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
  for (const r of await deps.stats.dailyBetween(deps.db, deps.office.id, from, to)) {
    const day = byDate.get(r.day)
    for (const field of dailyOf[r.metric] ?? []) if (day) (day[field] as number) += r.count
  }
  return { from, to, days }
}

/** Nearest-rank percentile of an integer histogram (value → count), sorted by value. */
function percentile(histogram: [number, number][], total: number, p: number): number {
  const rank = Math.max(1, Math.ceil(p * total))
  let seen = 0
  for (const [value, count] of histogram) {
    seen += count
    if (seen >= rank) return value
  }
  return histogram.at(-1)![0]
}

interface Tally {
  finished: number
  withinSla: number
  histogram: Map<number, number>
}
function figures(t: Tally) {
  const histogram = [...t.histogram.entries()].sort((a, b) => a[0] - b[0])
  const none = t.finished === 0
  return {
    finished: t.finished,
    withinSla: t.withinSla,
    share: none ? null : t.withinSla / t.finished,
    medianDays: none ? null : percentile(histogram, t.finished, 0.5),
    p90Days: none ? null : percentile(histogram, t.finished, 0.9),
  }
}

export async function sla(deps: StatsDeps, query: StatsPeriodQuery): Promise<Sla> {
  const { from, to } = period(deps, query)
  const services = new Map<string, Tally>()
  const stages = new Map<string, Tally>()
  for (const r of await deps.stats.durationsBetween(deps.db, deps.office.id, from, to)) {
    const [map, key] = r.stage === 'total' ? [services, r.serviceCode] : [stages, r.stage]
    const t = map.get(key) ?? { finished: 0, withinSla: 0, histogram: new Map() }
    t.finished += r.count
    if (r.withinSla) t.withinSla += r.count
    t.histogram.set(r.workingDays, (t.histogram.get(r.workingDays) ?? 0) + r.count)
    map.set(key, t)
  }
  const counted = { return_reason: new Map<string, number>(), reassignment: new Map(), escalation: new Map() }
  for (const r of await deps.stats.detailsBetween(deps.db, deps.office.id, from, to, Object.keys(counted))) {
    const map = counted[r.metric as keyof typeof counted] as Map<string, number>
    map.set(r.detail, (map.get(r.detail) ?? 0) + r.count)
  }
  const sortedEntries = (m: Map<string, number>) => [...m.entries()].sort((a, b) => a[0].localeCompare(b[0]))
  return {
    from,
    to,
    services: [...services.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([serviceCode, t]) => ({ serviceCode, ...figures(t) })),
    stages: [...stages.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([stage, t]) => ({ stage, ...figures(t) })),
    returnsByReason: sortedEntries(counted.return_reason).map(([code, returns]) => ({ code, returns })),
    reassignmentsByStage: sortedEntries(counted.reassignment).map(([stage, count]) => ({ stage, count })),
    escalationsByStage: sortedEntries(counted.escalation).map(([stage, count]) => ({ stage, count })),
  }
}
