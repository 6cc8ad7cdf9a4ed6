import { fillReadyDraft } from '@pintu/contract/samples'
import type { ServiceDefinition } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { multipart, samplePdf, samplePng } from './support/applications.ts'
import { queryRows } from './support/test-app.ts'
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts'
import { webhookScene } from './support/webhook-scene.ts'

type Headers = { headers: Record<string, string> }

describe('filing on a consenting applicant’s behalf (channel integration)', () => {
  let s: Awaited<ReturnType<typeof webhookScene>>
  let receiver: WebhookReceiver
  let portal: Awaited<ReturnType<typeof s.client>> & Headers
  let applicant: Awaited<ReturnType<typeof s.t.account>>
  const nik = '3273014508900001'

  beforeAll(async () => {
    receiver = await startWebhookReceiver()
    s = await webhookScene({ webhooks: { allowPrivateTargets: true } })
    portal = await s.client(['SKP', 'ITPMB'])
    applicant = await s.t.account(['applicant'])
    await s.t.db.execute(sql`update users set nik = ${nik} where id = ${applicant.user.id}`)
  })
  afterAll(async () => {
    await s.t.close()
    await receiver.close()
  })

  const inject = (who: Headers, method: string, url: string, payload?: object, headers: Record<string, string> = {}) =>
    s.t.app.inject({
      method: method as 'POST',
      url,
      headers: { ...who.headers, ...headers },
      ...(payload && { payload }),
    })
  const grant = (body: object) => inject(applicant, 'POST', '/api/v1/me/consents', body)
  const file = (
    who: Headers,
    body: object = { applicantNik: nik, serviceCode: 'SKP', applicationKind: 'baru' },
    key?: string,
  ) => inject(who, 'POST', '/api/v1/integration/filings', body, key ? { 'idempotency-key': key } : {})

  /** Fills every field and uploads every mandatory document through the client's routes. */
  async function fill(draft: { id: string; version: number; service: ServiceDefinition }) {
    return fillReadyDraft(draft, {
      async fill(data) {
        const res = await inject(portal, 'PATCH', `/api/v1/integration/filings/${draft.id}/form`, {
          version: draft.version,
          data,
        })
        expect(res.statusCode, res.body).toBe(200)
        return res.json()
      },
      async upload(req) {
        const pdf = req.acceptedTypes.includes('pdf')
        const body = multipart(pdf ? 'dokumen.pdf' : 'foto.png', pdf ? samplePdf : samplePng)
        const res = await s.t.app.inject({
          method: 'POST',
          url: `/api/v1/integration/filings/${draft.id}/documents/${req.key}`,
          headers: { ...portal.headers, ...body.headers },
          payload: body.payload,
        })
        expect(res.statusCode, res.body).toBe(201)
      },
    })
  }

  it('refuses to file without consent, answering an unknown NIK exactly the same', async () => {
    const none = await file(portal)
    const unknown = await file(portal, {
      applicantNik: '3273019999999999',
      serviceCode: 'SKP',
      applicationKind: 'baru',
    })
    expect([none.statusCode, unknown.statusCode]).toEqual([403, 403])
    expect(none.json().error.code).toBe('integrations.no_consent')
    expect(unknown.body).toBe(
      none.body.replace(none.json().error.requestId ?? '', unknown.json().error.requestId ?? ''),
    )
  })

  it('lets the applicant consent to clients that may file, for their service types only, as a recorded change', async () => {
    const listed = (await inject(applicant, 'GET', '/api/v1/me/consents/clients')).json().items
    expect(listed.find((c: { id: string }) => c.id === portal.id)).toMatchObject({ serviceCodes: ['SKP', 'ITPMB'] })
    const reader = await s.client(['SKP'], ['applications:read'])
    expect(listed.map((c: { id: string }) => c.id)).not.toContain(reader.id)
    expect((await grant({ clientId: reader.id, serviceCodes: ['SKP'], days: 30 })).json().error.code).toBe(
      'consents.client_not_found',
    )
    const foreign = await grant({ clientId: portal.id, serviceCodes: ['SIUP'], days: 30 })
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([422, 'consents.service_not_offered'])
    const made = await grant({ clientId: portal.id, serviceCodes: ['SKP'], days: 30 })
    expect(made.statusCode, made.body).toBe(201)
    expect(made.json()).toMatchObject({
      client: { id: portal.id },
      serviceCodes: ['SKP'],
      active: true,
      revokedAt: null,
    })
    const audit = await queryRows<{ actor_role: string }>(
      s.t.db,
      sql`select actor_role from audit_log where action = 'consent.granted'`,
    )
    expect(audit).toEqual([{ actor_role: 'applicant' }])
    // Another service type than the consent names is still refused.
    expect((await file(portal, { applicantNik: nik, serviceCode: 'ITPMB', applicationKind: 'baru' })).statusCode).toBe(
      403,
    )
  })

  it('files, fills, uploads and submits as the client on the applicant’s behalf, with signed webhooks for each step', async () => {
    const { secret } = await s.subscribe(portal, receiver.url())
    const first = await file(portal, undefined, 'portal-filing-0001')
    expect(first.statusCode, first.body).toBe(201)
    const again = await file(portal, undefined, 'portal-filing-0001')
    expect(again.json().id).toBe(first.json().id)
    const draft = await fill(first.json())
    const submitted = await inject(portal, 'POST', `/api/v1/integration/filings/${draft.id}/submit`, {
      version: draft.version,
    })
    expect(submitted.statusCode, submitted.body).toBe(200)
    const { application, receipt } = submitted.json()
    expect(application.status).toBe('admin_verification')
    expect(receipt.registrationNo).toMatch(/^REG-/)

    // The applicant sees it as their own; the record names the client, on the applicant's behalf.
    const mine = (await inject(applicant, 'GET', '/api/v1/applications')).json().items
    expect(mine.find((a: { id: string }) => a.id === draft.id)).toMatchObject({ channel: 'integration' })
    const steps = await queryRows<{
      action: string
      actor_role: string
      actor_id: string
      details: { onBehalfOf?: string }
    }>(
      s.t.db,
      sql`select action, actor_role, actor_id, details from audit_log where entity_id = ${draft.id} and action like 'application.%' order by id`,
    )
    expect(steps.length).toBeGreaterThan(2)
    for (const step of steps)
      expect(step).toMatchObject({
        actor_role: 'integration_client',
        actor_id: portal.id,
        details: { onBehalfOf: applicant.user.id },
      })

    await s.step(draft.id, 'accept')
    expect(await s.t.app.relayWebhooks()).toMatchObject({ failed: 0 })
    const verifier = new Webhook(secret)
    const events = receiver.received.map((r) => verifier.verify(r.body, r.headers) as { type: string; subject: string })
    expect(events.filter((e) => e.subject === draft.id).map((e) => e.type)).toEqual([
      'application.submit',
      'application.accept',
    ])
  })

  it('lets only the filing client continue, documents only with documents:write, and stops at once when consent is withdrawn', async () => {
    const draft = (await file(portal)).json()
    const other = await s.client(['SKP'])
    await grant({ clientId: other.id, serviceCodes: ['SKP'], days: 1 })
    expect((await inject(other, 'GET', `/api/v1/integration/filings/${draft.id}`)).statusCode).toBe(404)
    const writerOnly = await s.client(['SKP'], ['applications:write'])
    const upload = multipart('dokumen.pdf', samplePdf)
    const refused = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/integration/filings/${draft.id}/documents/ktp`,
      headers: { ...writerOnly.headers, ...upload.headers },
      payload: upload.payload,
    })
    expect(refused.statusCode).toBe(403)

    // A second consent to the same client replaces the first: one in force, so one withdrawal ends it.
    const replacing = await grant({ clientId: portal.id, serviceCodes: ['SKP'], days: 60 })
    expect(replacing.statusCode).toBe(201)
    const consents = (await inject(applicant, 'GET', '/api/v1/me/consents')).json().items
    const inForce = consents.filter(
      (c: { client: { id: string }; active: boolean }) => c.client.id === portal.id && c.active,
    )
    expect(inForce).toHaveLength(1)
    const mineToPortal = consents.find((c: { client: { id: string } }) => c.client.id === portal.id)
    const revoked = await inject(applicant, 'POST', `/api/v1/me/consents/${mineToPortal.id}/revoke`)
    expect(revoked.json()).toMatchObject({ active: false })
    const after = await inject(portal, 'GET', `/api/v1/integration/filings/${draft.id}`)
    expect([after.statusCode, after.json().error.code]).toEqual([403, 'integrations.no_consent'])
    expect((await inject(other, 'POST', `/api/v1/me/consents/${mineToPortal.id}/revoke`)).statusCode).toBe(403)
    expect((await inject(applicant, 'POST', `/api/v1/me/consents/${mineToPortal.id}/revoke`)).statusCode).toBe(404)
  })
})
