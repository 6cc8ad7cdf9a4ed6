import { latencyBucketsMs } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { StatusRepository } from './status.repository.ts'

const MINUTE_MS = 60_000

/** The bucket a duration falls in: the first whose upper bound holds it, else the last. */
export const bucketOf = (ms: number) => {
  const i = latencyBucketsMs.findIndex((bound) => ms <= bound)
  return i === -1 ? latencyBucketsMs.length - 1 : i
}

/**
 * This process's latencies since its last flush, per minute, journey and bucket; flushing adds them
 * to the database's rows, so what every process measured adds up there exactly.
 */
export function createLatencyRecorder(deps: { db: Db; clock: Clock; office: Office; repository: StatusRepository }) {
  let pending = new Map<string, { minute: Date; journey: string; bucket: number; count: number }>()
  return {
    observe(journey: string, ms: number) {
      const minute = new Date(Math.floor(deps.clock.now().getTime() / MINUTE_MS) * MINUTE_MS)
      const bucket = bucketOf(ms)
      const key = `${minute.getTime()}|${journey}|${bucket}`
      const row = pending.get(key)
      if (row) row.count += 1
      else pending.set(key, { minute, journey, bucket, count: 1 })
    },
    async flush() {
      if (pending.size === 0) return
      const rows = [...pending.values()]
      pending = new Map()
      try {
        await deps.repository.addLatency(deps.db, deps.office.id, rows)
      } catch (err) {
        // The database is away: keep the counts for the next flush rather than lose them.
        for (const r of rows) {
          const key = `${r.minute.getTime()}|${r.journey}|${r.bucket}`
          const row = pending.get(key)
          if (row) row.count += r.count
          else pending.set(key, r)
        }
        throw err
      }
    },
  }
}
export type LatencyRecorder = ReturnType<typeof createLatencyRecorder>
