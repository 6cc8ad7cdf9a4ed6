import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

// Two offices of two provinces in one deployment: Kota Bandung (32.73, Jawa Barat, the default) and
// Kota Makassar (73.71, Sulawesi Selatan). The roll-ups add up exactly what each office publishes.
const BANDUNG = '32.73'
const MAKASSAR = '73.71'
const at = (code: string) => ({ 'x-pintu-office': code })

describe('statistics of every office served, per province and in all', () => {
  // Wednesday 2 December 2026 at noon WIB: the same day in both offices.
  const clock = createTestClock(new Date('2026-12-02T12:00:00+07:00'))
  let t: TestApp
  const get = async (url: string, code?: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: code ? at(code) : {} })
    expect(res.statusCode, res.body).toBe(200)
    return res.json()
  }

  beforeAll(async () => {
    t = await createTestApp({ clock, otherOffices: [MAKASSAR] })
    const h = applicationHelpers(t)
    const makassar = t.otherOffices[0]!
    for (const [home, files] of [
      [undefined, 2],
      [makassar, 1],
    ] as const) {
      for (const role of ['frontdesk', 'approver', 'signer'] as const) await t.account([role], { office: home })
      for (let i = 0; i < files; i++) {
        const applicant = await t.account(['applicant'], { office: home })
        const draft = await h.readyDraft(applicant, 'SKP')
        expect((await h.act(applicant, draft.id, 'submit', { version: draft.version })).statusCode).toBe(200)
      }
    }
  }, 120_000)
  afterAll(() => t?.close())

  it("adds up each office's backlog, the same whichever office answers", async () => {
    const rollup = await get('/api/v1/stats/rollup/backlog')
    expect(await get('/api/v1/stats/rollup/backlog', MAKASSAR)).toEqual(rollup)
    expect(rollup.asOf).toBe('2026-12-02')
    const own = async (code: string) => {
      const { asOf: _asOf, rows: _rows, ...totals } = await get(`/api/v1/stats/backlog?asOf=${rollup.asOf}`, code)
      return totals
    }
    const [bandung, makassar] = [await own(BANDUNG), await own(MAKASSAR)]
    expect(bandung.files).toBe(2)
    expect(makassar.files).toBe(1)
    expect(rollup.offices).toEqual([
      { officeCode: BANDUNG, provinceCode: '32', backlog: bandung },
      { officeCode: MAKASSAR, provinceCode: '73', backlog: makassar },
    ])
    expect(rollup.provinces).toEqual([
      { provinceCode: '32', officeCodes: [BANDUNG], backlog: bandung },
      { provinceCode: '73', officeCodes: [MAKASSAR], backlog: makassar },
    ])
    expect(rollup.total.files).toBe(3)
    expect(rollup.total.overdue).toBe(bandung.overdue + makassar.overdue)
    for (const [bucket, n] of Object.entries(rollup.total.age))
      expect(n).toBe(bandung.age[bucket] + makassar.age[bucket])
    expect(rollup.total.byService).toEqual([{ key: 'SKP', files: 3, overdue: bandung.overdue + makassar.overdue }])
  })

  it("adds up each office's days", async () => {
    const rollup = await get('/api/v1/stats/rollup/daily?from=2026-11-30')
    expect(rollup).toMatchObject({ from: '2026-11-30', to: '2026-12-02' })
    const own = async (code: string) => (await get('/api/v1/stats/daily?from=2026-11-30&to=2026-12-02', code)).days
    const [bandung, makassar] = [await own(BANDUNG), await own(MAKASSAR)]
    expect(rollup.provinces).toEqual([
      { provinceCode: '32', officeCodes: [BANDUNG], days: bandung },
      { provinceCode: '73', officeCodes: [MAKASSAR], days: makassar },
    ])
    expect(rollup.days.map((d: { registrations: number }) => d.registrations)).toEqual([0, 0, 3])
    expect(rollup.days[2].date).toBe('2026-12-02')
  })

  it("merges every office's status histograms and probes", async () => {
    // The catalogue journey: three requests at Bandung, two at Makassar, and one probe each.
    for (const code of [BANDUNG, BANDUNG, BANDUNG, MAKASSAR, MAKASSAR]) await get('/api/v1/services', code)
    for (const code of [BANDUNG, MAKASSAR]) {
      const office = t.app.offices.get(code)!
      expect(await office.probeStatus()).toBe(true)
      await office.flushStatus()
    }
    const catalogueRequests = (status: {
      windows: { window: string; journeys: { journey: string; requests: number }[] }[]
    }) => status.windows[0]!.journeys.find((j) => j.journey === 'catalogue')!.requests
    const [bandung, makassar] = [await get('/api/v1/status', BANDUNG), await get('/api/v1/status', MAKASSAR)]
    expect([catalogueRequests(bandung), catalogueRequests(makassar)]).toEqual([3, 2])
    const rollup = await get('/api/v1/status/rollup', MAKASSAR)
    expect(await get('/api/v1/status/rollup')).toMatchObject({ windows: rollup.windows })
    expect(catalogueRequests(rollup)).toBe(5)
    expect(rollup.windows[0]).toMatchObject({ window: 'hour', probes: 2, availability: 1 })
  })

  it('refuses a day in the future of any office, as each office does', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/stats/rollup/backlog?asOf=2026-12-03' })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('stats.future_date')
    const daily = await t.app.inject({ method: 'GET', url: '/api/v1/stats/rollup/daily?to=2026-12-03' })
    expect(daily.statusCode).toBe(422)
    expect(daily.json().error.code).toBe('stats.bad_period')
  })
})
