import {
  latencyBucketsMs,
  rateVital,
  realUserWindows,
  statusJourneys,
  vitalBuckets,
  vitalMetrics,
  vitalsRoutes,
  vitalThresholds,
  type RealUser,
  type Status,
  type VitalFigures,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { SYSTEM, type ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { StatusRepository } from './status.repository.ts'

export interface StatusDeps {
  db: Db
  clock: Clock
  office: Office
  status: StatusRepository
}

const HOUR_MS = 3_600_000
const windows = [
  ['hour', HOUR_MS],
  ['day', 24 * HOUR_MS],
  ['30d', 30 * 24 * HOUR_MS],
  ['90d', 90 * 24 * HOUR_MS],
] as const

/** Upper bound of the bucket holding the nearest-rank percentile `p` of a histogram (bucket → count). */
export function percentile(
  histogram: number[],
  total: number,
  p: number,
  bounds: readonly number[] = latencyBucketsMs,
): number {
  const rank = Math.max(1, Math.ceil(p * total))
  let seen = 0
  for (let i = 0; i < histogram.length; i += 1) {
    seen += histogram[i] ?? 0
    if (seen >= rank) return bounds[i]!
  }
  return bounds.at(-1)!
}
const percentileMs = (histogram: number[], total: number, p: number) => percentile(histogram, total, p)

const realUserSpans = { hour: HOUR_MS, day: 24 * HOUR_MS, '30d': 30 * 24 * HOUR_MS } as const

type VitalsRows = Awaited<ReturnType<StatusDeps['status']['vitalsSince']>>

/** The p75 of each real-user metric in these rows, rated against web.dev's thresholds. */
function vitalFigures(rows: VitalsRows): VitalFigures {
  return vitalMetrics.map((name) => {
    const bounds = vitalBuckets[name]
    const histogram = bounds.map(() => 0)
    for (const r of rows) if (r.metric === name) histogram[r.bucket] = (histogram[r.bucket] ?? 0) + r.count
    const n = histogram.reduce((s, c) => s + c, 0)
    const p75 = n === 0 ? null : percentile(histogram, n, 0.75, bounds)
    return { name, n, p75, rating: p75 === null ? null : rateVital(name, p75) }
  })
}

/** Real-user figures over every route, and per route name for the routes measured at all. */
function vitalsOf(rows: VitalsRows) {
  return {
    metrics: vitalFigures(rows),
    routes: vitalsRoutes
      .filter((route) => rows.some((r) => r.route === route))
      .map((route) => ({ route, metrics: vitalFigures(rows.filter((r) => r.route === route)) })),
  }
}

async function realUser(deps: StatusDeps, officeIds: readonly string[], now: Date): Promise<RealUser> {
  const result: RealUser['windows'] = []
  for (const window of realUserWindows) {
    const rows = await deps.status.vitalsSince(deps.db, officeIds, new Date(now.getTime() - realUserSpans[window]))
    result.push({ window, ...vitalsOf(rows) })
  }
  return { thresholds: vitalThresholds, windows: result }
}

/** The figures of these offices' minutes in [since, until): their histograms merge exactly. */
async function figures(deps: StatusDeps, ex: Executor, officeIds: readonly string[], since: Date, until?: Date) {
  const rows = await deps.status.latencySince(ex, officeIds, since, until)
  const probes = await deps.status.probesSince(ex, officeIds, since, until)
  return {
    probes: probes.probes,
    availability: probes.probes === 0 ? null : probes.ok / probes.probes,
    journeys: statusJourneys.map((journey) => {
      const histogram = latencyBucketsMs.map(() => 0)
      for (const r of rows) if (r.journey === journey) histogram[r.bucket] = (histogram[r.bucket] ?? 0) + r.count
      const requests = histogram.reduce((s, c) => s + c, 0)
      const at = (p: number) => (requests === 0 ? null : percentileMs(histogram, requests, p))
      return { journey, requests, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) }
    }),
  }
}

/** The status of the office, or with `offices` of several added up (the deployment's roll-up). */
export async function status(deps: StatusDeps, offices: readonly Office[] = [deps.office]): Promise<Status> {
  const now = deps.clock.now()
  const officeIds = offices.map((office) => office.id)
  const result: Status['windows'] = []
  for (const [window, span] of windows)
    result.push({ window, ...(await figures(deps, deps.db, officeIds, new Date(now.getTime() - span))) })
  return {
    generatedAt: now.toISOString(),
    bucketsMs: [...latencyBucketsMs],
    windows: result,
    realUser: await realUser(deps, officeIds, now),
  }
}

/** How long minute and hour rows are kept: the longest window, and a day. */
const KEPT_MS = windows.at(-1)![1] + 24 * HOUR_MS

/** Every process flushes within seconds; an hour is summed up only once this much after it ended. */
const SETTLE_MS = 60_000

/**
 * Appends the last finished hour's figures to the change record, once for the deployment (the first
 * process to claim the hour records it), so the transparency log makes them impossible to rewrite.
 * Returns the hour recorded, or null when there was nothing new to record.
 */
export async function summarizeLastHour(deps: StatusDeps & { changes: ChangeRecord }): Promise<string | null> {
  const now = deps.clock.now().getTime()
  const hour = new Date(Math.floor((now - SETTLE_MS) / HOUR_MS) * HOUR_MS - HOUR_MS)
  return deps.db.transaction(async (tx) => {
    if (!(await deps.status.claimSummary(tx, deps.office.id, hour))) return null
    const end = new Date(hour.getTime() + HOUR_MS)
    const summary = await figures(deps, tx, [deps.office.id], hour, end)
    const realUser = vitalsOf(await deps.status.vitalsSince(tx, [deps.office.id], hour, end))
    await deps.changes.record(tx, {
      action: 'status.hourly_summary',
      entity: { type: 'status_hour', id: hour.toISOString() },
      actor: SYSTEM,
      requestId: null,
      details: { hour: hour.toISOString(), ...summary, realUser },
    })
    // The hour before it is out of the one-hour window by now: its minutes can become one row.
    await deps.status.foldHour(tx, deps.office.id, new Date(hour.getTime() - HOUR_MS))
    // Past the longest window (and a day's margin) nothing reads them; the summaries keep their figures.
    await deps.status.pruneBefore(tx, deps.office.id, new Date(hour.getTime() - KEPT_MS))
    return hour.toISOString()
  })
}
