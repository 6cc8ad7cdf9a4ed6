import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRateLimitsRepository } from '../src/modules/rate-limits/rate-limits.repository.ts'
import { LOCAL_SHARE } from '../src/plugins/rate-counters.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

/**
 * Two API processes on one database (two apps sharing it, as test-app's `sharedWith` builds them)
 * with shared rate-limit counters. The periodic sync is set far off, so what is shown is the
 * worst case: only the exact counting near the limit and explicit syncs share counts.
 */
const QUOTA = 10
const NEVER = 3_600_000

describe('rate limits shared by the processes of a deployment', () => {
  let a: TestApp
  let b: TestApp
  beforeAll(async () => {
    a = await createTestApp({ trackLimitPerMinute: QUOTA, rateLimits: { shared: true, syncIntervalMs: NEVER } })
    b = await createTestApp({
      trackLimitPerMinute: QUOTA,
      rateLimits: { shared: true, syncIntervalMs: NEVER },
      sharedWith: { database: a.database },
    })
  })
  afterAll(async () => {
    await b.close()
    await a.close()
  })

  const track = (t: TestApp, address: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/track/REG-2026-000001?code=AAAAAAAAAA', remoteAddress: address })
  const remaining = (header: unknown) => Number(/;r=(\d+);/.exec(String(header))![1])

  it('one process alone counts exactly as before, with exact RateLimit headers', async () => {
    const answers = []
    for (let i = 0; i < QUOTA + 2; i += 1) answers.push(await track(a, '10.1.0.1'))
    expect(answers.map((r) => r.statusCode)).toEqual([...Array(QUOTA).fill(404), 429, 429])
    expect(answers.map((r) => remaining(r.headers.ratelimit))).toEqual([9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 0, 0])
    expect(answers[0]!.headers['ratelimit-policy']).toBe(`"tracking";q=${QUOTA};w=60`)
    expect(answers[QUOTA]!.headers['retry-after']).toMatch(/^\d+$/)
  })

  it('holds the quota for the deployment when requests alternate between the processes', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 2 * QUOTA; i += 1) statuses.push((await track(i % 2 ? b : a, '10.1.0.2')).statusCode)
    const allowed = statuses.filter((s) => s === 404).length
    // The documented bound: the quota, plus what each other process admitted from memory.
    expect(allowed).toBeGreaterThanOrEqual(QUOTA)
    expect(allowed).toBeLessThanOrEqual(QUOTA + Math.floor(QUOTA * LOCAL_SHARE))
    expect(statuses.slice(-4)).toEqual([429, 429, 429, 429])
    // Per process each would have admitted its full quota: 2 × QUOTA.
    expect(allowed).toBeLessThan(2 * QUOTA)
  })

  it('holds it for requests arriving at both processes at once', async () => {
    const answers = await Promise.all(Array.from({ length: 3 * QUOTA }, (_, i) => track(i % 2 ? b : a, '10.1.0.5')))
    const allowed = answers.filter((r) => r.statusCode === 404).length
    expect(allowed).toBeGreaterThanOrEqual(QUOTA)
    expect(allowed).toBeLessThanOrEqual(QUOTA + Math.floor(QUOTA * LOCAL_SHARE))
    expect(answers.filter((r) => r.statusCode === 429)).toHaveLength(3 * QUOTA - allowed)
  })

  it('a sync tells the other process what this one counted', async () => {
    for (let i = 0; i < 3; i += 1) await track(a, '10.1.0.3')
    await a.app.shareRateLimits()
    expect(remaining((await track(b, '10.1.0.3')).headers.ratelimit)).toBe(QUOTA - 1)
    await b.app.shareRateLimits()
    // b now knows the deployment's 4, and counts its next request as the fifth.
    expect(remaining((await track(b, '10.1.0.3')).headers.ratelimit)).toBe(QUOTA - 5)
    const [row] = await queryRows<{ count: number }>(
      a.db,
      sql`select count from rate_limit_counters where policy = 'tracking' and key = '10.1.0.3'`,
    )
    expect(Number(row!.count)).toBe(4)
  })

  it('a request far below its quota is answered from memory, without a database round trip', async () => {
    expect((await track(b, '10.1.0.4')).statusCode).toBe(404)
    const rows = await queryRows<{ key: string }>(
      a.db,
      sql`select key from rate_limit_counters where policy = 'tracking' order by key`,
    )
    // Reported by the next sync, not before: the request did not wait for the database.
    expect(rows.map((r) => r.key)).not.toContain('10.1.0.4')
    await b.app.shareRateLimits()
    const after = await queryRows<{ key: string }>(
      a.db,
      sql`select key from rate_limit_counters where policy = 'tracking'`,
    )
    expect(after.map((r) => r.key)).toContain('10.1.0.4')
  })
})

describe('the shared counters table', () => {
  let t: TestApp
  const repo = createRateLimitsRepository()
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())
  const at = Date.parse('2026-03-02T03:00:00Z')
  const window = (start: number, count: number, key = '10.2.0.1') => ({
    policy: 'tracking',
    key,
    windowStartedAt: start,
    expiresAt: start + 60_000,
    count,
  })

  it('adds counts within a window, keeping the window the first process started', async () => {
    expect(await repo.add(t.db, [window(at, 3)], at)).toEqual([window(at, 3)])
    // A second process whose own window began two seconds later joins the first one's.
    expect(await repo.add(t.db, [window(at + 2_000, 2)], at + 2_000)).toEqual([window(at, 5)])
  })

  it('starts a new window once the old one has ended', async () => {
    const later = at + 61_000
    expect(await repo.add(t.db, [window(later, 1)], later)).toEqual([window(later, 1)])
  })

  it('adds many keys in one statement', async () => {
    const deltas = Array.from({ length: 50 }, (_, i) => window(at, i + 1, `10.3.0.${i}`))
    const totals = await repo.add(t.db, deltas, at)
    expect(totals.sort((x, y) => x.count - y.count)).toEqual(deltas)
  })

  it('prunes windows that ended before the given time', async () => {
    await repo.prune(t.db, at + 61_000)
    const rows = await queryRows<{ key: string }>(t.db, sql`select key from rate_limit_counters`)
    expect(rows.map((r) => r.key)).toEqual(['10.2.0.1'])
  })
})
