import { vitalBuckets, type VitalMetric, type VitalsReport } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { StatusRepository, VitalsRow } from './status.repository.ts'

const MINUTE_MS = 60_000

/** The bucket a value falls in: the first whose upper bound holds it (the last bound is the metric's maximum). */
export const vitalBucketOf = (metric: VitalMetric, value: number) => {
  const bounds = vitalBuckets[metric]
  const i = bounds.findIndex((bound) => value <= bound)
  return i === -1 ? bounds.length - 1 : i
}

/**
 * This process's real-user timings since its last flush, per minute, route, metric and bucket; as
 * with latency, flushing adds them to the database's rows so every process's reports add up exactly.
 * Only counts are kept: the report's sender is not known here at all.
 */
export function createVitalsRecorder(deps: { db: Db; clock: Clock; office: Office; repository: StatusRepository }) {
  let pending = new Map<string, VitalsRow>()
  const add = (row: VitalsRow) => {
    const key = `${row.minute.getTime()}|${row.route}|${row.metric}|${row.bucket}`
    const known = pending.get(key)
    if (known) known.count += row.count
    else pending.set(key, { ...row })
  }
  return {
    observe(report: VitalsReport) {
      const minute = new Date(Math.floor(deps.clock.now().getTime() / MINUTE_MS) * MINUTE_MS)
      for (const m of report.metrics)
        add({ minute, route: report.route, metric: m.name, bucket: vitalBucketOf(m.name, m.value), count: 1 })
    },
    async flush() {
      if (pending.size === 0) return
      const rows = [...pending.values()]
      pending = new Map()
      try {
        await deps.repository.addVitals(deps.db, deps.office.id, rows)
      } catch (err) {
        // The database is away: keep the counts for the next flush rather than lose them.
        for (const r of rows) add(r)
        throw err
      }
    },
  }
}
export type VitalsRecorder = ReturnType<typeof createVitalsRecorder>
