import { latencyBucketsMs } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

/** A slowed process waits this long on every request: far above what the catalogue takes here. */
const SLOW_MS = 600
const METRICS_TOKEN = 'operator-metrics-token-0123456789abcdef'

interface Journey {
  journey: string
  requests: number
  p50Ms: number | null
  p95Ms: number | null
  p99Ms: number | null
}

describe('the status page that measures itself', () => {
  let fast: TestApp
  let slow: TestApp
  const clock = createTestClock()
  // The clock stands still until a test moves it: every measurement below falls in this minute.
  const started = clock.now()
  beforeAll(async () => {
    fast = await createTestApp({ clock })
    // A second API process on the same database, slowed by the test-only delay.
    slow = await createTestApp({
      sharedWith: fast,
      clock,
      status: { slowDownMs: SLOW_MS, metricsToken: METRICS_TOKEN },
    })
  })
  afterAll(async () => {
    await slow?.close()
    await fast?.close()
  })

  const catalogueOf = async (t: TestApp): Promise<Journey> => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/status' })
    expect(res.statusCode).toBe(200)
    return res
      .json()
      .windows.find((w: { window: string }) => w.window === 'hour')
      .journeys.find((j: Journey) => j.journey === 'catalogue')
  }

  it('publishes measured latency per journey, which moves when the API is slowed, and two processes add up exactly', async () => {
    for (let i = 0; i < 30; i += 1)
      expect((await fast.app.inject({ method: 'GET', url: '/api/v1/services' })).statusCode).toBe(200)
    await fast.app.flushStatus()
    const before = await catalogueOf(fast)
    expect(before.requests).toBe(30)
    // How many of the unslowed requests a busy machine already made as slow as the delay: usually none.
    const slowBucket = latencyBucketsMs.findIndex((b) => b >= SLOW_MS)
    const slowRows = async () =>
      (
        await queryRows<{ n: number }>(
          fast.db,
          sql`select coalesce(sum(count), 0)::int as n from status_latency
              where journey = 'catalogue' and bucket >= ${slowBucket}`,
        )
      )[0]!.n
    const slowBefore = await slowRows()

    for (let i = 0; i < 10; i += 1)
      expect((await slow.app.inject({ method: 'GET', url: '/api/v1/services' })).statusCode).toBe(200)
    await slow.app.flushStatus()
    // Either process answers the same merged figures.
    const after = await catalogueOf(fast)
    expect(await catalogueOf(slow)).toEqual(after)
    expect(after.requests).toBe(40)
    // The rows hold exactly what both processes measured: the 10 slowed requests all at least SLOW_MS.
    const rows = await queryRows<{ n: number }>(
      fast.db,
      sql`select sum(count)::int as n from status_latency where journey = 'catalogue'`,
    )
    expect(rows[0]!.n).toBe(40)
    const slowAfter = await slowRows()
    expect(slowAfter).toBe(slowBefore + 10)
    // At least one in four requests took the delay, so the tail shows it; the median does while most were fast.
    expect(after.p95Ms).toBeGreaterThanOrEqual(SLOW_MS)
    expect(after.p99Ms).toBeGreaterThanOrEqual(SLOW_MS)
    if (slowAfter < 20) expect(after.p50Ms).toBeLessThan(SLOW_MS)
  })

  it('classifies journeys by route, never keeping an address', async () => {
    await fast.app.inject({ method: 'GET', url: '/api/v1/track/REG-2026-000001?code=ABCD' })
    await fast.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'x@y.id', password: 'salah' },
    })
    await fast.app.inject({ method: 'GET', url: '/health' })
    await fast.app.flushStatus()
    const journeys = await queryRows<{ journey: string }>(
      fast.db,
      sql`select distinct journey from status_latency order by 1`,
    )
    expect(journeys.map((j) => j.journey)).toEqual(['catalogue', 'login', 'track'])
  })

  it("counts availability from the API's own probe, and the probe's requests are not a citizen's", async () => {
    expect(await fast.app.probeStatus()).toBe(true)
    expect(await slow.app.probeStatus()).toBe(true)
    await fast.app.flushStatus()
    const body = (await fast.app.inject({ method: 'GET', url: '/api/v1/status' })).json()
    for (const w of body.windows) expect(w).toMatchObject({ probes: 2, availability: 1 })
    expect(body.windows.map((w: { window: string }) => w.window)).toEqual(['hour', 'day', '30d', '90d'])
    expect((await catalogueOf(fast)).requests).toBe(40)
    // An hour later the hour window no longer holds those minutes; the day still does.
    clock.advance(2 * 3_600_000)
    const later = (await fast.app.inject({ method: 'GET', url: '/api/v1/status' })).json()
    expect(later.windows[0]).toMatchObject({ window: 'hour', probes: 0, availability: null })
    expect(later.windows[1]).toMatchObject({ window: 'day', probes: 2, availability: 1 })
  })

  it('/metrics answers operators with its token in the Prometheus format, and nobody else', async () => {
    const get = (t: TestApp, authorization?: string) =>
      t.app.inject({ method: 'GET', url: '/metrics', headers: authorization ? { authorization } : {} })
    expect((await get(slow)).statusCode).toBe(404)
    expect((await get(slow, 'Bearer wrong-token')).statusCode).toBe(404)
    // A process without a configured token has no /metrics at all.
    expect((await get(fast, `Bearer ${METRICS_TOKEN}`)).statusCode).toBe(404)
    const res = await get(slow, `Bearer ${METRICS_TOKEN}`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/plain/)
    // This process's own ten catalogue requests (the probe's are not a citizen's).
    expect(res.body).toMatch(/^pintu_journey_duration_seconds_count\{journey="catalogue"\} 10$/m)
    expect(res.body).toMatch(/^pintu_probes_total\{outcome="ok"\} 1$/m)
    expect(res.body).toContain('pintu_process_resident_memory_bytes')
  })

  it("appends a finished hour's figures to the change record once, whichever process gets there first", async () => {
    const HOUR = 3_600_000
    const hour = new Date(Math.floor(started.getTime() / HOUR) * HOUR)
    clock.set(new Date(hour.getTime() + HOUR + 2 * 60_000))
    const [a, b] = await Promise.all([fast.app.summarizeStatus(), slow.app.summarizeStatus()])
    expect([a, b].filter((h) => h !== null)).toEqual([hour.toISOString()])
    expect(await fast.app.summarizeStatus()).toBeNull()
    const recorded = await queryRows<{ entity_id: string; details: Record<string, unknown> }>(
      fast.db,
      sql`select entity_id, details from audit_log where action = 'status.hourly_summary'`,
    )
    expect(recorded).toHaveLength(1)
    expect(recorded[0]!.entity_id).toBe(hour.toISOString())
    expect(recorded[0]!.details).toMatchObject({ hour: hour.toISOString(), probes: 2, availability: 1 })
    const journeys = recorded[0]!.details.journeys as Journey[]
    expect(journeys.find((j) => j.journey === 'catalogue')?.requests).toBe(40)
    // It reaches the outbox the transparency log reads, like every change.
    const outbox = await queryRows<{ n: number }>(
      fast.db,
      sql`select count(*)::int as n from outbox where type = 'status.hourly_summary'`,
    )
    expect(outbox[0]!.n).toBe(1)
  })

  it('folds an hour older than the hour window into one row per bucket, keeping every count', async () => {
    const HOUR = 3_600_000
    const hour = new Date(Math.floor(started.getTime() / HOUR) * HOUR)
    clock.set(new Date(hour.getTime() + 2 * HOUR + 2 * 60_000))
    expect(await fast.app.summarizeStatus()).toBe(new Date(hour.getTime() + HOUR).toISOString())
    const rows = await queryRows<{ minute: Date | string; n: number; rows: number }>(
      fast.db,
      sql`select minute, sum(count)::int as n, count(*)::int as rows from status_latency
          where journey = 'catalogue' group by minute`,
    )
    expect(rows).toHaveLength(1)
    expect(new Date(rows[0]!.minute).toISOString()).toBe(hour.toISOString())
    expect(rows[0]!.n).toBe(40)
    const day = (await fast.app.inject({ method: 'GET', url: '/api/v1/status' }))
      .json()
      .windows.find((w: { window: string }) => w.window === 'day')
    expect(day).toMatchObject({ probes: 2, availability: 1 })
    expect(day.journeys.find((j: Journey) => j.journey === 'catalogue').requests).toBe(40)
  })

  it('drops minutes and hours older than the 90-day window and a day, and keeps everything younger', async () => {
    const HOUR = 3_600_000
    const now = clock.now().getTime()
    const hourAgo = (hours: number) => new Date(Math.floor(now / HOUR) * HOUR - hours * HOUR)
    const office = (await queryRows<{ id: string }>(fast.db, sql`select id from offices limit 1`))[0]!.id
    // 92 and 89 days back: one past what is kept, one inside it.
    for (const hours of [92 * 24, 89 * 24]) {
      const minute = hourAgo(hours)
      await fast.db.execute(sql`insert into status_latency (office_id, minute, journey, bucket, count)
                                values (${office}, ${minute}, 'catalogue', 0, 1)`)
      await fast.db.execute(
        sql`insert into status_probes (office_id, minute, probes, ok) values (${office}, ${minute}, 1, 1)`,
      )
      await fast.db.execute(sql`insert into status_vitals (office_id, minute, route, metric, bucket, count)
                                values (${office}, ${minute}, 'home', 'LCP', 0, 1)`)
    }
    clock.set(new Date(Math.floor(now / HOUR) * HOUR + HOUR + 2 * 60_000))
    expect(await fast.app.summarizeStatus()).not.toBeNull()
    for (const table of ['status_latency', 'status_probes', 'status_vitals']) {
      const old = await queryRows<{ minute: Date | string }>(
        fast.db,
        sql`select minute from ${sql.identifier(table)} where minute < ${hourAgo(80 * 24)} order by minute`,
      )
      expect({ table, kept: old.map((r) => new Date(r.minute).toISOString()) }).toEqual({
        table,
        kept: [hourAgo(89 * 24).toISOString()],
      })
    }
  })
})
