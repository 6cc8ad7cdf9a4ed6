import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

describe('system-assigned work', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
  })
  afterAll(() => t.close())

  async function submitted(code = 'SKP') {
    const draft = await h.readyDraft(applicant, code)
    return (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
  }

  it('puts a submitted file in the queue of exactly one on-duty frontdesk officer, earliest due first', async () => {
    const app = await submitted()
    const owner = team.byId(await h.assigneeId(app.id))!
    expect(owner.user.roles).toEqual(['frontdesk'])
    const queue = await t.app.inject({ method: 'GET', url: '/api/v1/work/queue', headers: owner.headers })
    expect(queue.json().onDuty).toBe(true)
    const items = queue.json().items
    expect(items.find((i: { id: string }) => i.id === app.id).workingDaysLeft).toBeGreaterThanOrEqual(0)
    expect(items.map((i: { id: string }) => i.id)).toContain(app.id)
    const dates = items.map((i: { stageDueDate: string }) => i.stageDueDate)
    expect(dates).toEqual([...dates].sort())
    const otherDesk = [team.crew.frontdesk1!, team.crew.frontdesk2!].find((o) => o.user.id !== owner.user.id)!
    const theirs = (await t.app.inject({ method: 'GET', url: '/api/v1/work/queue', headers: otherDesk.headers })).json()
      .items
    expect(theirs.map((i: { id: string }) => i.id)).not.toContain(app.id)
  })

  it('offers no way for an officer to pick or claim work: the only routes are the queue and the actions', async () => {
    const routes = t.app.printRoutes({ commonPrefix: false })
    expect(routes).not.toMatch(/claim|pick|take/)
  })

  it('lets a supervisor reassign with a reason; the system picks the other officer and records it', async () => {
    const app = await submitted()
    const before = await h.assigneeId(app.id)
    const noReason = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${app.id}/reassign`,
      headers: team.crew.supervisor!.headers,
      payload: { reason: 'x' },
    })
    expect(noReason.statusCode).toBe(400)
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${app.id}/reassign`,
      headers: team.crew.supervisor!.headers,
      payload: { reason: 'Petugas sedang dinas luar kota.' },
    })
    expect(res.statusCode).toBe(200)
    const after = await h.assigneeId(app.id)
    expect(after).not.toBe(before)
    expect(team.byId(after)!.user.roles).toEqual(['frontdesk'])
    const recorded = await queryRows<{ reason: string; requested_by: string }>(
      t.db,
      sql`select reason, requested_by from stage_assignments where application_id = ${app.id} and reason is not null`,
    )
    expect(recorded).toEqual([
      { reason: 'Petugas sedang dinas luar kota.', requested_by: team.crew.supervisor!.user.id },
    ])
    expect(res.json().events.at(-1)).toMatchObject({ action: 'reassign', actorRole: 'supervisor' })
    const board = (
      await t.app.inject({ method: 'GET', url: '/api/v1/work/board', headers: team.crew.supervisor!.headers })
    ).json()
    expect(board.reassignments.bySupervisor).toBe(1)
  })

  it('lets a supervisor reassign one file again within a week only through another supervisor', async () => {
    const app = await submitted()
    const reassign = (who: Awaited<ReturnType<TestApp['account']>>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${app.id}/reassign`,
        headers: who.headers,
        payload: { reason: 'Petugas sedang dinas luar kota.' },
      })
    expect((await reassign(team.crew.supervisor!)).statusCode).toBe(200)
    const again = await reassign(team.crew.supervisor!)
    expect(again.statusCode).toBe(403)
    expect(again.json().error.code).toBe('applications.reassign_needs_another_supervisor')
    const another = await t.account(['supervisor'])
    expect((await reassign(another)).statusCode).toBe(200)
  })

  it("hands an officer's open files to others when they go off duty, and waits for someone when nobody is on duty", async () => {
    const [a, b] = [team.crew.frontdesk1!, team.crew.frontdesk2!]
    const app = await submitted()
    const holder = team.byId(await h.assigneeId(app.id))!
    const other = holder === a ? b : a
    const off = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/work/duty',
      headers: holder.headers,
      payload: { onDuty: false },
    })
    expect(off.json().reassigned).toBeGreaterThanOrEqual(1)
    expect(await h.assigneeId(app.id)).toBe(other.user.id)

    await t.app.inject({ method: 'PUT', url: '/api/v1/work/duty', headers: other.headers, payload: { onDuty: false } })
    expect(await h.assigneeId(app.id)).toBeNull()
    const waiting = await submitted()
    expect(waiting.status).toBe('submitted')
    const board = (
      await t.app.inject({ method: 'GET', url: '/api/v1/work/board', headers: team.crew.supervisor!.headers })
    ).json()
    expect(board.stages.find((s: { stage: string }) => s.stage === 'unassigned').count).toBeGreaterThanOrEqual(2)

    await t.app.inject({ method: 'PUT', url: '/api/v1/work/duty', headers: holder.headers, payload: { onDuty: true } })
    expect(await h.assigneeId(waiting.id)).toBe(holder.user.id)
    expect((await h.get(applicant, waiting.id)).json().status).toBe('admin_verification')
    await t.app.inject({ method: 'PUT', url: '/api/v1/work/duty', headers: other.headers, payload: { onDuty: true } })
  })

  it('never assigns an officer who acted on another stage of the same file, even with the roles for both', async () => {
    const both = await t.account(['approver', 'signer'])
    for (const o of [team.crew.approver1!, team.crew.approver2!])
      await t.app.inject({ method: 'PUT', url: '/api/v1/work/duty', headers: o.headers, payload: { onDuty: false } })
    for (const o of [team.crew.signer1!, team.crew.signer2!])
      await t.app.inject({ method: 'PUT', url: '/api/v1/work/duty', headers: o.headers, payload: { onDuty: false } })
    const app = await submitted()
    const desk = team.byId(await h.assigneeId(app.id))!
    const accepted = (await h.act(desk, app.id, 'accept', { version: app.version })).json().application
    expect(await h.assigneeId(app.id)).toBe(both.user.id)
    const approved = (await h.act(both, app.id, 'approve', { version: accepted.version })).json().application
    expect(approved.status).toBe('signing')
    // The only on-duty signer approved this file, so nobody may sign it: it waits for another signer.
    expect(await h.assigneeId(app.id)).toBeNull()
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/work/duty',
      headers: team.crew.signer1!.headers,
      payload: { onDuty: true },
    })
    expect(await h.assigneeId(app.id)).toBe(team.crew.signer1!.user.id)
    for (const o of [team.crew.approver1!, team.crew.approver2!, team.crew.signer2!])
      await t.app.inject({ method: 'PUT', url: '/api/v1/work/duty', headers: o.headers, payload: { onDuty: true } })
  })

  it('shows supervisors the files by stage with counts and overdue counts', async () => {
    await submitted()
    const board = await t.app.inject({
      method: 'GET',
      url: '/api/v1/work/board?stage=admin_verification',
      headers: team.crew.supervisor!.headers,
    })
    expect(board.statusCode).toBe(200)
    const body = board.json()
    expect(body.items.every((i: { stage: string }) => i.stage === 'admin_verification')).toBe(true)
    expect(
      body.stages.some((s: { stage: string; count: number }) => s.stage === 'admin_verification' && s.count > 0),
    ).toBe(true)
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/work/board', headers: team.crew.frontdesk1!.headers }))
        .statusCode,
    ).toBe(403)
  })
})
