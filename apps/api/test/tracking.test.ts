import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

describe('public tracking', () => {
  let t: TestApp
  let receipt: { registrationNo: string; trackingCode: string }
  let applicant: Awaited<ReturnType<TestApp['account']>>
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'], { fullName: 'Siti Rahayu Pemohon' })
    const draft = await h.readyDraft(applicant, 'SKP')
    receipt = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().receipt
  })
  afterAll(() => t.close())
  const track = (no: string, code: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/track/${no}?code=${encodeURIComponent(code)}` })

  it('shows the service, stage, timeline, dates and budget use without login', async () => {
    const res = await track(receipt.registrationNo, receipt.trackingCode)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({
      registrationNo: receipt.registrationNo,
      serviceCode: 'SKP',
      status: 'admin_verification',
      holderRole: 'frontdesk',
    })
    expect(body.stages[0]).toMatchObject({ stage: 'admin_verification', state: 'in_progress', workingDaysUsed: 0 })
    expect(body.events.map((e: { action: string }) => e.action)).toEqual(['submit'])
  })

  it('shows the timeline and stages the applicant sees, return reasons included, from one read', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const submitted = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json()
    const officer = team.byId(await h.assigneeId(draft.id))!
    const returned = await h.act(officer, draft.id, 'return', {
      version: submitted.application.version,
      returnReasons: {
        codes: ['document_unreadable'],
        requirements: [draft.service.requirements[0].key],
        fields: [],
        note: 'Pindaian buram.',
      },
    })
    expect(returned.statusCode).toBe(200)
    const mine = (await h.get(applicant, draft.id)).json()
    const res = await track(submitted.receipt.registrationNo, submitted.receipt.trackingCode)
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body).toMatchObject({ status: 'returned', holderRole: 'applicant' })
    expect(body.events).toEqual(mine.events.filter((e: { action: string }) => e.action !== 'create'))
    expect(body.events.at(-1)).toMatchObject({ action: 'return', tone: 'red', returnReasons: ['document_unreadable'] })
    expect(body.stages).toEqual(mine.stages)
    expect(res.body).not.toContain('Pindaian buram')
  })

  it('accepts the code in lower case', async () => {
    expect((await track(receipt.registrationNo, receipt.trackingCode.toLowerCase())).statusCode).toBe(200)
  })

  it('reveals no personal data', async () => {
    const text = (await track(receipt.registrationNo, receipt.trackingCode)).body
    for (const personal of ['Siti Rahayu', applicant.user.email, '3273014508900001', '81234567890', applicant.user.id])
      expect(text).not.toContain(personal)
  })

  it('answers a wrong code exactly like an unknown number', async () => {
    const wrong = await track(receipt.registrationNo, 'AAAAAAAAAA')
    const unknown = await track('REG-2026-999999', 'AAAAAAAAAA')
    expect(wrong.statusCode).toBe(404)
    expect(unknown.statusCode).toBe(404)
    const strip = (body: { error: { requestId?: string } }) => ({ ...body.error, requestId: undefined })
    expect(strip(wrong.json())).toEqual(strip(unknown.json()))
    expect(wrong.json().error.code).toBe('tracking.not_found')
  })

  it('refuses malformed numbers and codes', async () => {
    expect((await track('123', 'AAAAAAAAAA')).statusCode).toBe(400)
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/track/${receipt.registrationNo}` })).statusCode).toBe(400)
  })
})

describe('public tracking rate limit', () => {
  it('answers 429 once an address has guessed more codes than the limit allows', async () => {
    const t = await createTestApp({ trackLimitPerMinute: 5 })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 7; i += 1) {
        statuses.push(
          (
            await t.app.inject({
              method: 'GET',
              url: '/api/v1/track/REG-2026-000001?code=AAAAAAAAAA',
              remoteAddress: '10.9.9.9',
            })
          ).statusCode,
        )
      }
      expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429])
      const elsewhere = await t.app.inject({
        method: 'GET',
        url: '/api/v1/track/REG-2026-000001?code=AAAAAAAAAA',
        remoteAddress: '10.9.9.10',
      })
      expect(elsewhere.statusCode).toBe(404)
    } finally {
      await t.close()
    }
  })
})
