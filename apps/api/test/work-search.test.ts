import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

describe('searching the work: my queue and the supervisor board, with history', () => {
  // A Wednesday: the board's week starts on Monday 30 November 2026.
  const clock = createTestClock(new Date('2026-12-02T10:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  const files: { id: string; registrationNo: string; serviceCode: string }[] = []
  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
    for (const code of ['SKP', 'SKP', 'IMB']) {
      const draft = await h.readyDraft(applicant, code)
      const app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
      files.push({ id: app.id, registrationNo: app.registrationNo, serviceCode: code })
    }
  })
  afterAll(() => t.close())

  const get = (who: { headers: Record<string, string> }, url: string) =>
    t.app.inject({ method: 'GET', url, headers: who.headers })
  const holderOf = async (id: string) => team.byId(await h.assigneeId(id))!

  it('narrows my queue by registration number, service, status and due date, and only ever within my files', async () => {
    const first = files[0]!
    const holder = await holderOf(first.id)
    const byNumber = (await get(holder, `/api/v1/work/queue?registrationNo=${first.registrationNo}`)).json()
    expect(byNumber.items.map((i: { id: string }) => i.id)).toEqual([first.id])
    const prefix = first.registrationNo.slice(0, 9).toLowerCase() // "reg-2026-": case ignored
    const mine = (await get(holder, `/api/v1/work/queue?registrationNo=${prefix}`)).json().items
    expect(mine.length).toBeGreaterThanOrEqual(1)
    expect(mine.every((i: { registrationNo: string }) => i.registrationNo.startsWith('REG-2026-'))).toBe(true)

    const imb = files[2]!
    const imbHolder = await holderOf(imb.id)
    const imbs = (await get(imbHolder, '/api/v1/work/queue?service=IMB')).json().items
    expect(imbs.map((i: { id: string }) => i.id)).toContain(imb.id)
    expect(imbs.every((i: { serviceCode: string }) => i.serviceCode === 'IMB')).toBe(true)
    expect((await get(imbHolder, '/api/v1/work/queue?service=NOPE')).json().items).toEqual([])
    expect((await get(holder, '/api/v1/work/queue?status=signing')).json().items).toEqual([])
    expect((await get(holder, '/api/v1/work/queue?dueBy=2026-12-01')).json().items).toEqual([])
    expect((await get(holder, '/api/v1/work/queue?dueBy=2027-12-31')).json().items.length).toBeGreaterThan(0)

    // Scoping: another front-desk officer searching for this file's number does not see it.
    const other = [team.crew.frontdesk1!, team.crew.frontdesk2!].find((o) => o.user.id !== holder.user.id)!
    const theirs = (await get(other, `/api/v1/work/queue?registrationNo=${first.registrationNo}`)).json()
    expect(theirs.items).toEqual([])
  })

  it('refuses bad filters with 400 request.invalid and the field named', async () => {
    const holder = await holderOf(files[0]!.id)
    for (const [query, field] of [
      ['registrationNo=REG%25', '/registrationNo'],
      ['service=imb', '/service'],
      ['status=issued', '/status'],
      ['dueBy=2026-13-40', '/dueBy'],
      ['overdue=maybe', '/overdue'],
      ['sortBy=due', '/sortBy'],
    ] as const) {
      const res = await get(holder, `/api/v1/work/queue?${query}`)
      expect(res.statusCode, query).toBe(400)
      expect(res.json().error.code).toBe('request.invalid')
      expect(JSON.stringify(res.json().error.details), query).toContain(field.slice(1))
    }
    const board = await get(team.crew.supervisor!, '/api/v1/work/board?pageSize=1000')
    expect(board.statusCode).toBe(400)
  })

  it('filters the board over the whole office; auditors see it, stage officers do not', async () => {
    const supervisor = team.crew.supervisor!
    const board = (await get(supervisor, '/api/v1/work/board?service=SKP')).json()
    expect(board.items.every((i: { serviceCode: string }) => i.serviceCode === 'SKP')).toBe(true)
    expect(board.total).toBe(2)
    const one = (await get(team.crew.auditor!, `/api/v1/work/board?registrationNo=${files[2]!.registrationNo}`)).json()
    expect(one.items.map((i: { id: string }) => i.id)).toEqual([files[2]!.id])
    expect((await get(supervisor, '/api/v1/work/board?overdue=true')).json().total).toBe(0)
    expect((await get(team.crew.frontdesk1!, '/api/v1/work/board?service=SKP')).statusCode).toBe(403)
  })

  it('shows what the office finished this week, by stage and by outcome, beside what is open', async () => {
    const before = (await get(team.crew.supervisor!, '/api/v1/work/board')).json().history
    expect(before.since).toBe('2026-11-30')
    expect(before.stagesFinished.map((s: { stage: string }) => s.stage)).toEqual([
      'admin_verification',
      'technical_review',
      'decision',
      'signing',
    ])
    // Take an SKP (no fee, no technical stage) through to issue.
    const file = files[1]!
    let app = (await h.get(applicant, file.id)).json()
    for (const action of ['accept', 'approve', 'sign']) {
      const officer = await holderOf(file.id)
      app = (await h.act(officer, file.id, action, { version: app.version })).json().application
    }
    expect(app.status).toBe('issued')
    const after = (await get(team.crew.supervisor!, '/api/v1/work/board')).json().history
    const finished = (history: typeof after, stage: string) =>
      history.stagesFinished.find((s: { stage: string }) => s.stage === stage).count
    for (const stage of ['admin_verification', 'decision', 'signing'])
      expect(finished(after, stage), stage).toBe(finished(before, stage) + 1)
    expect(after.outcomes.issued).toBe(before.outcomes.issued + 1)

    // Next Monday the week starts again.
    clock.set(new Date('2026-12-07T08:00:00+07:00'))
    const nextWeek = (await get(team.crew.supervisor!, '/api/v1/work/board')).json().history
    expect(nextWeek.since).toBe('2026-12-07')
    expect(nextWeek.outcomes.issued).toBe(0)
    clock.set(new Date('2026-12-02T10:00:00+07:00'))
  })
})
