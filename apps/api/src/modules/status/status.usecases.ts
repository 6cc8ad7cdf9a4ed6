import { latencyBucketsMs, statusJourneys, type Status } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
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
function percentileMs(histogram: number[], total: number, p: number): number {
  const rank = Math.max(1, Math.ceil(p * total))
  let seen = 0
  for (let i = 0; i < histogram.length; i += 1) {
    seen += histogram[i] ?? 0
    if (seen >= rank) return latencyBucketsMs[i]!
  }
  return latencyBucketsMs.at(-1)!
}

export async function status(deps: StatusDeps): Promise<Status> {
  const now = deps.clock.now()
  const result: Status['windows'] = []
  for (const [window, span] of windows) {
    const since = new Date(now.getTime() - span)
    const rows = await deps.status.latencySince(deps.db, deps.office.id, since)
    const probes = await deps.status.probesSince(deps.db, deps.office.id, since)
    result.push({
      window,
      probes: probes.probes,
      availability: probes.probes === 0 ? null : probes.ok / probes.probes,
      journeys: statusJourneys.map((journey) => {
        const histogram = latencyBucketsMs.map(() => 0)
        for (const r of rows) if (r.journey === journey) histogram[r.bucket] = (histogram[r.bucket] ?? 0) + r.count
        const requests = histogram.reduce((s, c) => s + c, 0)
        const at = (p: number) => (requests === 0 ? null : percentileMs(histogram, requests, p))
        return { journey, requests, p50Ms: at(0.5), p95Ms: at(0.95), p99Ms: at(0.99) }
      }),
    })
  }
  return { generatedAt: now.toISOString(), bucketsMs: [...latencyBucketsMs], windows: result }
}
