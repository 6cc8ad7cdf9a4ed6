import { computeFee, type ServiceDefinition } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

/** Issue 15, everyday use: the fee before submission, prefilled answers, deleting a draft, one's own data. */
describe('everyday use of an application', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  let other: Awaited<ReturnType<TestApp['account']>>
  let team: Awaited<ReturnType<typeof officerCrew>>
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
    other = await t.account(['applicant'])
  })
  afterAll(() => t.close())

  const start = (who: { headers: Record<string, string> }, serviceCode: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: who.headers,
      payload: { serviceCode, applicationKind: 'baru' },
    })
  const remove = (who: { headers: Record<string, string> }, id: string, version: unknown) =>
    t.app.inject({ method: 'DELETE', url: `/api/v1/applications/${id}?version=${version}`, headers: who.headers })

  it("shows the fee as an estimate from the catalogue's rule and the answers so far, then the amount fixed at submission", async () => {
    const created = (await start(applicant, 'IMB')).json()
    const definition = created.service as ServiceDefinition
    expect(definition.fee.kind).toBe('per_unit')
    expect(created.fee).toEqual({ amount: computeFee(definition.fee, {}), estimate: true })
    const ready = await h.readyDraft(applicant, 'IMB')
    const area = (definition.fee as { field: string }).field
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${ready.id}/form`,
      headers: applicant.headers,
      payload: { version: ready.version, data: { [area]: 250 } },
    })
    expect(patched.json().fee).toEqual({ amount: 2_500_000, estimate: true })
    const submitted = await h.act(applicant, ready.id, 'submit', { version: patched.json().version })
    expect(submitted.json().application.fee).toEqual({ amount: 2_500_000, estimate: false })
    // The SKRD is issued for the fee column fixed here (payments.usecases: `amount: app.feeAmount`).
    const [row] = await queryRows<{ fee_amount: string }>(
      t.db,
      sql`select fee_amount from applications where id = ${ready.id}`,
    )
    expect(Number(row!.fee_amount)).toBe(2_500_000)
  })

  it('lets the owner find the tracking code again, on the application and in the list; officers never see it', async () => {
    const ready = await h.readyDraft(applicant, 'REKLAME')
    expect(ready.trackingCode).toBeNull()
    const { receipt } = (await h.act(applicant, ready.id, 'submit', { version: ready.version })).json()
    const mine = (await h.get(applicant, ready.id)).json()
    expect(mine.trackingCode).toBe(receipt.trackingCode)
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: applicant.headers })).json()
    expect(list.items.find((item: { id: string }) => item.id === ready.id).trackingCode).toBe(receipt.trackingCode)
    const supervisor = (await h.get(team.crew.supervisor!, ready.id)).json()
    expect(supervisor.trackingCode).toBeNull()
    const tracked = await t.app.inject({
      method: 'GET',
      url: `/api/v1/track/${receipt.registrationNo}?code=${mine.trackingCode}`,
    })
    expect(tracked.statusCode).toBe(200)
  })

  it('fills the fields asking for the applicant’s own data from the account: NIK, name, phone, email', async () => {
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: {
        nik: '3273014508901234',
        fullName: 'Sari Wulandari',
        email: 'sari.prefill@contoh.id',
        phone: '0812-1111-2222',
        password: 'teh manis hangat sekali',
      },
    })
    expect(registered.statusCode).toBe(201)
    const headers = { authorization: `Bearer ${registered.json().accessToken}` }
    const draft = (await start({ headers }, 'REKLAME')).json()
    expect(draft.formData).toMatchObject({
      pemohon_nik: '3273014508901234',
      pemohon_nama: 'Sari Wulandari',
      pemohon_telepon: '+6281211112222',
      pemohon_email: 'sari.prefill@contoh.id',
    })
    // Only fields the service asks for: nothing else is invented.
    const keys = new Set((draft.service as ServiceDefinition).form.sections.flatMap((s) => s.fields.map((f) => f.key)))
    for (const key of Object.keys(draft.formData)) expect(keys.has(key)).toBe(true)
  })

  describe('deleting a draft', () => {
    it('deletes its owner’s draft: gone from the list and the detail, answers and documents erased, change recorded', async () => {
      const ready = await h.readyDraft(applicant, 'REKLAME')
      const res = await remove(applicant, ready.id, ready.version)
      expect(res.statusCode).toBe(204)
      expect((await h.get(applicant, ready.id)).statusCode).toBe(404)
      const list = (
        await t.app.inject({ method: 'GET', url: '/api/v1/applications?pageSize=100', headers: applicant.headers })
      ).json()
      expect(list.items.map((item: { id: string }) => item.id)).not.toContain(ready.id)
      const [row] = await queryRows<{ status: string; form_data: unknown }>(
        t.db,
        sql`select status, form_data from applications where id = ${ready.id}`,
      )
      expect(row).toEqual({ status: 'deleted', form_data: {} })
      const docs = await queryRows(
        t.db,
        sql`select id from application_documents where application_id = ${ready.id} and removed_at is null`,
      )
      expect(docs).toEqual([])
      const audit = await queryRows<{ action: string }>(
        t.db,
        sql`select action from audit_log where entity_id = ${ready.id} order by id`,
      )
      expect(audit.map((a) => a.action).at(-1)).toBe('application.delete')
      const history = await queryRows<{ action: string; to_status: string }>(
        t.db,
        sql`select action, to_status from application_events where application_id = ${ready.id} order by id`,
      )
      expect(history.at(-1)).toEqual({ action: 'delete', to_status: 'deleted' })
      // Deleting again: it is gone.
      expect((await remove(applicant, ready.id, ready.version + 1)).json().error.code).toBe('applications.not_found')
    })

    it("never reaches someone else's draft, and refuses a submitted application, a stale version and bad input", async () => {
      const draft = (await start(applicant, 'REKLAME')).json()
      const foreign = await remove(other, draft.id, draft.version)
      expect(foreign.statusCode).toBe(404)
      expect(foreign.json().error.code).toBe('applications.not_found')
      const officer = await remove(team.crew.supervisor!, draft.id, draft.version)
      expect(officer.statusCode).toBe(403)
      const stale = await remove(applicant, draft.id, draft.version + 5)
      expect(stale.statusCode).toBe(409)
      expect(stale.json().error.code).toBe('applications.stale_version')
      for (const version of ['abc', '0', '']) {
        const bad = await remove(applicant, draft.id, version)
        expect(bad.statusCode).toBe(400)
        expect(bad.json().error.code).toMatch(/^request\./)
      }
      const badId = await remove(applicant, 'not-a-uuid', 1)
      expect(badId.statusCode).toBe(400)
      expect((await h.get(applicant, draft.id)).json().status).toBe('draft')

      const ready = await h.readyDraft(applicant, 'REKLAME')
      const submitted = (await h.act(applicant, ready.id, 'submit', { version: ready.version })).json().application
      const refused = await remove(applicant, ready.id, submitted.version)
      expect(refused.statusCode).toBe(409)
      expect(refused.json().error.code).toBe('applications.action_not_allowed')
      expect((await h.get(applicant, ready.id)).json().status).toBe('admin_verification')
    })
  })

  describe('my data', () => {
    it("answers the applicant's own data only, as a JSON download, and records the export", async () => {
      const mine = await t.account(['applicant'])
      const draft = (await start(mine, 'REKLAME')).json()
      const foreign = (await start(other, 'REKLAME')).json()
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/me/data', headers: mine.headers })
      expect(res.statusCode).toBe(200)
      expect(res.headers['content-disposition']).toMatch(/attachment; filename="pintu-data-saya.json"/)
      expect(res.headers['cache-control']).toMatch(/no-store/)
      const data = res.json()
      expect(data.account).toMatchObject({ id: mine.user.id, email: mine.user.email, phone: '+6281234567890' })
      expect(data.applications.map((a: { id: string }) => a.id)).toEqual([draft.id])
      expect(JSON.stringify(data)).not.toContain(foreign.id)
      expect(data.applications[0]).toMatchObject({ formData: draft.formData, documents: [], feeAmount: null })
      const audit = await queryRows<{ action: string }>(
        t.db,
        sql`select action from audit_log where entity_id = ${mine.user.id} and action = 'identity.data_exported'`,
      )
      expect(audit).toHaveLength(1)
    })

    it('is for applicants only', async () => {
      expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/data' })).statusCode).toBe(401)
      const officer = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me/data',
        headers: team.crew.supervisor!.headers,
      })
      expect(officer.statusCode).toBe(403)
      expect(officer.json().error.code).toBe('auth.forbidden')
    })
  })

  it('compresses API answers for clients that accept it (Brotli, else gzip), not small ones', async () => {
    const br = await t.app.inject({
      method: 'GET',
      url: '/api/v1/services?pageSize=50',
      headers: { 'accept-encoding': 'br, gzip' },
    })
    expect(br.statusCode).toBe(200)
    expect(br.headers['content-encoding']).toBe('br')
    const gzip = await t.app.inject({
      method: 'GET',
      url: '/api/v1/services?pageSize=50',
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(gzip.headers['content-encoding']).toBe('gzip')
    const plain = await t.app.inject({ method: 'GET', url: '/api/v1/services?pageSize=50' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.rawPayload.length).toBeGreaterThan(3 * br.rawPayload.length)
  })
})
