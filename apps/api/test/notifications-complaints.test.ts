import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSmtpMailSender } from '../src/modules/messaging/mail-sender.ts'
import { startSmtpSink } from './support/smtp-sink.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

describe('a complainant with an account hears when their complaint is answered', () => {
  let t: TestApp
  let sink: Awaited<ReturnType<typeof startSmtpSink>>
  let supervisor: Account
  let complainant: Account

  beforeAll(async () => {
    sink = await startSmtpSink()
    t = await createTestApp({
      clock: createTestClock(new Date('2026-12-21T10:00:00+07:00')),
      mail: createSmtpMailSender({ url: sink.url, from: 'Pintu <pintu@test.pintu.id>' }),
    })
    supervisor = await t.account(['supervisor'])
    complainant = await t.account(['applicant'])
    const english = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/notification-preferences',
      headers: complainant.headers,
      payload: { locale: 'en', channels: 'email' },
    })
    expect(english.statusCode).toBe(200)
  })
  afterAll(async () => {
    await t.close()
    await sink.close()
  })

  const file = async (who?: Account) => {
    const res = await t.app.inject({
      method: 'POST',
      url: who ? '/api/v1/me/complaints' : '/api/v1/complaints',
      headers: who?.headers ?? {},
      payload: { category: 'ordinary', subject: 'system', description: 'Situs lambat sekali sejak pagi ini.' },
    })
    expect(res.statusCode, res.body).toBe(201)
    const { number } = res.json() as { number: string }
    const [row] = await queryRows<{ id: string }>(t.db, sql`select id from complaints where number = ${number}`)
    return { number, id: row!.id }
  }
  const step = async (id: string, body: Record<string, unknown>) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/work/complaints/${id}/steps`,
      headers: supervisor.headers,
      payload: body,
    })
    expect(res.statusCode, res.body).toBe(200)
  }

  it('sends the answer, the request for information and the closing, in their language, without the text', async () => {
    const mine = await file(complainant)
    await step(mine.id, { step: 'respond', message: 'Sedang kami periksa bersama penyedia jaringan.' })
    await step(mine.id, { step: 'request_info', message: 'Pukul berapa situs terasa lambat?' })
    expect(await t.app.notifyApplicants()).toEqual({ sent: 2, failed: 0 })
    const first = await sink.next(complainant.user.email)
    const second = await sink.next(complainant.user.email)
    expect(first.raw).toContain(`Subject: Complaint ${mine.number} was answered`)
    expect(second.raw).toContain(`Subject: Complaint ${mine.number} needs more information from you`)
    expect(first.text).toContain('https://pintu.test/pengaduan/ikuti')
    // The message says that there is an answer, never the answer (read with the follow-up code).
    for (const mail of [first, second]) expect(mail.raw).not.toMatch(/penyedia jaringan|Pukul berapa/)
  })

  it('tells an anonymous complainant nothing by email: they follow with their code', async () => {
    const before = sink.received.length
    const anonymous = await file()
    await step(anonymous.id, { step: 'respond', message: 'Terima kasih, kami periksa.' })
    expect(await t.app.notifyApplicants()).toEqual({ sent: 0, failed: 0 })
    expect(sink.received.length).toBe(before)
    const planned = await queryRows(
      t.db,
      sql`select 1 from notification_deliveries where complaint_id = ${anonymous.id}`,
    )
    expect(planned).toHaveLength(0)
  })
})
