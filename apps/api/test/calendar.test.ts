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
      '2026-03-18 cuti_bersama',
      '2026-03-19 libur_nasional',
      '2026-03-20 cuti_bersama',
      '2026-03-21 libur_nasional',
      '2026-03-22 libur_nasional',
      '2026-03-23 cuti_bersama',
      '2026-03-24 cuti_bersama',
      '2026-03-28 weekend',
      '2026-03-29 weekend',
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
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?year=2025' })).json().items,
    ).toHaveLength(28)
  })

  it('moves the due date of a file in progress when a holiday is added mid-stage, and back when it is revoked', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    await h.act(applicant, draft.id, 'submit', { version: draft.version })
    const before = (await h.get(applicant, draft.id)).json().stageDueDate
    expect(before).toBe('2026-03-25')
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/holidays',
      headers: admin.headers,
      payload: {
        date: '2026-03-25',
        kind: 'cuti_bersama',
        name: { id: 'Cuti bersama tambahan', en: 'Additional collective leave' },
        legalBasis: 'SKB amandemen (uji)',
      },
    })
    expect(added.statusCode).toBe(201)
    expect((await h.get(applicant, draft.id)).json().stageDueDate).toBe('2026-03-26')
    const due = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?from=2026-03-17&days=7' })).json()
    expect(due.dueDate).toBe('2026-04-06')
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/calendar/holidays/${added.json().id}/revoke`,
      headers: admin.headers,
      payload: { reason: 'Dibatalkan oleh SKB berikutnya (uji).' },
    })
    expect(revoked.statusCode).toBe(200)
    expect((await h.get(applicant, draft.id)).json().stageDueDate).toBe('2026-03-25')
  })

  it('refuses a second holiday on the same date and malformed queries', async () => {
    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/holidays',
      headers: admin.headers,
      payload: {
        date: '2026-03-19',
        kind: 'libur_nasional',
        name: { id: 'Ganda', en: 'Duplicate' },
        legalBasis: 'uji ganda',
      },
    })
    expect(dup.json().error.code).toBe('calendar.already_holiday')
    for (const q of ['from=2026-02-31&days=7', 'from=2026-03-17&days=0', 'from=17-03-2026&days=7', 'days=7']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?${q}` })).statusCode, q).toBe(400)
    }
  })

  it('answers a due date outside the supported calendar with 422 at once, and keeps serving', async () => {
    for (const query of ['from=2099-12-30&days=5', 'from=2099-12-31&days=1']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?${query}` })
      expect(res.statusCode, query).toBe(422)
      expect(res.json().error.code).toBe('calendar.out_of_range')
    }
    for (const query of ['from=9999-12-30&days=1', 'from=0001-01-01&days=365', 'from=2026-01-05&days=100000']) {
      expect((await t.app.inject({ method: 'GET', url: `/api/v1/calendar/due-date?${query}` })).statusCode, query).toBe(
        400,
      )
    }
    expect((await t.app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200)
  })

  it('marks due dates past the last published calendar year as provisional, and warns 90 days before it runs out', async () => {
    const within = (
      await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?from=2026-12-01&days=5' })
    ).json()
    expect(within).toMatchObject({ dueDate: '2026-12-08', provisional: false })
    const past = (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?from=2026-12-28&days=5' })).json()
    expect(past.dueDate.startsWith('2027-')).toBe(true)
    expect(past.provisional).toBe(true)
    // The 2027 holidays fixed by standing decrees are known: New Year's Day is not a working day.
    expect(past.skipped.map((s: { date: string }) => s.date)).toContain('2027-01-01')

    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/status' })).json()).toMatchObject({
      publishedThrough: 2026,
      runsOutOn: '2026-12-31',
      warning: false,
    })
    clock.set(new Date('2026-12-22T10:00:00+07:00'))
    const draft = await h.readyDraft(applicant, 'REKLAME')
    const submitted = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json()
    expect(submitted.receipt).toMatchObject({ expectedCompletionProvisional: true })
    expect(submitted.application.expectedCompletionProvisional).toBe(true)
    const tracked = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/track/${submitted.receipt.registrationNo}?code=${submitted.receipt.trackingCode}`,
      })
    ).json()
    expect(tracked.expectedCompletionProvisional).toBe(true)
    clock.set(new Date('2026-10-05T09:00:00+07:00'))
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/status' })).json().warning).toBe(true)

    const published = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/years',
      headers: admin.headers,
      payload: {
        year: 2027,
        legalBasis: 'SKB Menteri Agama, Menteri Ketenagakerjaan, dan Menteri PANRB tentang libur 2027 (uji)',
      },
    })
    expect(published.statusCode).toBe(201)
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/calendar/years',
          headers: admin.headers,
          payload: { year: 2027, legalBasis: 'SKB yang sama (uji)' },
        })
      ).json().error.code,
    ).toBe('calendar.year_published')
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?from=2026-12-28&days=5' })).json()
        .provisional,
    ).toBe(false)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/status' })).json()).toMatchObject({
      publishedThrough: 2027,
      warning: false,
    })
    clock.set(new Date('2026-03-17T10:00:00+07:00'))
  })
})
