import { slaCsvColumns } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from './support/csv.ts'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

// Two offices of two provinces in one deployment: Kota Bandung (32.73, Jawa Barat, the default) and
// Kota Makassar (73.71, Sulawesi Selatan). The roll-ups add up exactly what each office publishes.
const BANDUNG = '32.73'
const MAKASSAR = '73.71'
const at = (code: string) => ({ 'x-pintu-office': code })

type Account = Awaited<ReturnType<TestApp['account']>>

/**
 * Working days from a Monday to `days` later, November 2026 (no national holiday in it): Monday
 * to Friday only, counted from the day after, as the statistics count from registration to outcome.
 */
const MONDAY = '2026-11-16'
function workingDayAfter(days: number): string {
  const date = new Date(`${MONDAY}T00:00:00Z`)
  for (let counted = 0; counted < days;) {
    date.setUTCDate(date.getUTCDate() + 1)
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) counted += 1
  }
  return date.toISOString().slice(0, 10)
}

/** Nearest rank, as SLA figures are defined: the smallest value with at least p of the values at or below it. */
function nearestRank(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!
}

/**
 * Files of SKP submitted at 09:00 on MONDAY (the same date in WIB and WITA) and rejected the given
 * number of working days later, each at 09:00 of that day; the clock is left after the last.
 */
async function finishedFiles(
  t: TestApp,
  clock: ReturnType<typeof createTestClock>,
  plan: { crew: Record<string, Account>; applicant: Account; days: number[]; reassigned?: number }[],
) {
  const h = applicationHelpers(t)
  const nineOn = (date: string) => new Date(`${date}T09:00:00+07:00`)
  clock.set(nineOn(MONDAY))
  const pending: { crew: Record<string, Account>; id: string; finishOn: string }[] = []
  for (const { crew, applicant, days, reassigned = 0 } of plan)
    for (const [i, n] of days.entries()) {
      const draft = await h.readyDraft(applicant, 'SKP')
      expect((await h.act(applicant, draft.id, 'submit', { version: draft.version })).statusCode).toBe(200)
      pending.push({ crew, id: draft.id, finishOn: workingDayAfter(n) })
      // A hand-over by the supervisor: counted as a reassignment, ending no stage visit.
      if (i < reassigned) {
        const res = await t.app.inject({
          method: 'POST',
          url: `/api/v1/applications/${draft.id}/reassign`,
          headers: crew.supervisor!.headers,
          payload: { reason: 'Petugas sedang dinas luar kota.' },
        })
        expect(res.statusCode, res.body).toBe(200)
      }
    }
  const byHolder = async (crew: Record<string, Account>, id: string, action: string, extra = {}) => {
    const holderId = await h.assigneeId(id)
    const holder = Object.values(crew).find((a) => a.user.id === holderId)
    if (!holder) throw new Error(`no crew officer holds ${id}`)
    const version = (await h.get(holder, id)).json().version
    const res = await h.act(holder, id, action, { version, ...extra })
    expect(res.statusCode, res.body).toBe(200)
  }
  for (const day of [...new Set(pending.map((p) => p.finishOn))].sort()) {
    clock.set(nineOn(day))
    for (const p of pending.filter((f) => f.finishOn === day)) {
      await byHolder(p.crew, p.id, 'accept')
      await byHolder(p.crew, p.id, 'reject', { legalReason: 'Persyaratan teknis tidak terpenuhi.' })
    }
  }
}

describe('statistics of every office served, per province and in all', () => {
  // Wednesday 2 December 2026 at noon WIB: the same day in both offices.
  const clock = createTestClock(new Date('2026-12-02T12:00:00+07:00'))
  let t: TestApp
  // Working days from registration to outcome of the files each office finished in November.
  const slaDays = { [BANDUNG]: [1, 1, 2, 3, 5, 9], [MAKASSAR]: [2, 4, 7, 8, 10] }
  const get = async (url: string, code?: string) => {
    const res = await t.app.inject({ method: 'GET', url, headers: code ? at(code) : {} })
    expect(res.statusCode, res.body).toBe(200)
    return res.json()
  }

  beforeAll(async () => {
    t = await createTestApp({ clock, otherOffices: [MAKASSAR] })
    const h = applicationHelpers(t)
    const makassar = t.otherOffices[0]!
    const crews: Record<string, Account>[] = []
    for (const home of [undefined, makassar]) {
      const crew: Record<string, Account> = {}
      for (const role of ['frontdesk', 'approver', 'signer', 'supervisor'] as const)
        crew[role] = await t.account([role], { office: home })
      crew.frontdesk2 = await t.account(['frontdesk'], { office: home })
      crews.push(crew)
    }
    await finishedFiles(t, clock, [
      { crew: crews[0]!, applicant: await t.account(['applicant']), days: slaDays[BANDUNG]!, reassigned: 1 },
      {
        crew: crews[1]!,
        applicant: await t.account(['applicant'], { office: makassar }),
        days: slaDays[MAKASSAR]!,
        reassigned: 2,
      },
    ])
    clock.set(new Date('2026-12-02T12:00:00+07:00'))
    for (const [home, files] of [
      [undefined, 2],
      [makassar, 1],
    ] as const) {
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

  const NOVEMBER = 'from=2026-11-16&to=2026-12-02'
  /** An office's own SLA figures without their period: what the roll-up lists for it. */
  const ownSla = async (code: string) => {
    const { from, to, ...figures } = await get(`/api/v1/stats/sla?${NOVEMBER}`, code)
    expect([from, to]).toEqual(['2026-11-16', '2026-12-02'])
    return figures
  }

  it("merges each office's SLA histograms: counts add up, the median and p90 are those of every file", async () => {
    const rollup = await get(`/api/v1/stats/rollup/sla?${NOVEMBER}`)
    expect(await get(`/api/v1/stats/rollup/sla?${NOVEMBER}`, MAKASSAR)).toEqual(rollup)
    expect(rollup).toMatchObject({ from: '2026-11-16', to: '2026-12-02' })
    const [bandung, makassar] = [await ownSla(BANDUNG), await ownSla(MAKASSAR)]
    // Each office's own figures are what its files took.
    for (const [office, code] of [
      [bandung, BANDUNG],
      [makassar, MAKASSAR],
    ] as const)
      expect(office.services).toMatchObject([
        {
          serviceCode: 'SKP',
          finished: slaDays[code]!.length,
          medianDays: nearestRank(slaDays[code]!, 0.5),
          p90Days: nearestRank(slaDays[code]!, 0.9),
        },
      ])
    expect(rollup.offices).toEqual([
      { officeCode: BANDUNG, provinceCode: '32', sla: bandung },
      { officeCode: MAKASSAR, provinceCode: '73', sla: makassar },
    ])
    expect(rollup.provinces).toEqual([
      { provinceCode: '32', officeCodes: [BANDUNG], sla: bandung },
      { provinceCode: '73', officeCodes: [MAKASSAR], sla: makassar },
    ])

    const every = [...slaDays[BANDUNG]!, ...slaDays[MAKASSAR]!]
    const withinSla = bandung.services[0].withinSla + makassar.services[0].withinSla
    expect(rollup.total.services).toEqual([
      {
        serviceCode: 'SKP',
        finished: every.length,
        withinSla,
        share: withinSla / every.length,
        medianDays: nearestRank(every, 0.5),
        p90Days: nearestRank(every, 0.9),
      },
    ])
    // The files were chosen so that neither an average of the offices' figures nor the larger one is right.
    expect(rollup.total.services[0].medianDays).not.toBe(
      (bandung.services[0].medianDays + makassar.services[0].medianDays) / 2,
    )
    expect(rollup.total.services[0].p90Days).not.toBe(
      Math.max(bandung.services[0].p90Days, makassar.services[0].p90Days),
    )

    // Stages: every file waited its working days at the first stage and none at the decision.
    type StageFigures = {
      stage: string
      finished: number
      withinSla: number
      share: number
      medianDays: number
      p90Days: number
    }
    const stageKeys = [...new Set([...bandung.stages, ...makassar.stages].map((s: StageFigures) => s.stage))].sort()
    expect(rollup.total.stages.map((s: StageFigures) => s.stage)).toEqual(stageKeys)
    for (const stage of rollup.total.stages as StageFigures[]) {
      const parts = [bandung, makassar].map((o) => o.stages.find((s: StageFigures) => s.stage === stage.stage))
      expect(stage.finished).toBe(parts.reduce((n, s) => n + (s?.finished ?? 0), 0))
      expect(stage.withinSla).toBe(parts.reduce((n, s) => n + (s?.withinSla ?? 0), 0))
      expect(stage.share).toBe(stage.withinSla / stage.finished)
    }
    const waited = (rollup.total.stages as StageFigures[]).filter((s) => s.p90Days > 0)
    expect(waited).toMatchObject([
      { finished: every.length, medianDays: nearestRank(every, 0.5), p90Days: nearestRank(every, 0.9) },
    ])
    // One reassignment at Bandung and two at Makassar, all at the first stage.
    const [reassignedAt] = bandung.reassignmentsByStage.map((r: { stage: string }) => r.stage)
    expect(bandung.reassignmentsByStage).toEqual([{ stage: reassignedAt, count: 1 }])
    expect(makassar.reassignmentsByStage).toEqual([{ stage: reassignedAt, count: 2 }])
    expect(rollup.total.reassignmentsByStage).toEqual([{ stage: reassignedAt, count: 3 }])
    for (const list of ['returnsByReason', 'escalationsByStage']) expect(rollup.total[list]).toEqual([])
  })

  it('answers the SLA roll-up as CSV with Accept: text/csv, the same figures as the JSON', async () => {
    const json = await get(`/api/v1/stats/rollup/sla?${NOVEMBER}`)
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/stats/rollup/sla?${NOVEMBER}`,
      headers: { accept: 'text/csv' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv/)
    expect(res.headers.vary).toMatch(/\baccept\b/i)
    expect(res.headers['content-disposition']).toContain('sla-gabungan-2026-11-16-2026-12-02.csv')
    const [header, ...rows] = parseCsv(res.body)
    expect(header).toEqual(['cakupan', 'kode_wilayah', ...slaCsvColumns])
    type Row = {
      serviceCode?: string
      stage?: string
      finished: number
      withinSla: number
      medianDays: number
      p90Days: number
    }
    type Sla = { services: Row[]; stages: Row[]; reassignmentsByStage: { stage: string; count: number }[] }
    const figures = (scope: string, code: string, sla: Sla) => [
      ...sla.services.map((r) => [
        scope,
        code,
        'layanan',
        r.serviceCode,
        r.finished,
        r.withinSla,
        r.medianDays,
        r.p90Days,
      ]),
      ...sla.stages.map((r) => [scope, code, 'tahap', r.stage, r.finished, r.withinSla, r.medianDays, r.p90Days]),
      ...sla.reassignmentsByStage.map((r) => [scope, code, 'pengalihan', r.stage, r.count, null, null, null]),
    ]
    const number = (field: string) => (field === '' ? null : Number(field))
    expect(
      rows.map(([scope, code, part, key, n, within, _share, median, p90]) => [
        scope,
        code,
        part,
        key,
        ...[n!, within!, median!, p90!].map(number),
      ]),
    ).toEqual([
      ...json.offices.flatMap((o: { officeCode: string; sla: Sla }) => figures('kantor', o.officeCode, o.sla)),
      ...json.provinces.flatMap((p: { provinceCode: string; sla: Sla }) => figures('provinsi', p.provinceCode, p.sla)),
      ...figures('semua', '', json.total),
    ])
    expect(rows.filter((r) => r[0] === 'semua' && r[2] === 'pengalihan').map((r) => r[4])).toEqual(['3'])
    // No person behind the figures: nothing but codes and numbers.
    for (const row of rows) for (const field of row.slice(4)) expect(field).toMatch(/^[\d.]*$/)
  })

  it('refuses a day in the future of any office, as each office does', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/stats/rollup/backlog?asOf=2026-12-03' })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('stats.future_date')
    const daily = await t.app.inject({ method: 'GET', url: '/api/v1/stats/rollup/daily?to=2026-12-03' })
    expect(daily.statusCode).toBe(422)
    expect(daily.json().error.code).toBe('stats.bad_period')
  })

  it('refuses a bad SLA period with a stable code, as each office does', async () => {
    const refused = async (query: string) => {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/stats/rollup/sla?${query}` })
      return [res.statusCode, res.json().error.code]
    }
    expect(await refused('from=2026-11-20&to=2026-11-16')).toEqual([422, 'stats.bad_period'])
    expect(await refused('to=2026-12-03')).toEqual([422, 'stats.bad_period'])
    expect(await refused('from=2024-01-01&to=2026-12-01')).toEqual([422, 'stats.bad_period'])
    expect(await refused('from=kemarin')).toEqual([400, 'request.invalid'])
  })
})

describe('the SLA roll-up of a deployment serving one office', () => {
  const clock = createTestClock(new Date('2026-12-02T12:00:00+07:00'))
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ clock })
    const crew: Record<string, Account> = {}
    for (const role of ['frontdesk', 'approver', 'signer'] as const) crew[role] = await t.account([role])
    await finishedFiles(t, clock, [{ crew, applicant: await t.account(['applicant']), days: [1, 4, 6] }])
    clock.set(new Date('2026-12-02T12:00:00+07:00'))
  }, 120_000)
  afterAll(() => t?.close())

  it("is the office's own figures, for the office, its province and in all", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/stats/rollup/sla' })
    expect(res.statusCode, res.body).toBe(200)
    const rollup = res.json()
    const { from, to, ...own } = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/sla' })).json()
    // Without a period: the 30 days up to today, as the office's own route.
    expect(rollup).toMatchObject({ from, to })
    expect([from, to]).toEqual(['2026-11-03', '2026-12-02'])
    expect(own.services).toMatchObject([{ serviceCode: 'SKP', finished: 3, medianDays: 4, p90Days: 6 }])
    expect(rollup.offices).toEqual([{ officeCode: BANDUNG, provinceCode: '32', sla: own }])
    expect(rollup.provinces).toEqual([{ provinceCode: '32', officeCodes: [BANDUNG], sla: own }])
    expect(rollup.total).toEqual(own)
  })
})
