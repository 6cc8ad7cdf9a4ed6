import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

describe('signing delegation (Plt./Plh.)', () => {
  const clock = createTestClock(new Date('2026-11-17T09:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  let acting: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
    // Office management, who may act for the head of office and is never assigned a stage of these files.
    acting = await t.account(['supervisor'], { fullName: 'Evi Shaleha' })
    // The head of office cannot sign (in 2017: arrested): no signer on duty.
    for (const signer of [team.crew.signer1!, team.crew.signer2!])
      await t.app.inject({
        method: 'PUT',
        url: '/api/v1/work/duty',
        headers: signer.headers,
        payload: { onDuty: false },
      })
  })
  afterAll(() => t.close())

  // The head of office delegates (SPEC §7), even while not on duty to sign.
  const grant = (body: object, by = team.crew.signer1!) =>
    t.app.inject({ method: 'POST', url: '/api/v1/delegations', headers: by.headers, payload: body })

  async function atSigning() {
    const draft = await h.readyDraft(applicant, 'SKP')
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    for (const action of ['accept', 'approve']) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      app = (await h.act(officer, draft.id, action, { version: app.version })).json().application
    }
    expect(app.status).toBe('signing')
    return app
  }

  it('lets an acting official sign inside the window, printing "Plt." and the delegation on the permit', async () => {
    const waiting = await atSigning()
    expect(await h.assigneeId(waiting.id)).toBeNull()
    const res = await grant({
      kind: 'plt',
      delegateId: acting.user.id,
      startsOn: '2026-11-17',
      endsOn: '2026-11-20',
      reason: 'Keputusan Wali Kota: Plt. Kepala Dinas selama penyidikan.',
    })
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ kind: 'plt', delegateName: 'Evi Shaleha' })
    expect(await h.assigneeId(waiting.id)).toBe(acting.user.id)
    const detail = (await h.get(acting, waiting.id)).json()
    expect(detail.availableActions).toEqual(['sign'])
    const signed = await h.act(acting, waiting.id, 'sign', { version: detail.version })
    expect(signed.json().application?.status, signed.body).toBe('issued')
    const permit = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/applications/${waiting.id}/permit`,
        headers: applicant.headers,
      })
    ).json()
    expect(permit.permit).toMatchObject({ signerName: 'Evi Shaleha', delegationId: res.json().id })
    expect(permit.permit.signerTitle).toMatch(/^Plt\. Kepala Dinas/)
    expect(permit.status).toBe('valid')
  })

  it('refuses backdated and overlapping delegations', async () => {
    const backdated = await grant({
      kind: 'plh',
      delegateId: acting.user.id,
      startsOn: '2026-11-10',
      endsOn: '2026-11-18',
      reason: 'Kepala Dinas cuti tahunan (uji).',
    })
    expect(backdated.json().error.code).toBe('delegations.backdated')
    const overlap = await grant({
      kind: 'plh',
      delegateId: team.crew.supervisor!.user.id,
      startsOn: '2026-11-19',
      endsOn: '2026-11-25',
      reason: 'Kepala Dinas cuti tahunan (uji).',
    })
    expect(overlap.statusCode).toBe(409)
    expect(overlap.json().error.code).toBe('delegations.overlap')
  })

  it('gives the acting official no signing before or after the window', async () => {
    clock.set(new Date('2026-11-23T09:00:00+07:00'))
    const app = await atSigning()
    expect(await h.assigneeId(app.id)).toBeNull()
    // Outside the window the acting official may not sign.
    expect((await h.get(acting, app.id)).json().availableActions).toEqual([])
    const later = await grant({
      kind: 'plh',
      delegateId: acting.user.id,
      startsOn: '2026-11-25',
      endsOn: '2026-11-26',
      reason: 'Kepala Dinas dinas luar kota (uji).',
    })
    expect(later.statusCode).toBe(201)
    await t.app.runEscalations()
    expect(await h.assigneeId(app.id)).toBeNull()
    clock.set(new Date('2026-11-25T08:00:00+07:00'))
    await t.app.runEscalations()
    expect(await h.assigneeId(app.id)).toBe(acting.user.id)
  })

  it('lets only a signer delegate, and only to another active officer on duty who may sign', async () => {
    const body = (delegateId: string) => ({
      kind: 'plh',
      delegateId,
      startsOn: '2026-12-01',
      endsOn: '2026-12-02',
      reason: 'Kepala Dinas dinas luar kota (uji).',
    })
    const bySupervisor = await grant(body(team.crew.supervisor!.user.id), team.crew.supervisor!)
    expect(bySupervisor.statusCode).toBe(403)
    const treasurer = await t.account(['treasurer'])
    const admin = await t.account(['admin', 'supervisor'])
    const offDuty = await t.account(['approver'])
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/work/duty',
      headers: offDuty.headers,
      payload: { onDuty: false },
    })
    for (const delegate of [team.crew.signer1!, treasurer, admin, offDuty, team.crew.frontdesk1!]) {
      const res = await grant(body(delegate.user.id))
      expect(res.statusCode, delegate.user.fullName).toBe(422)
      expect(res.json().error.code).toBe('delegations.delegate_not_eligible')
    }
  })

  it("gives the delegate's signing files back to the system at once when the delegation is withdrawn, and when it ends", async () => {
    clock.set(new Date('2026-12-07T09:00:00+07:00'))
    const app = await atSigning()
    const delegation = (
      await grant({
        kind: 'plh',
        delegateId: acting.user.id,
        startsOn: '2026-12-07',
        endsOn: '2026-12-08',
        reason: 'Kepala Dinas dinas luar kota (uji).',
      })
    ).json()
    expect(await h.assigneeId(app.id)).toBe(acting.user.id)
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/delegations/${delegation.id}/revoke`,
      headers: team.crew.signer1!.headers,
    })
    expect(revoked.statusCode).toBe(200)
    expect(await h.assigneeId(app.id)).toBeNull()

    await grant({
      kind: 'plh',
      delegateId: acting.user.id,
      startsOn: '2026-12-09',
      endsOn: '2026-12-09',
      reason: 'Kepala Dinas dinas luar kota (uji).',
    })
    clock.set(new Date('2026-12-09T08:00:00+07:00'))
    await t.app.runEscalations()
    expect(await h.assigneeId(app.id)).toBe(acting.user.id)
    clock.set(new Date('2026-12-10T08:00:00+07:00'))
    await t.app.runEscalations()
    expect(await h.assigneeId(app.id)).toBeNull()
  })
})
