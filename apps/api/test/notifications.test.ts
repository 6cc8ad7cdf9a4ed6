import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSmtpMailSender } from '../src/modules/messaging/mail-sender.ts'
import { startSmsGatewaySimulator, type SmsGatewaySimulator } from '../src/modules/messaging/sms-gateway-simulator.ts'
import { createHttpSmsSender } from '../src/modules/messaging/sms-sender.ts'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { startSmtpSink, type ReceivedMail } from './support/smtp-sink.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>
type Sink = Awaited<ReturnType<typeof startSmtpSink>>

const subjectOf = (mail: ReceivedMail) => {
  const line = /^Subject: (.*)$/m.exec(mail.raw)?.[1] ?? ''
  // nodemailer encodes a non-ASCII subject (=?UTF-8?Q?…?=); ours are ASCII.
  return line.trim()
}

/** The same messages, in any order, each exactly once. */
function sameSet(actual: string[], expected: unknown[]) {
  expect(actual).toHaveLength(expected.length)
  expect(actual).toEqual(expect.arrayContaining(expected))
}

describe('applicant notifications from the outbox, by real SMTP and the SMS gateway simulator', () => {
  const clock = createTestClock(new Date('2026-03-17T10:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let sink: Sink
  let sms: SmsGatewaySimulator
  let siti: Account // defaults: Bahasa Indonesia, email only
  let john: Account // English, email and SMS

  beforeAll(async () => {
    sink = await startSmtpSink()
    sms = await startSmsGatewaySimulator({})
    t = await createTestApp({
      clock,
      mail: createSmtpMailSender({ url: sink.url, from: 'Pintu <pintu@test.pintu.id>' }),
      sms: createHttpSmsSender({ url: sms.url, token: sms.token }),
    })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    siti = await t.account(['applicant'])
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

  type Extra = Record<string, unknown> | ((app: { formData: Record<string, unknown> }) => Record<string, unknown>)
  async function walk(who: Account, service: string, steps: (readonly [string, Extra])[]) {
    const draft = await h.readyDraft(who, service)
    let app = (await h.act(who, draft.id, 'submit', { version: draft.version })).json().application
    for (const [action, extra] of steps) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      const more = typeof extra === 'function' ? extra(app) : extra
      const res = await h.act(officer, draft.id, action, { version: app.version, ...more })
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
      app = res.json().application
    }
    return app as { id: string; registrationNo: string; status: string }
  }
  const returnReasons = (app: { formData: Record<string, unknown> }) => ({
    returnReasons: {
      codes: ['data_mismatch'],
      requirements: [],
      fields: Object.keys(app.formData).slice(0, 1),
      note: 'Foto KTP buram.',
    },
  })

  it("keeps each applicant's preferences: Bahasa Indonesia and email by default, bad input refused and nothing changed", async () => {
    const url = '/api/v1/me/notification-preferences'
    const read = (who: Account) => t.app.inject({ method: 'GET', url, headers: who.headers })
    expect((await read(siti)).json()).toEqual({ locale: 'id', channels: 'email' })
    expect((await read(john)).json()).toEqual({ locale: 'en', channels: 'both' })
    for (const payload of [{ locale: 'fr', channels: 'email' }, { locale: 'en' }, { locale: 'en', channels: 'fax' }]) {
      const res = await t.app.inject({ method: 'PUT', url, headers: siti.headers, payload })
      expect(res.statusCode, JSON.stringify(payload)).toBe(400)
    }
    expect((await read(siti)).json()).toEqual({ locale: 'id', channels: 'email' })
    const recorded = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where action = 'identity.notification_preferences_set' and entity_id = ${john.user.id}`,
    )
    expect(recorded[0]!.n).toBe(1)
  })

  it('tells each applicant of every step that matters, in their language, by the channels they chose', async () => {
    const issued = await walk(john, 'SKP', [
      ['accept', {}],
      ['approve', {}],
      ['sign', {}],
    ])
    const billed = await walk(john, 'ITPMB', [
      ['accept', {}],
      ['complete_review', { report: 'Lokasi memenuhi ketentuan jarak.' }],
      ['approve', {}],
    ])
    const returned = await walk(siti, 'SKP', [['return', returnReasons]])
    const rejected = await walk(siti, 'SKP', [
      ['accept', {}],
      ['reject', { legalReason: 'Lokasi berada di zona lindung menurut RTRW kota.' }],
    ])
    expect([issued.status, billed.status, returned.status, rejected.status]).toEqual([
      'issued',
      'awaiting_payment',
      'returned',
      'rejected',
    ])

    const report = await t.app.notifyApplicants()
    expect(report.failed).toBe(0)

    const mailTo = (who: Account) => sink.received.filter((m) => m.to.includes(who.user.email))
    const johnMail = mailTo(john)
    sameSet(johnMail.map(subjectOf), [
      `Application ${issued.registrationNo} received`,
      `Application ${issued.registrationNo} approved`,
      expect.stringMatching(/^Permit .+ issued$/),
      `Application ${billed.registrationNo} received`,
      `Application ${billed.registrationNo} approved`,
      expect.stringMatching(new RegExp(`^Levy invoice .+ for ${billed.registrationNo}$`)),
    ])
    const permitMail = johnMail.find((m) => /^Permit/.test(subjectOf(m)))!
    expect(permitMail.text).toMatch(/https:\/\/pintu\.test\/verifikasi\?nomor=.+&kode=/)
    const invoiceMail = johnMail.find((m) => /^Levy invoice/.test(subjectOf(m)))!
    const invoice = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${billed.id}/invoice`, headers: john.headers })
    ).json()
    expect(invoiceMail.text).toContain(`Virtual account: ${invoice.virtualAccount}`)
    expect(invoiceMail.text).toContain(`Due date: ${invoice.dueDate}`)
    const receivedMail = johnMail.find((m) => subjectOf(m) === `Application ${issued.registrationNo} received`)!
    expect(receivedMail.text).toContain('https://pintu.test/lacak')
    expect(receivedMail.text).toMatch(/Expected completion: \d{4}-\d{2}-\d{2}/)

    const sitiMail = mailTo(siti)
    sameSet(sitiMail.map(subjectOf), [
      `Permohonan ${returned.registrationNo} diterima`,
      `Permohonan ${returned.registrationNo} dikembalikan untuk diperbaiki`,
      `Permohonan ${rejected.registrationNo} diterima`,
      `Permohonan ${rejected.registrationNo} ditolak`,
    ])
    const returnMail = sitiMail.find((m) => /dikembalikan/.test(subjectOf(m)))!
    expect(returnMail.text).toContain('Foto KTP buram.')
    expect(returnMail.text).toMatch(/Batas perbaikan: \d{4}-\d{2}-\d{2}/)
    // The messages carry numbers and links, never the applicant's name.
    for (const mail of [...johnMail, ...sitiMail]) {
      expect(mail.text).not.toContain(john.user.fullName)
      expect(mail.text).not.toContain(siti.user.fullName)
    }

    // SMS only to the applicant who chose it, in English.
    const texts = sms.messages().map((m) => m.text)
    expect(texts).toHaveLength(6)
    expect(texts.every((text) => text.startsWith('Pintu: '))).toBe(true)
    expect(texts).toContain(`Pintu: application ${issued.registrationNo} approved. Details: https://pintu.test/lacak`)
    expect(texts.some((text) => text.includes(invoice.virtualAccount))).toBe(true)

    // Read again, nothing is sent twice.
    const before = sink.received.length
    expect(await t.app.notifyApplicants()).toEqual({ sent: 0, failed: 0 })
    expect(sink.received.length).toBe(before)
  })

  it('keeps every message while SMTP is down and sends each once after it returns', async () => {
    await t.app.notifyApplicants()
    sink.received.splice(0)
    const port = sink.port
    await sink.close()
    const during = [
      await walk(siti, 'SKP', [['return', returnReasons]]),
      await walk(siti, 'SKP', [
        ['accept', {}],
        ['approve', {}],
        ['sign', {}],
      ]),
    ]
    const down = await t.app.notifyApplicants()
    expect(down.sent).toBe(0)
    expect(down.failed).toBe(5)
    // Retrying before the backoff is over sends nothing (and does not hammer the server).
    expect(await t.app.notifyApplicants()).toEqual({ sent: 0, failed: 0 })
    clock.advance(31_000)
    expect((await t.app.notifyApplicants()).failed).toBe(5)

    sink = await startSmtpSink({ port })
    clock.advance(61_000)
    const back = await t.app.notifyApplicants()
    expect(back).toEqual({ sent: 5, failed: 0 })
    sameSet(sink.received.map(subjectOf), [
      `Permohonan ${during[0]!.registrationNo} diterima`,
      `Permohonan ${during[0]!.registrationNo} dikembalikan untuk diperbaiki`,
      `Permohonan ${during[1]!.registrationNo} diterima`,
      `Permohonan ${during[1]!.registrationNo} disetujui`,
      expect.stringMatching(/^Izin .+ telah terbit$/),
    ])
    clock.advance(3_600_000)
    expect(await t.app.notifyApplicants()).toEqual({ sent: 0, failed: 0 })
    const rows = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from notification_deliveries where sent_at is null or last_error is not null`,
    )
    expect(rows[0]!.n).toBe(0)
  })
})
