import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nextAttemptAt, STANDARD_WEBHOOKS_SCHEDULE_MS } from '../src/modules/webhooks/relay.ts'
import { retryAfterMs } from '../src/modules/webhooks/sender.ts'
import { isPublicAddress } from '../src/modules/webhooks/target-guard.ts'
import { queryRows } from './support/test-app.ts'
import { webhookScene } from './support/webhook-scene.ts'

describe('webhook endpoints: no SSRF outside test configuration', () => {
  let s: Awaited<ReturnType<typeof webhookScene>>
  let client: Awaited<ReturnType<typeof s.client>>
  beforeAll(async () => {
    s = await webhookScene({ webhooks: {} })
    client = await s.client(['SKP'])
  })
  afterAll(() => s.t.close())

  it('refuses loopback, private, link-local, metadata and non-https endpoints, and stores none', async () => {
    for (const url of [
      'https://127.0.0.1/hook',
      'https://localhost/hook',
      'https://10.1.2.3/hook',
      'https://192.168.1.10:8443/hook',
      'https://169.254.169.254/latest/meta-data',
      'https://[::1]/hook',
      'https://[fd00::1]/hook',
      'https://[::ffff:127.0.0.1]/hook',
      'https://0.0.0.0/hook',
      'http://203.0.114.10/hook',
      'https://user:secret@example.org/hook',
      'https://host.invalid/hook',
      'https://[::127.0.0.1]/hook',
      'https://[::ffff:0:a00:1]/hook',
      'https://203.0.114.10:22/hook',
    ]) {
      const res = await s.t.app.inject({
        method: 'POST',
        url: '/api/v1/webhooks/subscriptions',
        headers: client.headers,
        payload: { url, eventTypes: ['application.submit'], serviceCodes: ['SKP'] },
      })
      expect(res.statusCode, url).toBe(422)
      expect(res.json().error.code, url).toBe('webhooks.target_refused')
    }
    expect(await queryRows(s.t.db, sql`select id from webhook_subscriptions`)).toHaveLength(0)
  })

  it('lets only clients with webhooks:manage subscribe, and never a person; a public https endpoint is accepted', async () => {
    const applicant = await s.t.account(['applicant'])
    const payload = { url: 'https://203.0.114.10/hook', eventTypes: ['application.submit'], serviceCodes: ['SKP'] }
    const asPerson = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: s.admin.headers,
      payload,
    })
    expect(asPerson.statusCode).toBe(403)
    const reader = await s.client(['SKP'], ['applications:read'])
    const post = (headers: Record<string, string>) =>
      s.t.app.inject({ method: 'POST', url: '/api/v1/webhooks/subscriptions', headers, payload })
    expect((await post(reader.headers)).statusCode).toBe(403)
    // A public address is accepted as it is.
    expect((await post(client.headers)).statusCode).toBe(201)
    expect(
      (
        await s.t.app.inject({
          method: 'POST',
          url: '/api/v1/webhooks/subscriptions',
          headers: applicant.headers,
          payload,
        })
      ).statusCode,
    ).toBe(403)
  })

  it('tells public addresses from the rest', () => {
    for (const ip of ['203.0.114.10', '8.8.8.8', '2606:4700::1111', '::ffff:8.8.8.8'])
      expect(isPublicAddress(ip), ip).toBe(true)
    for (const ip of [
      '127.0.0.1',
      '10.0.0.1',
      '172.16.5.4',
      '100.64.0.1',
      '169.254.1.1',
      '224.0.0.1',
      '::1',
      'fe80::1',
      'fc00::1',
      '::ffff:10.0.0.1',
      '64:ff9b::a00:1',
      '::7f00:1',
      '::ffff:0:a00:1',
      'not-an-ip',
    ])
      expect(isPublicAddress(ip), ip).toBe(false)
  })
})

describe('the retry schedule', () => {
  const options = { scheduleMs: STANDARD_WEBHOOKS_SCHEDULE_MS, claimMs: 120_000, alertAfterAttempts: 5 }
  const now = new Date('2026-12-01T00:00:00Z')
  const delay = (attempts: number, retryAfter: number | null = null, random = () => 0) =>
    (nextAttemptAt(options, attempts, now, retryAfter, random)?.getTime() ?? Number.NaN) - now.getTime()

  it('is Standard Webhooks’ example: about three days over ten attempts, then dead', () => {
    expect([1, 2, 3, 9].map((n) => delay(n))).toEqual([5_000, 300_000, 1_800_000, 86_400_000])
    expect(STANDARD_WEBHOOKS_SCHEDULE_MS.reduce((a, b) => a + b, 0)).toBe(75.5 * 3_600_000 + 5 * 60_000 + 5_000)
    expect(nextAttemptAt(options, 10, now, null)).toBeNull()
  })

  it('adds at most 10 % jitter and honours a longer Retry-After up to the longest delay', () => {
    expect(delay(2, null, () => 0.999)).toBe(329_970)
    expect(delay(1, 60_000)).toBe(60_000)
    expect(delay(1, 10 * 86_400_000)).toBe(86_400_000)
    expect(retryAfterMs('120', 0)).toBe(120_000)
    expect(retryAfterMs('Tue, 01 Dec 2026 00:01:00 GMT', now.getTime())).toBe(60_000)
    expect(retryAfterMs('soon', 0)).toBeNull()
  })
})
