import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

describe('working-day calendar', () => {
  // Tuesday 17 March 2026, 10:00 WIB: the week of Nyepi and Idulfitri.
  const clock = createTestClock(new Date('2026-03-17T10:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let admin: Awaited<ReturnType<TestApp['account']>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    await officerCrew(t)
    admin = await t.account(['admin'])
    applicant = await t.account(['applicant'])
  })
  afterAll(() => t.close())

  it('puts a 7-working-day service started on Tuesday 17 March 2026 due at the close of Thursday 2 April 2026', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?from=2026-03-17&days=7' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.dueDate).toBe('2026-04-02')
    expect(body.skipped.map((s: { date: string; reason: string }) => `${s.date} ${s.reason}`)).toEqual([
      '2026-03-18 cuti_bersama', '2026-03-19 libur_nasional', '2026-03-20 cuti_bersama', '2026-03-21 libur_nasional', '2026-03-22 libur_nasional',
      '2026-03-23 cuti_bersama', '2026-03-24 cuti_bersama', '2026-03-28 weekend', '2026-03-29 weekend',
    ])
    expect(body.skipped[1].name.id).toMatch(/Nyepi/)
  })

  it('gives a real application submitted that day the same expected completion date', async () => {
    const draft = await h.readyDraft(applicant, 'REKLAME')
    expect(draft.service.slaDays).toBe(7)
    const { receipt } = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json()
    expect(receipt.expectedCompletionDate).toBe('2026-04-02')
  })

  it('lists the 2026 holidays in force: 17 national holidays and 8 cuti bersama', async () => {
    const items = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?year=2026' })).json().items
    expect(items.filter((i: { kind: string }) => i.kind === 'libur_nasional')).toHaveLength(17)
    expect(items.filter((i: { kind: string }) => i.kind === 'cuti_bersama')).toHaveLength(8)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?year=2025' })).json().items).toHaveLength(28)
  })

  it('moves the due date of a file in progress when a holiday is added mid-stage, and back when it is revoked', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    await h.act(applicant, draft.id, 'submit', { version: draft.version })
    const before = (await h.get(applicant, draft.id)).json().stageDueDate
    expect(before).toBe('2026-03-25')
    const added = await t.app.inject({
      method: 'POST', url: '/api/v1/calendar/holidays', headers: admin.headers,
      payload: { date: '2026-03-25', kind: 'cuti_bersama', name: { id: 'Cuti bersama tambahan', en: 'Additional collective leave' }, legalBasis: 'SKB amandemen (uji)' },
    })
    expect(added.statusCode).toBe(201)
    expect((await h.get(applicant, draft.id)).json().stageDueDate).toBe('2026-03-26')
    const due = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?from=2026-03-17&days=7' })).json()
    expect(due.dueDate).toBe('2026-04-06')
    const revoked = await t.app.inject({ method: 'POST', url: `/api/v1/calendar/holidays/${added.json().id}/revoke`, headers: admin.headers, payload: { reason: 'Dibatalkan oleh SKB berikutnya (uji).' } })
    expect(revoked.statusCode).toBe(200)
    expect((await h.get(applicant, draft.id)).json().stageDueDate).toBe('2026-03-25')
  })

  it('refuses a second holiday on the same date and malformed queries', async () => {
    const dup = await t.app.inject({
      method: 'POST', url: '/api/v1/calendar/holidays', headers: admin.headers,
      payload: { date: '2026-03-19', kind: 'libur_nasional', name: { id: 'Ganda', en: 'Duplicate' }, legalBasis: 'uji ganda' },
    })
    expect(dup.json().error.code).toBe('calendar.already_holiday')
    for (const q of ['from=2026-02-31&days=7', 'from=2026-03-17&days=0', 'from=17-03-2026&days=7', 'days=7']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?${q}` })).statusCode, q).toBe(400)
    }
  })
})
