import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

// Two offices in one deployment: Kota Bandung (32.73, WIB, the default) and Kota Makassar (73.71, WITA).
const BANDUNG = '32.73'
const MAKASSAR = '73.71'

type Account = Awaited<ReturnType<TestApp['account']>>
type Summary = {
  id: string
  officeCode: string
  expectedCompletionDate: string
  expectedCompletionProvisional: boolean
}

describe("an applicant's files at several offices are provisional by their own office's calendar", () => {
  // Tuesday 22 December 2026, 10:00 WIB: a 7-working-day service runs into January 2027.
  const clock = createTestClock(new Date('2026-12-22T10:00:00+07:00'))
  let t: TestApp
  let applicant: Account
  const files = {} as Record<string, string>
  /** The applicant, naming the office a call goes to (applicants are national). */
  const at = (code: string) => ({
    ...applicant,
    headers: { ...applicant.headers, 'x-pintu-office': code } as Account['headers'],
  })

  beforeAll(async () => {
    t = await createTestApp({ clock, otherOffices: [MAKASSAR] })
    const makassar = t.otherOffices[0]!
    const h = applicationHelpers(t)
    for (const home of [undefined, makassar])
      for (const role of ['frontdesk', 'approver', 'signer'] as const) await t.account([role], { office: home })
    // Makassar has entered its 2027 calendar in full; Bandung has not yet.
    const admin = await t.account(['admin'], { office: makassar })
    const published = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/years',
      headers: admin.headers,
      payload: { year: 2027, legalBasis: 'SKB Tiga Menteri 2027 (uji)' },
    })
    expect(published.statusCode).toBe(201)
    applicant = await t.account(['applicant'])
    for (const code of [BANDUNG, MAKASSAR]) {
      const draft = await h.readyDraft(at(code), 'REKLAME')
      const submitted = await h.act(at(code), draft.id, 'submit', { version: draft.version })
      expect(submitted.statusCode).toBe(200)
      files[code] = draft.id
    }
  }, 120_000)
  afterAll(() => t?.close())

  const provisionalOf = (items: Summary[]) =>
    Object.fromEntries(items.map((item) => [item.officeCode, item.expectedCompletionProvisional]))

  it('marks each file of the list by the calendar of the office it is filed at, whichever office answers', async () => {
    for (const answering of [BANDUNG, MAKASSAR]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: at(answering).headers })
      expect(res.statusCode).toBe(200)
      const items = res.json().items as Summary[]
      expect(items.map((item) => item.expectedCompletionDate.slice(0, 4))).toEqual(['2027', '2027'])
      expect(provisionalOf(items), `answered by ${answering}`).toEqual({ [BANDUNG]: true, [MAKASSAR]: false })
    }
  })

  it('says the same as each file opened at its own office', async () => {
    for (const code of [BANDUNG, MAKASSAR]) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${files[code]}`,
        headers: at(code).headers,
      })
      expect(res.statusCode).toBe(200)
      expect(res.json().expectedCompletionProvisional, code).toBe(code === BANDUNG)
    }
  })

  it("marks them so in the applicant's data export too", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me/data', headers: at(BANDUNG).headers })
    expect(res.statusCode).toBe(200)
    expect(provisionalOf(res.json().applications as Summary[])).toEqual({ [BANDUNG]: true, [MAKASSAR]: false })
  })
})
