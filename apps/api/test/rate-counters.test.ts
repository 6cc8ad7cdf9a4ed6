import { describe, expect, it } from 'vitest'
import { openPostgres } from '../src/db/database.ts'
import { createSharedRateCounters } from '../src/modules/rate-limits/rate-limits.module.ts'
import { createRateCounters, type RateVerdict } from '../src/plugins/rate-counters.ts'

const quota = { name: 'tracking', max: 4, windowSeconds: 60 }

describe('rate counters', () => {
  it('count alone in memory without shared counters, one window per key', () => {
    let now = 1_000_000
    const counters = createRateCounters({ now: () => now })
    // Without shared counters every answer is immediate.
    const take = (key: string) => counters.take(quota, key) as RateVerdict
    expect([1, 2, 3, 4, 5].map(() => take('a').allowed)).toEqual([true, true, true, true, false])
    expect(take('b')).toEqual({ allowed: true, remaining: 3, resetSeconds: 60 })
    now += 60_000
    expect(take('a')).toEqual({ allowed: true, remaining: 3, resetSeconds: 60 })
  })

  it('answer from memory, never fail, while the shared counters cannot be reached', async () => {
    // A real PostgreSQL client on a port where nothing listens: every statement fails at once.
    const database = openPostgres('postgres://pintu:pintu@127.0.0.1:1/pintu', 1)
    try {
      const shared = createSharedRateCounters({ db: database.db })
      const counters = createRateCounters({ now: () => 1_000_000, shared })
      const verdicts = []
      for (let i = 0; i < 6; i += 1) verdicts.push(await counters.take(quota, '10.0.0.1'))
      expect(verdicts.map((v) => [v.allowed, v.remaining])).toEqual([
        [true, 3],
        [true, 2],
        [true, 1],
        [true, 0],
        [false, 0],
        [false, 0],
      ])
      await expect(counters.sync()).rejects.toThrow()
      // The counts are kept for the next sync, not lost: the key is still over its quota.
      expect((await counters.take(quota, '10.0.0.1')).allowed).toBe(false)
    } finally {
      await database.close()
    }
  })
})
