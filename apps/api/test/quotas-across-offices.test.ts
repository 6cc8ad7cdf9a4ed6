import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pairLimits } from '../src/modules/identity/login-throttle.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

// Two offices in one deployment: Kota Bandung (32.73, the default) and Kota Makassar (73.71).
const BANDUNG = '32.73'
const MAKASSAR = '73.71'
const QUOTA = 6
const NEVER = 3_600_000

const track = (t: TestApp, office: string, address: string) =>
  t.app.inject({
    method: 'GET',
    url: '/api/v1/track/REG-2026-000001?code=AAAAAAAAAA',
    headers: { 'x-pintu-office': office },
    remoteAddress: address,
  })
const remaining = (header: unknown) => Number(/;r=(\d+);/.exec(String(header))![1])

/** Alternates the office named by header on every request, from one address. */
async function alternate(t: TestApp, address: string, requests: number) {
  const answers = []
  for (let i = 0; i < requests; i += 1) answers.push(await track(t, i % 2 ? MAKASSAR : BANDUNG, address))
  return answers
}

describe.each([
  // In-process counters never reach the table; shared ones hold one row per quota and caller.
  ['counted in this process', { shared: false }, []],
  ['shared through the database', { shared: true, syncIntervalMs: NEVER }, [4]],
])('a caller has one quota across the offices of a deployment (%s)', (_name, rateLimits, storedCounts) => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR], trackLimitPerMinute: QUOTA, rateLimits })
  })
  afterAll(() => t?.close())

  it('switching X-Pintu-Office gives no fresh allowance', async () => {
    const answers = await alternate(t, '10.9.0.1', QUOTA + 4)
    // One process, one set of counters: exact, whichever office each request named.
    expect(answers.map((r) => r.statusCode)).toEqual([...Array(QUOTA).fill(404), 429, 429, 429, 429])
    expect(answers.map((r) => remaining(r.headers.ratelimit))).toEqual([5, 4, 3, 2, 1, 0, 0, 0, 0, 0])
    expect(answers[QUOTA]!.json().error.code).toBe('rate_limited')
    // Another address still has its own quota, at either office.
    expect((await track(t, MAKASSAR, '10.9.0.2')).statusCode).toBe(404)
  })

  it('the deployment holds one counter per quota and caller, not one per office', async () => {
    await alternate(t, '10.9.0.3', 4)
    await t.app.offices.get(BANDUNG)!.shareRateLimits()
    await t.app.offices.get(MAKASSAR)!.shareRateLimits()
    const rows = await queryRows<{ count: number }>(
      t.db,
      sql`select count from rate_limit_counters where policy = 'tracking' and key = '10.9.0.3'`,
    )
    expect(rows.map((r) => Number(r.count))).toEqual(storedCounts)
  })
})

describe('login throttling across the offices of a deployment', () => {
  let t: TestApp
  let account: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR] })
    account = await t.account(['admin'], { office: t.otherOffices[0] })
  })
  afterAll(() => t?.close())

  const login = (office: string, password: string, address = '10.9.1.1') =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'x-pintu-office': office },
      remoteAddress: address,
      payload: { email: account.user.email, password },
    })

  it('a password guesser gets no fresh allowance by naming another office', async () => {
    // The test clock stands still: once slowed, every further attempt waits, at either office.
    for (let i = 0; i < pairLimits.slowAfter; i += 1) {
      const guess = await login(i % 2 ? MAKASSAR : BANDUNG, `Salah-${i}-tebakan`)
      expect(guess.statusCode).toBe(401)
      expect(guess.json().error.code).toBe('auth.invalid_credentials')
    }
    for (const office of [BANDUNG, MAKASSAR]) {
      const slowed = await login(office, `Salah-lagi-${office}`)
      expect(slowed.statusCode, office).toBe(429)
      expect(slowed.json().error.code).toBe('auth.too_many_attempts')
      expect(slowed.headers['retry-after']).toMatch(/^\d+$/)
    }
    // The owner, from an address of their own, is not slowed by the stranger's guesses.
    const owner = await login(MAKASSAR, account.password, '10.9.1.2')
    expect(owner.statusCode, owner.body).toBe(200)
  })
})
