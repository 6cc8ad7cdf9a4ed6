import { officeDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lifecycleScene, type LifecycleScene } from './support/lifecycle-scene.ts'
import { databaseRefusal, queryRows } from './support/test-app.ts'

const WIB = officeDays('Asia/Jakarta')

describe('application lifecycle through the API', () => {
  let t: LifecycleScene['t']
  let h: LifecycleScene['h']
  let team: LifecycleScene['team']
  let applicant: LifecycleScene['applicant']
  let other: LifecycleScene['other']
  let byAssignee: LifecycleScene['byAssignee']
  beforeAll(async () => ({ t, h, team, applicant, other, byAssignee } = await lifecycleScene()))
  afterAll(() => t.close())

  it('walks apply → return → correct → resubmit → technical review → approve → sign, with separation of duties', async () => {
    const draft = await h.readyDraft(applicant, 'REKLAME')
    const submitted = await h.act(applicant, draft.id, 'submit', { version: draft.version })
    expect(submitted.statusCode).toBe(200)
    const { application, receipt } = submitted.json()
    expect(receipt.registrationNo).toMatch(/^REG-\d{4}-\d{6}$/)
    expect(receipt.trackingCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/)
    expect(receipt.expectedCompletionDate).toBe(
      WIB.addWorkingDays(new Date(receipt.submittedAt), draft.service.slaDays, new Set(['2026-12-24', '2026-12-25'])),
    )
    expect(application.status).toBe('admin_verification')
    expect(application.stages[0]).toMatchObject({ stage: 'admin_verification', state: 'in_progress' })

    const returned = await byAssignee(draft.id, 'return', {
      returnReasons: {
        codes: ['data_mismatch'],
        requirements: [],
        fields: Object.keys(application.formData).slice(0, 1),
        note: 'Nama pada KTP tidak sama dengan data isian.',
      },
    })
    expect(returned.res.statusCode).toBe(200)
    const afterReturn = returned.res.json().application
    expect(afterReturn.status).toBe('returned')
    expect(afterReturn.stages[0].state).toBe('returned')
    const editable = afterReturn.openReturn.fields[0]
    const locked = Object.keys(application.formData).find((k) => !afterReturn.openReturn.fields.includes(k))!

    const mine = (await h.get(applicant, draft.id)).json()
    const lockedEdit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: mine.version, data: { [locked]: application.formData[locked] } },
    })
    expect(lockedEdit.statusCode).toBe(409)
    expect(lockedEdit.json().error.code).toBe('applications.field_locked')
    const fixed = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: mine.version, data: { [editable]: application.formData[editable] } },
    })
    expect(fixed.statusCode).toBe(200)
    const resubmitted = await h.act(applicant, draft.id, 'resubmit', { version: fixed.json().version })
    expect(resubmitted.json().application.status).toBe('admin_verification')
    expect(resubmitted.json().receipt).toBeUndefined()

    const accepted = await byAssignee(draft.id, 'accept')
    expect(accepted.res.json().application.status).toBe('technical_review')
    const reviewed = await byAssignee(draft.id, 'complete_review', {
      report: 'Lokasi sesuai, konstruksi aman, ukuran sesuai permohonan.',
    })
    expect(reviewed.res.json().application.status).toBe('decision')
    const approved = await byAssignee(draft.id, 'approve')
    expect(approved.res.json().application.status).toBe('signing')
    const signed = await byAssignee(draft.id, 'sign')
    expect(signed.res.statusCode).toBe(200)
    const done = signed.res.json().application
    expect(done.status).toBe('issued')
    expect(done.stages.map((s: { state: string }) => s.state)).toEqual(['done', 'done', 'done', 'done'])
    expect(done.events.map((e: { action: string }) => e.action)).toEqual([
      'create',
      'submit',
      'return',
      'resubmit',
      'accept',
      'complete_review',
      'approve',
      'sign',
    ])

    // Separation of duties: each officer acted in one stage only; approver and signer differ.
    const actors = await queryRows<{ actor_id: string; stage: string }>(
      t.db,
      sql`select distinct actor_id, stage from application_events where application_id = ${draft.id} and actor_role not in ('applicant', 'system')`,
    )
    const stagesPerActor = new Map<string, Set<string>>()
    for (const a of actors) stagesPerActor.set(a.actor_id, (stagesPerActor.get(a.actor_id) ?? new Set()).add(a.stage))
    for (const stages of stagesPerActor.values()) expect(stages.size).toBe(1)
    expect(approved.officer.user.id).not.toBe(signed.officer.user.id)
  })

  it('writes a history row and an audit entry for every change, and the database refuses to rewrite history', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    await h.act(applicant, draft.id, 'submit', { version: draft.version })
    const audit = await queryRows<{ action: string }>(
      t.db,
      sql`select action from audit_log where entity_id = ${draft.id} order by id`,
    )
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining([
        'application.created',
        'application.form_updated',
        'application.document_uploaded',
        'application.submit',
      ]),
    )
    expect(
      await databaseRefusal(
        t.db.execute(sql`update application_events set to_status = 'issued' where application_id = ${draft.id}`),
      ),
    ).toMatch(/append-only/)
    expect(
      await databaseRefusal(t.db.execute(sql`delete from application_events where application_id = ${draft.id}`)),
    ).toMatch(/append-only/)
  })

  it("hides another applicant's application and documents behind a 404", async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const docId = draft.documents?.[0]?.id ?? (await h.get(applicant, draft.id)).json().documents[0].id
    for (const url of [`/api/v1/applications/${draft.id}`, `/api/v1/applications/${draft.id}/documents/${docId}`]) {
      const res = await t.app.inject({ method: 'GET', url, headers: other.headers })
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('applications.not_found')
    }
    expect((await h.act(other, draft.id, 'submit', { version: draft.version })).statusCode).toBe(404)
  })

  it('refuses an officer who is not assigned: 403 to act, 403 to read', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    const assigned = await h.assigneeId(draft.id)
    const outsider = [team.crew.frontdesk1!, team.crew.frontdesk2!].find((o) => o.user.id !== assigned)!
    const res = await h.act(outsider, draft.id, 'accept', { version: app.version })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('applications.not_assigned')
    expect((await h.get(outsider, draft.id)).statusCode).toBe(403)
    expect((await h.get(team.crew.auditor!, draft.id)).statusCode).toBe(200)
  })

  it('requires a legal reason to reject and refuses actions the status does not offer', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    expect((await h.act(applicant, draft.id, 'sign', { version: app.version })).json().error.code).toBe(
      'applications.action_not_allowed',
    )
    await byAssignee(draft.id, 'accept')
    const noReason = await byAssignee(draft.id, 'reject')
    expect(noReason.res.statusCode).toBe(422)
    expect(noReason.res.json().error.code).toBe('applications.legal_reason_required')
    const rejected = await byAssignee(draft.id, 'reject', {
      legalReason: 'Pasal 12 Perwal 235/2017: lokasi penelitian tidak berizin.',
    })
    expect(rejected.res.json().application).toMatchObject({
      status: 'rejected',
      decisionNote: 'Pasal 12 Perwal 235/2017: lokasi penelitian tidak berizin.',
    })
    expect(
      (await h.act(applicant, draft.id, 'withdraw', { version: rejected.res.json().application.version })).json().error
        .code,
    ).toBe('applications.action_not_allowed')
  })

  it("shows applicants the role holding their file, never the officer's name", async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    await h.act(applicant, draft.id, 'submit', { version: draft.version })
    const seen = (await h.get(applicant, draft.id)).json()
    expect(seen.holder).toEqual({ role: 'frontdesk', name: null })
    const officerView = (await h.get(team.crew.supervisor!, draft.id)).json()
    expect(officerView.holder.name).toBe(team.byId(await h.assigneeId(draft.id))!.user.fullName)
  })

  it('lists my applications, newest first', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications?pageSize=5',
      headers: applicant.headers,
    })
    expect(list.statusCode).toBe(200)
    expect(list.json().total).toBeGreaterThan(5)
    expect(list.json().items).toHaveLength(5)
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: other.headers })).json().total,
    ).toBe(0)
  })
})
