// Alerts when applicant notifications keep failing: with the SMS gateway simulator failing, and
// then with the real SMTP test server stopped, the office's admins are alerted once the channel
// has failed `alertAfterAttempts` times, the alert is cleared when the channel sends again, and no
// alert carries the applicant's address, phone or name.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSmtpMailSender } from '../src/modules/messaging/mail-sender.ts'
import { startSmsGatewaySimulator, type SmsGatewaySimulator } from '../src/modules/messaging/sms-gateway-simulator.ts'
import { createHttpSmsSender } from '../src/modules/messaging/sms-sender.ts'
import { applicationHelpers } from './support/applications.ts'
import { startSmtpSink } from './support/smtp-sink.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

describe('alerts for failing email and SMS notifications', () => {
  const clock = createTestClock(new Date('2026-03-17T10:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let sink: Awaited<ReturnType<typeof startSmtpSink>>
  let sms: SmsGatewaySimulator
  let admin: Account
  let john: Account

  beforeAll(async () => {
    sink = await startSmtpSink()
    sms = await startSmsGatewaySimulator({})
    t = await createTestApp({
      clock,
      mail: createSmtpMailSender({ url: sink.url, from: 'Pintu <pintu@test.pintu.id>' }),
      sms: createHttpSmsSender({ url: sms.url, token: sms.token }),
      notifications: { alertAfterAttempts: 3, retryBaseMs: 1_000, retryMaxMs: 4_000 },
    })
    h = applicationHelpers(t)
    admin = await t.account(['admin'])
    john = await t.account(['applicant'])
    const set = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      headers: john.headers,
      payload: { locale: 'en', channels: 'both' },
    })
    expect(set.statusCode).toBe(200)
  })
  afterAll(async () => {
    await t.close()
    await sink.close()
    await sms.close()
  })

  const alertOf = (channel: string) =>
    queryRows<{ failing: boolean; alerted: boolean; recovered: boolean; last_error: string | null }>(
      t.db,
      sql`select failing_since is not null as failing, alerted_at is not null as alerted,
                 recovered_at is not null as recovered, last_error
          from notification_channel_alerts where channel = ${channel}`,
    )
  /** One round after each retry's backoff has passed. */
  const retryRound = async () => {
    clock.advance(5_000)
    return t.app.notifyApplicants()
  }
  const submit = async () => {
    const draft = await h.readyDraft(john, 'SKP')
    expect((await h.act(john, draft.id, 'submit', { version: draft.version })).statusCode).toBe(200)
  }
  const withoutPersonalData = (raw: string) => {
    expect(raw).not.toContain(john.user.email)
    expect(raw).not.toContain('81234567890')
    expect(raw).not.toContain(john.user.fullName)
  }

  it('alerts the admins when SMS keeps failing, not before, and clears the alert when SMS sends again', async () => {
    sms.failWith(503)
    await submit()
    expect(await t.app.notifyApplicants()).toEqual({ sent: 1, failed: 1 }) // the email goes, the SMS fails
    await sink.next(john.user.email)
    expect(await retryRound()).toEqual({ sent: 0, failed: 1 })
    // Two failures of three: no alert yet.
    expect(await alertOf('sms')).toEqual([])
    expect(sink.received.filter((m) => m.to.includes(admin.user.email))).toEqual([])

    expect(await retryRound()).toEqual({ sent: 0, failed: 1 })
    const alert = await sink.next(admin.user.email)
    expect(alert.raw).toContain('SMS notifications failing')
    expect(alert.raw).toContain('Waiting: 1')
    withoutPersonalData(alert.raw)
    expect(await alertOf('sms')).toEqual([{ failing: true, alerted: true, recovered: false, last_error: 'Error' }])
    // Still failing the same day: not told again.
    expect(await retryRound()).toEqual({ sent: 0, failed: 1 })
    expect(sink.received.filter((m) => m.to.includes(admin.user.email))).toEqual([])

    sms.failWith(null)
    expect(await retryRound()).toEqual({ sent: 1, failed: 0 })
    expect(sms.messages()).toHaveLength(1)
    const recovered = await sink.next(admin.user.email)
    expect(recovered.raw).toContain('SMS notifications recovered')
    withoutPersonalData(recovered.raw)
    expect(await alertOf('sms')).toEqual([{ failing: false, alerted: false, recovered: true, last_error: 'Error' }])
  })

  it('keeps an email alert raised while SMTP is down, and tells the admins once email sends again', async () => {
    const port = sink.port
    await sink.close()
    await submit()
    expect(await t.app.notifyApplicants()).toEqual({ sent: 1, failed: 1 }) // the SMS goes, the email fails
    expect(await retryRound()).toEqual({ sent: 0, failed: 1 })
    expect(await retryRound()).toEqual({ sent: 0, failed: 1 })
    // Raised, but the alert could not go by email: not marked told, so the next failure tries again.
    expect(await alertOf('email')).toEqual([
      { failing: true, alerted: false, recovered: false, last_error: expect.any(String) },
    ])
    const pending = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from notification_deliveries where channel = 'email' and sent_at is null`,
    )
    expect(pending).toEqual([{ n: 1 }])

    sink = await startSmtpSink({ port })
    expect(await retryRound()).toEqual({ sent: 1, failed: 0 })
    await sink.next(john.user.email)
    const recovered = await sink.next(admin.user.email)
    expect(recovered.raw).toContain('Email notifications recovered')
    withoutPersonalData(recovered.raw)
    expect(await alertOf('email')).toEqual([
      { failing: false, alerted: false, recovered: true, last_error: expect.any(String) },
    ])
  })
})
