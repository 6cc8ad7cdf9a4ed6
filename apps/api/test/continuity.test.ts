import { officeDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

const WIB = officeDays('Asia/Jakarta')

describe('declared closures, escalation and deemed approval', () => {
  // Tuesday 17 November 2026, 09:00 WIB: no holidays nearby.
  const start = new Date('2026-11-17T09:00:00+07:00')
  const clock = createTestClock(start)
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
  })
  afterAll(() => t.close())

  async function submitted(code: string) {
    const draft = await h.readyDraft(applicant, code)
    return (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
  }
  const declare = (body: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/closures', headers: team.crew.supervisor!.headers, payload: body })
  const reason = {
    reason: 'Kantor disegel untuk penyidikan; pendaftaran daring tetap dibuka.',
    legalBasis: 'Keputusan Wali Kota (uji)',
  }

  it('pauses the clock for closed days, keeps intake open, tells the public, and recomputes when it ends', async () => {
    clock.set(start)
    const app = await submitted('SKP')
    expect((await h.get(applicant, app.id)).json().stageDueDate).toBe('2026-11-18')
    const open = await declare({ ...reason, startsOn: '2026-11-18' })
    expect(open.statusCode).toBe(201)
    // Open-ended: only the days up to today are known to be closed.
    expect((await h.get(applicant, app.id)).json().stageDueDate).toBe('2026-11-19')
    clock.set(new Date('2026-11-18T10:00:00+07:00'))
    const during = await submitted('SKP')
    expect(during.status).toBe('admin_verification')
    const notice = (await t.app.inject({ method: 'GET', url: '/api/v1/closures' })).json().items[0]
    expect(notice).toMatchObject({ reason: reason.reason, startsOn: '2026-11-18', endsOn: null, inForce: true })
    const ended = await t.app.inject({
      method: 'POST',
      url: `/api/v1/closures/${open.json().id}/end`,
      headers: team.crew.supervisor!.headers,
      payload: { endsOn: '2026-11-20' },
    })
    expect(ended.statusCode).toBe(200)
    expect((await h.get(applicant, app.id)).json().stageDueDate).toBe('2026-11-23')
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/v1/closures/${open.json().id}/end`,
          headers: team.crew.supervisor!.headers,
          payload: { endsOn: '2026-11-21' },
        })
      ).json().error.code,
    ).toBe('closures.already_ended')
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_log where entity_type = 'closure'`,
    )
    expect(audit.map((a) => a.action)).toEqual(['closure.declared', 'closure.ended'])
    clock.set(start)
  })

  it('names the days of a declared closure as closure days in the due-date explanation, not as a weekend', async () => {
    // The closure of the test above: Wednesday 18 to Friday 20 November 2026, then a weekend.
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/due-date?from=2026-11-17&days=2' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      dueDate: '2026-11-24',
      skipped: [
        { date: '2026-11-18', reason: 'closure', name: null },
        { date: '2026-11-19', reason: 'closure', name: null },
        { date: '2026-11-20', reason: 'closure', name: null },
        { date: '2026-11-21', reason: 'weekend', name: null },
        { date: '2026-11-22', reason: 'weekend', name: null },
      ],
    })
  })

  it('refuses a closure that ends before it starts', async () => {
    const res = await declare({ ...reason, startsOn: '2026-12-10', endsOn: '2026-12-09' })
    expect(res.json().error.code).toBe('closures.ends_before_start')
  })

  it('escalates a stage past its budget once, even when two job runs race', async () => {
    clock.set(new Date('2026-12-01T09:00:00+07:00'))
    const app = await submitted('TDP')
    const due = (await h.get(applicant, app.id)).json().stageDueDate
    clock.set(new Date(WIB.endOfDay(due).getTime() + 1))
    const runs = await Promise.all([t.app.runEscalations(), t.app.runEscalations()])
    const total = runs.reduce((sum, r) => sum + (r?.escalated ?? 0), 0)
    expect(total).toBeGreaterThanOrEqual(1)
    const rows = await queryRows(t.db, sql`select id from escalations where application_id = ${app.id}`)
    expect(rows).toHaveLength(1)
    expect((await t.app.runEscalations())!.escalated).toBe(0)
    const notes = (
      await t.app.inject({ method: 'GET', url: '/api/v1/work/notifications', headers: team.crew.supervisor!.headers })
    ).json().items
    expect(notes.map((n: { applicationId: string; kind: string }) => `${n.applicationId} ${n.kind}`)).toContain(
      `${app.id} stage_overdue`,
    )
    expect((await h.get(applicant, app.id)).json().events.at(-1)).toMatchObject({
      action: 'escalate',
      actorRole: 'system',
    })
    const board = (
      await t.app.inject({ method: 'GET', url: '/api/v1/work/board', headers: team.crew.supervisor!.headers })
    ).json()
    expect(board.items.find((i: { id: string }) => i.id === app.id)).toMatchObject({
      overdue: true,
      workingDaysLeft: -1,
    })
  })

  async function atDecision(code: string) {
    clock.set(new Date('2026-12-07T09:00:00+07:00'))
    let app = await submitted(code)
    const desk = team.byId(await h.assigneeId(app.id))!
    // Asks for the pinned definition, which action answers leave out by default.
    app = (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${app.id}/actions/accept?include=service`,
        headers: desk.headers,
        payload: { version: app.version },
      })
    ).json().application
    expect(app.status).toBe('decision')
    return app
  }

  it('turns a decision not made by its deadline into an approval by law, exactly after the deadline, for flagged services', async () => {
    const app = await atDecision('SIUP')
    expect(app.service.deemedApproval).toBe(true)
    const due = (await h.get(applicant, app.id)).json().stageDueDate
    clock.set(WIB.endOfDay(due))
    await t.app.runEscalations()
    expect((await h.get(applicant, app.id)).json().status).toBe('decision')
    clock.set(new Date(WIB.endOfDay(due).getTime() + 1))
    await t.app.runEscalations()
    const after = (await h.get(applicant, app.id)).json()
    expect(after.status).toBe('signing')
    expect(after.events.at(-1)).toMatchObject({
      action: 'deem_approve',
      actorRole: 'system',
      fromStatus: 'decision',
      toStatus: 'signing',
    })
    // …and says so on the permit, inside the signed data.
    const signer = team.byId(await h.assigneeId(app.id))!
    await h.act(signer, app.id, 'sign', { version: after.version })
    const permit = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${app.id}/permit`, headers: applicant.headers })
    ).json()
    expect(permit.permit.approvalBasis).toBe('deemed_by_law')
    expect(permit.status).toBe('valid')
  })

  it('only escalates an overdue decision when the service is not flagged for deemed approval', async () => {
    const app = await atDecision('SKP')
    expect(app.service.deemedApproval).toBe(false)
    const due = (await h.get(applicant, app.id)).json().stageDueDate
    clock.set(new Date(WIB.endOfDay(due).getTime() + 1))
    await t.app.runEscalations()
    const after = (await h.get(applicant, app.id)).json()
    expect(after.status).toBe('decision')
    expect(after.events.at(-1).action).toBe('escalate')
  })

  it('moves the promised completion date by the working days the applicant held a returned file', async () => {
    clock.set(new Date('2026-11-02T09:00:00+07:00'))
    const draft = await h.readyDraft(applicant, 'SKP')
    const { application, receipt } = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json()
    expect(receipt.expectedCompletionDate).toBe('2026-11-05')
    const desk = team.byId(await h.assigneeId(draft.id))!
    const returned = (
      await h.act(desk, draft.id, 'return', {
        version: application.version,
        returnReasons: {
          codes: ['data_mismatch'],
          requirements: [],
          fields: [Object.keys(application.formData)[0]],
          note: 'Mohon perbaiki data isian pertama.',
        },
      })
    ).json().application
    clock.set(new Date('2026-11-05T09:00:00+07:00'))
    const resubmitted = (await h.act(applicant, draft.id, 'resubmit', { version: returned.version })).json().application
    expect(resubmitted.expectedCompletionDate).toBe('2026-11-10')
  })

  it('forgets Idempotency-Key results after a day', async () => {
    clock.set(new Date('2026-11-02T09:00:00+07:00'))
    const key = { 'idempotency-key': 'forget-me-0123456789' }
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...applicant.headers, ...key },
      payload: { serviceCode: 'SKP', applicationKind: 'baru' },
    })
    clock.set(new Date('2026-11-03T10:00:00+07:00'))
    await t.app.runEscalations()
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...applicant.headers, ...key },
      payload: { serviceCode: 'SKP', applicationKind: 'baru' },
    })
    expect(again.json().id).not.toBe(first.json().id)
  })
})
