import { vitalBuckets, type VitalMetric } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loggerOptions } from '../src/logger.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

const URL = '/api/v1/status/vitals'

interface Figure {
  name: VitalMetric
  n: number
  p75: number | null
  rating: string | null
}

/** Nearest-rank p75 of the true values, and the upper bound of the bucket holding it (what the API reports). */
function expectedP75(metric: VitalMetric, values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const truth = sorted[Math.ceil(0.75 * sorted.length) - 1]!
  return { truth, reported: vitalBuckets[metric].find((bound) => truth <= bound)! }
}

describe('real-user timings on the status page', () => {
  let a: TestApp
  let b: TestApp
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  const clock = createTestClock()
  beforeAll(async () => {
    a = await createTestApp({ clock, logger: { ...(loggerOptions('info') as object), stream } })
    // A second API process on the same database.
    b = await createTestApp({ clock, sharedWith: a })
  })
  afterAll(async () => {
    await b?.close()
    await a?.close()
  })

  const report = (t: TestApp, body: unknown, from = '203.0.113.7', contentType = 'text/plain;charset=UTF-8') =>
    t.app.inject({
      method: 'POST',
      url: URL,
      remoteAddress: from,
      headers: { 'content-type': contentType, 'user-agent': 'Mozilla/5.0 (Linux; Android 14; Pixel 8) Unik/42' },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const realUser = async (t: TestApp, window = 'hour'): Promise<Figure[]> => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/status' })
    expect(res.statusCode).toBe(200)
    return res.json().realUser.windows.find((w: { window: string }) => w.window === window).metrics
  }
  const storedCount = async () =>
    (await queryRows<{ n: number }>(a.db, sql`select coalesce(sum(count), 0)::int as n from status_vitals`))[0]!.n

  const lcp = [900, 1200, 1800, 2100, 2400, 2600, 3900, 4500]
  const inp = [40, 80, 120, 160]
  const cls = [0, 0.02, 0.05, 0.3]

  it('counts what two processes received into one histogram and publishes the exact bucketed p75 with n and a rating', async () => {
    // Half the visits reach each process, as sendBeacon sends them (JSON as text/plain).
    for (let i = 0; i < lcp.length; i += 1) {
      const metrics = [
        { name: 'LCP', value: lcp[i] },
        ...(i < inp.length ? [{ name: 'INP', value: inp[i] }] : []),
        ...(i < cls.length ? [{ name: 'CLS', value: cls[i] }] : []),
      ]
      const res = await report(i % 2 === 0 ? a : b, { route: i % 3 === 0 ? 'home' : 'track-result', metrics })
      expect(res.statusCode).toBe(204)
    }
    // Nothing is visible before the processes flush: the counts live in each one's memory until then.
    expect((await realUser(a)).every((m) => m.n === 0)).toBe(true)
    await a.app.flushStatus()
    await b.app.flushStatus()

    const figures = await realUser(a)
    expect(await realUser(b)).toEqual(figures)
    const lcpP75 = expectedP75('LCP', lcp)
    const inpP75 = expectedP75('INP', inp)
    const clsP75 = expectedP75('CLS', cls)
    // The bound: the reported p75 is the upper bound of the bucket holding the true one.
    expect(lcpP75).toEqual({ truth: 2600, reported: 2750 })
    expect(inpP75).toEqual({ truth: 120, reported: 125 })
    expect(clsP75).toEqual({ truth: 0.05, reported: 0.05 })
    expect(figures).toEqual([
      { name: 'LCP', n: 8, p75: 2750, rating: 'needs_improvement' },
      { name: 'INP', n: 4, p75: 125, rating: 'good' },
      { name: 'CLS', n: 4, p75: 0.05, rating: 'good' },
    ])
    // Every window holds them; thresholds are web.dev's.
    const body = (await a.app.inject({ method: 'GET', url: '/api/v1/status' })).json()
    // And per route name, for the routes that were measured: home had visits 0, 3 and 6.
    const hourWindow = body.realUser.windows[0]
    expect(hourWindow.routes.map((r: { route: string }) => r.route).sort()).toEqual(['home', 'track-result'])
    const homeLcp = hourWindow.routes.find((r: { route: string }) => r.route === 'home').metrics[0]
    expect(homeLcp).toMatchObject({ name: 'LCP', n: 3, p75: expectedP75('LCP', [lcp[0]!, lcp[3]!, lcp[6]!]).reported })
    const perRoute = (name: string) =>
      hourWindow.routes.reduce(
        (sum: number, r: { metrics: Figure[] }) => sum + r.metrics.find((m) => m.name === name)!.n,
        0,
      )
    expect(['LCP', 'INP', 'CLS'].map(perRoute)).toEqual([8, 4, 4])
    expect(body.realUser.windows.map((w: { window: string }) => w.window)).toEqual(['hour', 'day', '30d'])
    expect(body.realUser.thresholds).toEqual({
      LCP: { good: 2500, poor: 4000 },
      INP: { good: 200, poor: 500 },
      CLS: { good: 0.1, poor: 0.25 },
    })
    expect(await storedCount()).toBe(16)
  })

  it('keeps no identifier: the table holds route, metric, bucket and count, and the log holds no address or browser', async () => {
    const columns = await queryRows<{ column_name: string }>(
      a.db,
      sql`select column_name from information_schema.columns where table_name = 'status_vitals' order by ordinal_position`,
    )
    expect(columns.map((c) => c.column_name)).toEqual(['office_id', 'minute', 'route', 'metric', 'bucket', 'count'])
    const routes = await queryRows<{ route: string }>(a.db, sql`select distinct route from status_vitals order by 1`)
    expect(routes.map((r) => r.route)).toEqual(['home', 'track-result'])
    const log = lines.join('')
    expect(log).toContain('/api/v1/status/vitals')
    for (const personal of ['203.0.113.7', 'Unik/42', 'Pixel']) expect(log).not.toContain(personal)
    // A measured value as a number of its own (2600 also turns up by chance inside times and ids).
    expect(log).not.toMatch(/(?<![0-9.])2600(?![0-9])/)
  })

  it('also takes application/json, and refuses any other type with 415', async () => {
    const body = { route: 'login', metrics: [{ name: 'CLS', value: 0.2 }] }
    expect((await report(a, body, '198.51.100.1', 'application/json')).statusCode).toBe(204)
    for (const type of ['application/x-www-form-urlencoded', 'text/html', 'application/octet-stream']) {
      const res = await report(a, body, '198.51.100.1', type)
      expect(res.statusCode).toBe(415)
      expect(res.json().error.code).toBe('request.unsupported_media_type')
    }
    await a.app.flushStatus()
    expect(await storedCount()).toBe(17)
  })

  it.each([
    ['an address for a route', { route: '/lacak/REG-2026-000001', metrics: [{ name: 'LCP', value: 1000 }] }, 400],
    ['an unknown metric', { route: 'home', metrics: [{ name: 'FID', value: 10 }] }, 400],
    ['LCP over 60 s', { route: 'home', metrics: [{ name: 'LCP', value: 60_001 }] }, 400],
    ['a negative INP', { route: 'home', metrics: [{ name: 'INP', value: -1 }] }, 400],
    ['CLS over 10', { route: 'home', metrics: [{ name: 'CLS', value: 10.5 }] }, 400],
    ['no metric', { route: 'home', metrics: [] }, 400],
    ['four metrics', { route: 'home', metrics: Array(4).fill({ name: 'LCP', value: 1 }) }, 400],
    ['an identifier beside them', { route: 'home', metrics: [{ name: 'LCP', value: 1 }], sessionId: 'abc' }, 400],
    ['a value as text', { route: 'home', metrics: [{ name: 'LCP', value: '1000' }] }, 400],
    ['broken JSON', '{"route":"home",', 400],
    ['an empty body', '', 400],
    ['over 1 KB', { route: 'home', metrics: [{ name: 'LCP', value: 1 }], pad: 'x'.repeat(1100) }, 413],
  ])('refuses %s and stores nothing', async (_what, body, status) => {
    const res = await report(a, body, '198.51.100.2')
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toMatch(/^(field\.|request\.)/)
    await a.app.flushStatus()
    expect(await storedCount()).toBe(17)
  })

  it('limits one address to 30 reports a minute, with Retry-After, so it cannot skew the figures', async () => {
    const body = { route: 'home', metrics: [{ name: 'LCP', value: 59_000 }] }
    for (let i = 0; i < 30; i += 1) expect((await report(b, body, '192.0.2.9')).statusCode).toBe(204)
    const refused = await report(b, body, '192.0.2.9')
    expect(refused.statusCode).toBe(429)
    expect(refused.json().error.code).toBe('rate_limited')
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0)
    // Another address is not held back by it.
    expect((await report(b, body, '192.0.2.10')).statusCode).toBe(204)
    await b.app.flushStatus()
    expect(await storedCount()).toBe(17 + 31)
  })

  it('folds an hour older than the hour window into one row per route, metric and bucket, keeping every count', async () => {
    const HOUR = 3_600_000
    const hour = new Date(Math.floor(clock.now().getTime() / HOUR) * HOUR)
    const figuresBefore = await realUser(a, '30d')
    // Two more minutes of the same hour, each with one LCP in the same bucket as earlier ones.
    clock.set(new Date(hour.getTime() + 50 * 60_000))
    expect((await report(a, { route: 'home', metrics: [{ name: 'LCP', value: 900 }] }, '192.0.2.20')).statusCode).toBe(
      204,
    )
    await a.app.flushStatus()
    clock.set(new Date(hour.getTime() + 51 * 60_000))
    expect((await report(a, { route: 'home', metrics: [{ name: 'LCP', value: 900 }] }, '192.0.2.20')).statusCode).toBe(
      204,
    )
    await a.app.flushStatus()
    const lcpBucket = vitalBuckets.LCP.findIndex((bound) => 900 <= bound)
    const homeLcp = sql`select minute, count from status_vitals where route = 'home' and metric = 'LCP' and bucket = ${lcpBucket}`
    expect((await queryRows(a.db, homeLcp)).length).toBeGreaterThan(1)

    // Two hours on, the hour before the last finished one is folded.
    clock.set(new Date(hour.getTime() + 2 * HOUR + 2 * 60_000))
    await a.app.summarizeStatus()
    const folded = await queryRows<{ minute: Date | string; count: number }>(a.db, homeLcp)
    expect(folded).toHaveLength(1)
    expect(new Date(folded[0]!.minute).toISOString()).toBe(hour.toISOString())
    expect(await storedCount()).toBe(17 + 31 + 2)
    const after = await realUser(a, '30d')
    expect(after.find((m) => m.name === 'LCP')!.n).toBe(figuresBefore.find((m) => m.name === 'LCP')!.n + 2)
    expect(after.filter((m) => m.name !== 'LCP')).toEqual(figuresBefore.filter((m) => m.name !== 'LCP'))
  })

  it("puts each finished hour's real-user figures, per route too, in its summary in the change record", async () => {
    const HOUR = 3_600_000
    const hour = new Date(Math.floor(clock.now().getTime() / HOUR) * HOUR)
    clock.set(new Date(hour.getTime() + 5 * 60_000))
    for (const value of [700, 800, 5200])
      expect((await report(a, { route: 'help', metrics: [{ name: 'LCP', value }] }, '192.0.2.30')).statusCode).toBe(204)
    await a.app.flushStatus()
    clock.set(new Date(hour.getTime() + HOUR + 2 * 60_000))
    expect(await a.app.summarizeStatus()).toBe(hour.toISOString())
    const [summary] = await queryRows<{
      details: { realUser: { metrics: Figure[]; routes: { route: string; metrics: Figure[] }[] } }
    }>(
      a.db,
      sql`select details from audit_log where action = 'status.hourly_summary' and entity_id = ${hour.toISOString()}`,
    )
    const lcpFigure = { name: 'LCP', n: 3, p75: expectedP75('LCP', [700, 800, 5200]).reported, rating: 'poor' }
    expect(summary!.details.realUser.metrics[0]).toEqual(lcpFigure)
    expect(summary!.details.realUser.routes).toEqual([
      { route: 'help', metrics: [lcpFigure, ...summary!.details.realUser.metrics.slice(1)] },
    ])
    expect(summary!.details.realUser.metrics.slice(1).every((m) => m.n === 0)).toBe(true)
  })
})
