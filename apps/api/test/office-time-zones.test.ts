import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedHolidays } from '../src/modules/calendar/calendar.seed.ts'
import { createCalendarRepository } from '../src/modules/calendar/calendar.repository.ts'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

// Two offices in one deployment, in two time zones: Kota Bandung (32.73, WIB, UTC+7, the default)
// and Kota Makassar (73.71, WITA, UTC+8). Each counts its own days.
const BANDUNG = '32.73'
const MAKASSAR = '73.71'

type Account = Awaited<ReturnType<TestApp['account']>>

describe("each office's clocks in its own time zone, and its own regional holidays", () => {
  // Thursday 26 November 2026, 23:30 WIB: still Thursday in Bandung, already Friday 00:30 in Makassar.
  const LATE_THURSDAY = new Date('2026-11-26T23:30:00+07:00')
  const clock = createTestClock(LATE_THURSDAY)
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let makassar: TestApp['office']
  const office = {} as Record<string, { applicant: Account; admin: Account; applicationId: string }>
  const at = (code: string) => ({ 'x-pintu-office': code })

  beforeAll(async () => {
    t = await createTestApp({ clock, otherOffices: [MAKASSAR] })
    makassar = t.otherOffices[0]!
    h = applicationHelpers(t)
    for (const [code, home] of [
      [BANDUNG, undefined],
      [MAKASSAR, makassar],
    ] as const) {
      // Someone to take each stage, so every file is held in the office with a running stage clock.
      for (const role of ['frontdesk', 'approver', 'signer'] as const) await t.account([role], { office: home })
      const applicant = await t.account(['applicant'], { office: home })
      const admin = await t.account(['admin'], { office: home })
      const draft = await h.readyDraft(applicant, 'SKP')
      expect(draft.service.slaDays).toBe(3)
      const submitted = await h.act(applicant, draft.id, 'submit', { version: draft.version })
      expect(submitted.statusCode).toBe(200)
      office[code] = { applicant, admin, applicationId: draft.id }
    }
  }, 120_000)
  afterAll(() => t?.close())

  const fileOf = async (code: string) => {
    const res = await h.get(office[code]!.applicant, office[code]!.applicationId)
    expect(res.statusCode).toBe(200)
    return res.json() as { expectedCompletionDate: string; stageDueDate: string; submittedAt: string }
  }

  it('tells each SPA its office time zone', async () => {
    const zoneOf = async (code: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/site', headers: at(code) })).json().office.timezone
    expect(await zoneOf(BANDUNG)).toBe('Asia/Jakarta')
    expect(await zoneOf(MAKASSAR)).toBe('Asia/Makassar')
  })

  it('gives the same submission instant near midnight the due dates of each office day', async () => {
    const bandung = await fileOf(BANDUNG)
    const makassarFile = await fileOf(MAKASSAR)
    // Received on Thursday in Bandung: 3 working days are Friday, Monday, Tuesday; its first stage (1 day)
    // is due Friday.
    expect(bandung).toMatchObject({ expectedCompletionDate: '2026-12-01', stageDueDate: '2026-11-27' })
    // Received on Friday in Makassar: Monday, Tuesday, Wednesday; its first stage is due Monday.
    expect(makassarFile).toMatchObject({ expectedCompletionDate: '2026-12-02', stageDueDate: '2026-11-30' })
    expect(new Date(bandung.submittedAt).getTime()).toBe(LATE_THURSDAY.getTime())
    expect(new Date(makassarFile.submittedAt).getTime()).toBe(LATE_THURSDAY.getTime())
  })

  it('counts each received file on the day of its own office in the statistics', async () => {
    const received = await queryRows<{ code: string; received_on: string }>(
      t.db,
      sql`select o.code, f.received_on from stats_files f join offices o on o.id = f.office_id order by o.code`,
    )
    expect(received).toEqual([
      { code: BANDUNG, received_on: '2026-11-26' },
      { code: MAKASSAR, received_on: '2026-11-27' },
    ])
    const registrations = async (code: string, from: string, to: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/stats/daily?from=${from}&to=${to}`,
        headers: at(code),
      })
      expect(res.statusCode).toBe(200)
      return (res.json().days as { date: string; registrations: number }[]).map((d) => [d.date, d.registrations])
    }
    expect(await registrations(BANDUNG, '2026-11-25', '2026-11-26')).toEqual([
      ['2026-11-25', 0],
      ['2026-11-26', 1],
    ])
    expect(await registrations(MAKASSAR, '2026-11-26', '2026-11-27')).toEqual([
      ['2026-11-26', 0],
      ['2026-11-27', 1],
    ])
  })

  it('takes "today" from the office day: Friday is not in the future in Makassar, but is in Bandung', async () => {
    const backlogOn = (code: string, day: string) =>
      t.app.inject({ method: 'GET', url: `/api/v1/stats/backlog?asOf=${day}`, headers: at(code) })
    const inMakassar = await backlogOn(MAKASSAR, '2026-11-27')
    expect(inMakassar.statusCode).toBe(200)
    expect(inMakassar.json().files).toBe(1)
    const inBandung = await backlogOn(BANDUNG, '2026-11-27')
    expect(inBandung.statusCode).toBe(422)
    expect(inBandung.json().error.code).toBe('stats.future_date')
  })

  it("starts a complaint's clock on the office day it was filed", async () => {
    const fileAt = async (code: string) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/complaints',
        headers: at(code),
        payload: { category: 'ordinary', subject: 'system', description: 'Situs lambat sekali malam ini.' },
      })
      expect(res.statusCode, res.body).toBe(201)
      return res.json().firstResponseDueDate as string
    }
    // Three working days from Thursday in Bandung, from Friday in Makassar.
    expect(await fileAt(BANDUNG)).toBe('2026-12-01')
    expect(await fileAt(MAKASSAR)).toBe('2026-12-02')
  })

  it("a regional holiday of Makassar moves Makassar's due dates and not Bandung's", async () => {
    const added = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/holidays',
      headers: office[MAKASSAR]!.admin.headers,
      payload: {
        date: '2026-11-30',
        kind: 'libur_daerah',
        name: { id: 'Libur daerah Kota Makassar', en: 'Makassar regional holiday' },
        legalBasis: 'Keputusan Wali Kota Makassar (uji)',
      },
    })
    expect(added.statusCode).toBe(201)
    expect(added.json()).toMatchObject({ date: '2026-11-30', kind: 'libur_daerah' })

    // Makassar's running stage was due Monday 30: that is now a day off, so it is due Tuesday.
    expect((await fileOf(MAKASSAR)).stageDueDate).toBe('2026-12-01')
    expect((await fileOf(BANDUNG)).stageDueDate).toBe('2026-11-27')

    const dueFrom = async (code: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/calendar/due-date?from=2026-11-27&days=1',
          headers: at(code),
        })
      ).json() as { dueDate: string; skipped: { date: string; reason: string }[] }
    expect(await dueFrom(MAKASSAR)).toMatchObject({
      dueDate: '2026-12-01',
      skipped: [
        { date: '2026-11-28', reason: 'weekend' },
        { date: '2026-11-29', reason: 'weekend' },
        { date: '2026-11-30', reason: 'libur_daerah' },
      ],
    })
    expect((await dueFrom(BANDUNG)).dueDate).toBe('2026-11-30')

    // The public calendar shows it in Makassar's list only.
    const regionalIn = async (code: string) =>
      (
        (await t.app.inject({ method: 'GET', url: '/api/v1/calendar/holidays?year=2026', headers: at(code) })).json()
          .items as { date: string; kind: string }[]
      ).filter((i) => i.kind === 'libur_daerah')
    expect(await regionalIn(MAKASSAR)).toMatchObject([{ date: '2026-11-30', kind: 'libur_daerah' }])
    expect(await regionalIn(BANDUNG)).toEqual([])
  })

  it('counts the regional holiday in a new submission of Makassar only', async () => {
    // Friday 27 November, 10:00 WITA (09:00 WIB): Friday in both offices.
    clock.set(new Date('2026-11-27T10:00:00+08:00'))
    const expected = async (code: string) => {
      const draft = await h.readyDraft(office[code]!.applicant, 'SKP')
      const res = await h.act(office[code]!.applicant, draft.id, 'submit', { version: draft.version })
      expect(res.statusCode).toBe(200)
      return res.json().receipt.expectedCompletionDate as string
    }
    expect(await expected(BANDUNG)).toBe('2026-12-02')
    expect(await expected(MAKASSAR)).toBe('2026-12-03')
  })

  it('refuses a regional holiday from anyone but an admin of the office, and a second entry on a date', async () => {
    const payload = {
      date: '2026-12-10',
      kind: 'libur_daerah',
      name: { id: 'Libur daerah', en: 'Regional holiday' },
      legalBasis: 'Keputusan Gubernur (uji)',
    }
    const byApplicant = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/holidays',
      headers: office[MAKASSAR]!.applicant.headers,
      payload,
    })
    expect(byApplicant.statusCode).toBe(403)
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/holidays',
      headers: office[MAKASSAR]!.admin.headers,
      payload: { ...payload, date: '2026-11-30' },
    })
    expect(again.statusCode).toBe(409)
    expect(again.json().error.code).toBe('calendar.already_holiday')
    const unknownKind = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/holidays',
      headers: office[MAKASSAR]!.admin.headers,
      payload: { ...payload, kind: 'libur_kantor' },
    })
    expect(unknownKind.statusCode).toBe(400)
    const inForce = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from holidays where date = '2026-12-10'`,
    )
    expect(inForce).toEqual([{ n: 0 }])
  })

  it("does not let a regional holiday stop a year's national calendar from being seeded", async () => {
    const nationalOf = async () =>
      queryRows<{ n: number }>(
        t.db,
        sql`select count(*)::int as n from holidays
            where office_id = ${makassar.id} and date like '2026-%' and kind <> 'libur_daerah'`,
      )
    expect(await nationalOf()).toEqual([{ n: 25 }])
    // As if Makassar's admin had entered the regional holiday before the 2026 SKB reached Pintu.
    await t.db.execute(
      sql`delete from holidays where office_id = ${makassar.id} and date like '2026-%' and kind <> 'libur_daerah'`,
    )
    await seedHolidays(t.db, createCalendarRepository(), makassar, clock.now())
    expect(await nationalOf()).toEqual([{ n: 25 }])
  })
})
