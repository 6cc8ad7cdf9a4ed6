import { addWorkingDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew, sampleFormData } from './support/applications.ts'
import { createTestApp, databaseRefusal, queryRows, type TestApp } from './support/test-app.ts'

describe('application lifecycle through the API', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  let other: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
    other = await t.account(['applicant'])
  })
  afterAll(() => t.close())

  /** The officer the system assigned, acting with the application's current version. */
  async function byAssignee(id: string, action: string, extra: Record<string, unknown> = {}) {
    const officer = team.byId(await h.assigneeId(id))
    if (!officer) throw new Error(`no crew officer assigned to ${id}`)
    const version = (await h.get(team.crew.supervisor!, id)).json().version
    return { officer, res: await h.act(officer, id, action, { version, ...extra }) }
  }

  it('walks apply → return → correct → resubmit → technical review → approve → sign, with separation of duties', async () => {
    const draft = await h.readyDraft(applicant, 'REKLAME')
    const submitted = await h.act(applicant, draft.id, 'submit', { version: draft.version })
    expect(submitted.statusCode).toBe(200)
    const { application, receipt } = submitted.json()
    expect(receipt.registrationNo).toMatch(/^REG-\d{4}-\d{6}$/)
    expect(receipt.trackingCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/)
    expect(receipt.expectedCompletionDate).toBe(
      addWorkingDays(new Date(receipt.submittedAt), draft.service.slaDays, new Set(['2026-12-24', '2026-12-25'])),
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

  it('lets exactly one of two simultaneous actions through; the other gets 409 stale_version', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    const officer = team.byId(await h.assigneeId(draft.id))!
    const results = await Promise.all([
      h.act(officer, draft.id, 'accept', { version: app.version }),
      h.act(applicant, draft.id, 'withdraw', { version: app.version }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('applications.stale_version')
  })

  it('creates one application from 50 parallel submits with one Idempotency-Key, all getting the same receipt', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const key = 'submit-0123456789abcdef'
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        h.act(applicant, draft.id, 'submit', { version: draft.version }, { 'idempotency-key': key }),
      ),
    )
    expect(results.every((r) => r.statusCode === 200)).toBe(true)
    const numbers = new Set(results.map((r) => r.json().receipt.registrationNo))
    const codes = new Set(results.map((r) => r.json().receipt.trackingCode))
    expect(numbers.size).toBe(1)
    expect(codes.size).toBe(1)
    const submits = await queryRows(
      t.db,
      sql`select id from application_events where application_id = ${draft.id} and action = 'submit'`,
    )
    expect(submits).toHaveLength(1)
    const reused = await h.act(
      applicant,
      draft.id,
      'withdraw',
      { version: draft.version + 1 },
      { 'idempotency-key': key },
    )
    expect(reused.statusCode).toBe(422)
    expect(reused.json().error.code).toBe('idempotency.key_reused')
  })

  it('keeps only the ids and the receipt for a retried submit, and answers the retry with that same receipt', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const key = 'submit-small-0123456789'
    const first = await h.act(applicant, draft.id, 'submit', { version: draft.version }, { 'idempotency-key': key })
    const retry = await h.act(applicant, draft.id, 'submit', { version: draft.version }, { 'idempotency-key': key })
    expect(first.statusCode).toBe(200)
    expect(retry.statusCode).toBe(200)
    expect(retry.json().receipt).toEqual(first.json().receipt)
    expect(retry.json().application).toEqual(first.json().application)
    const [stored] = await queryRows<{ response_body: Record<string, unknown> }>(
      t.db,
      sql`select response_body from idempotency_keys where owner_id = ${applicant.user.id} and key = ${key}`,
    )
    expect(stored!.response_body).toEqual({ applicationId: draft.id, receipt: first.json().receipt })
  })

  it('leaves the pinned service definition out of an action answer unless asked with ?include=service', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const plain = await h.act(applicant, draft.id, 'submit', { version: draft.version })
    expect(plain.statusCode).toBe(200)
    expect(plain.json().application).not.toHaveProperty('service')
    const withdrawn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/actions/withdraw?include=service`,
      headers: applicant.headers,
      payload: { version: plain.json().application.version },
    })
    expect(withdrawn.statusCode).toBe(200)
    expect(withdrawn.json().application.service).toEqual(draft.service)
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/v1/applications/${draft.id}/actions/withdraw?include=everything`,
      headers: applicant.headers,
      payload: { version: withdrawn.json().application.version },
    })
    expect(unknown.statusCode).toBe(400)
  })

  it('creates one draft from parallel creates with one Idempotency-Key', async () => {
    const headers = { ...applicant.headers, 'idempotency-key': 'create-abcdef0123456789' }
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/applications',
          headers,
          payload: { serviceCode: 'SKP', applicationKind: 'baru' },
        }),
      ),
    )
    expect(new Set(results.map((r) => r.json().id)).size).toBe(1)
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/v1/applications',
          headers: { ...applicant.headers, 'idempotency-key': 'x' },
          payload: { serviceCode: 'SKP', applicationKind: 'baru' },
        })
      ).json().error.code,
    ).toBe('idempotency.bad_key')
  })

  it('refuses an incomplete submission, listing every missing field and document', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: applicant.headers,
        payload: { serviceCode: 'SKP', applicationKind: 'baru' },
      })
    ).json()
    const res = await h.act(applicant, created.id, 'submit', { version: created.version })
    expect(res.statusCode).toBe(422)
    const details = res.json().error.details.map((d: { field: string; code: string }) => `${d.code} ${d.field}`)
    expect(details.some((d: string) => d.startsWith('field.required /data/'))).toBe(true)
    expect(details.some((d: string) => d.startsWith('documents.missing /documents/'))).toBe(true)
    expect((await h.get(applicant, created.id)).json().status).toBe('draft')
  })

  it('validates form values against the pinned form, field by field', async () => {
    const created = (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/applications',
        headers: applicant.headers,
        payload: { serviceCode: 'IMB', applicationKind: 'baru' },
      })
    ).json()
    const numeric = created.service.form.sections
      .flatMap((s: { fields: { key: string; type: string }[] }) => s.fields)
      .find((f: { type: string }) => f.type === 'decimal' || f.type === 'integer')
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${created.id}/form`,
      headers: applicant.headers,
      payload: { version: created.version, data: { [numeric.key]: 'banyak', made_up_field: 'x' } },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: `/${numeric.key}`, code: 'field.type' }),
        expect.objectContaining({ code: 'field.unknown' }),
      ]),
    )
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${created.id}/form`,
      headers: applicant.headers,
      payload: { version: created.version + 5, data: sampleFormData(created.service) },
    })
    expect(stale.json().error.code).toBe('applications.stale_version')
    const kind = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { serviceCode: 'IMTA', applicationKind: 'baru' },
    })
    expect(kind.json().error.code).toBe('applications.kind_not_offered')
    const retired = await t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: applicant.headers,
      payload: { serviceCode: 'HO', applicationKind: 'baru' },
    })
    expect(retired.json().error.code).toBe('catalogue.retired')
  })

  it('counts a required text answer of spaces alone as missing, on the form and on submission', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const text = (draft.service.form.sections as { fields: { key: string; type: string; required: boolean }[] }[])
      .flatMap((s) => s.fields)
      .find((f) => f.type === 'text' && f.required)!
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: draft.version, data: { [text.key]: '    ' } },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: `/${text.key}`, code: 'field.required' }),
    ])
    const nul = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: draft.version, data: { [text.key]: 'Budi\u0000' } },
    })
    expect(nul.statusCode).toBe(400)
    expect(nul.json().error.details[0].code).toBe('field.invalid_characters')
  })

  it('refuses a decimal sent as text ("1.200") with a field error, never reading it as 1.2', async () => {
    const create = { serviceCode: 'IMB', applicationKind: 'baru' }
    const created = (
      await t.app.inject({ method: 'POST', url: '/api/v1/applications', headers: applicant.headers, payload: create })
    ).json()
    expect(created.service.fee.kind).toBe('per_unit')
    const area: string = created.service.fee.field // the decimal m² field the fee is computed from
    const patch = (version: number, value: unknown) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/applications/${created.id}/form`,
        headers: applicant.headers,
        payload: { version, data: { [area]: value } },
      })
    const asText = await patch(created.version, '1.200')
    expect(asText.statusCode).toBe(422)
    expect(asText.json().error.details).toEqual([expect.objectContaining({ field: `/${area}`, code: 'field.type' })])
    expect((await h.get(applicant, created.id)).json().formData[area]).toBeUndefined()

    const asNumber = await patch(created.version, 1200)
    expect(asNumber.statusCode).toBe(200)
    expect(asNumber.json().formData[area]).toBe(1200)
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
