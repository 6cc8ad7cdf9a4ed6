// Idempotency keys belong to the caller and the applicant: an integration client filing for an
// applicant, a second client, and the applicant themself may all use one key without clashing,
// and a stored result is only ever answered to the caller that made it.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { queryRows } from './support/test-app.ts'
import { webhookScene } from './support/webhook-scene.ts'

type Headers = { headers: Record<string, string> }

describe('Idempotency-Key scope: the caller and the applicant', () => {
  let s: Awaited<ReturnType<typeof webhookScene>>
  let portal: Headers & { id: string }
  let bank: Headers & { id: string }
  let applicant: Awaited<ReturnType<typeof s.t.account>>
  const nik = '3273014508900002'
  const draftBody = { serviceCode: 'SKP', applicationKind: 'baru' }

  beforeAll(async () => {
    s = await webhookScene({ webhooks: { allowPrivateTargets: true } })
    portal = await s.client(['SKP'])
    bank = await s.client(['SKP'])
    applicant = await s.t.account(['applicant'])
    await s.t.db.execute(sql`update users set nik = ${nik} where id = ${applicant.user.id}`)
    for (const client of [portal, bank]) {
      const granted = await s.t.app.inject({
        method: 'POST',
        url: '/api/v1/me/consents',
        headers: applicant.headers,
        payload: { clientId: client.id, serviceCodes: ['SKP'], days: 30 },
      })
      expect(granted.statusCode, granted.body).toBe(201)
    }
  })
  afterAll(() => s.t.close())

  const file = (who: Headers, key: string) =>
    s.t.app.inject({
      method: 'POST',
      url: '/api/v1/integration/filings',
      headers: { ...who.headers, 'idempotency-key': key },
      payload: { applicantNik: nik, ...draftBody },
    })
  const createOwn = (key: string) =>
    s.t.app.inject({
      method: 'POST',
      url: '/api/v1/applications',
      headers: { ...applicant.headers, 'idempotency-key': key },
      payload: draftBody,
    })
  const submit = (who: Headers, id: string, version: number, key: string) =>
    s.t.app.inject({
      method: 'POST',
      url: `/api/v1/integration/filings/${id}/submit`,
      headers: { ...who.headers, 'idempotency-key': key },
      payload: { version },
    })

  it('gives two clients and the applicant their own drafts for one key, each replayed only to its caller', async () => {
    const key = 'shared-key-0000000001'
    const byPortal = await file(portal, key)
    const byBank = await file(bank, key)
    const own = await createOwn(key)
    expect([byPortal.statusCode, byBank.statusCode, own.statusCode], byBank.body + own.body).toEqual([201, 201, 201])
    const ids = [byPortal.json().id, byBank.json().id, own.json().id]
    expect(new Set(ids).size).toBe(3)

    // Each retry answers that caller's own first result, in any order.
    expect((await createOwn(key)).json().id).toBe(own.json().id)
    expect((await file(bank, key)).json().id).toBe(byBank.json().id)
    expect((await file(portal, key)).json().id).toBe(byPortal.json().id)

    const rows = await queryRows<{ caller_id: string; owner_id: string; response_body: { applicationId: string } }>(
      s.t.db,
      sql`select caller_id, owner_id, response_body from idempotency_keys where key = ${key} order by created_at`,
    )
    expect(
      rows
        .map((r) => [r.caller_id, r.owner_id, r.response_body.applicationId])
        .sort((a, b) => a[0]!.localeCompare(b[0]!)),
    ).toEqual(
      [
        [portal.id, applicant.user.id, byPortal.json().id],
        [bank.id, applicant.user.id, byBank.json().id],
        [applicant.user.id, applicant.user.id, own.json().id],
      ].sort((a, b) => a[0]!.localeCompare(b[0]!)),
    )
  })

  it('never answers a client with the applicant’s stored submission: the client’s same key is its own request', async () => {
    const key = 'submit-shared-00000002'
    const ready = await s.h.readyDraft(applicant, 'SKP')
    const own = await s.h.act(applicant, ready.id, 'submit', { version: ready.version }, { 'idempotency-key': key })
    expect(own.statusCode, own.body).toBe(200)
    // The client's draft is not filled: its answer is its own refusal, not the applicant's receipt,
    // nor a clash with the applicant's key.
    const filed = (await file(portal, 'draft-for-submit-0001')).json()
    const byPortal = await submit(portal, filed.id, filed.version, key)
    expect(byPortal.statusCode, byPortal.body).toBe(422)
    expect(byPortal.json().error.code).not.toMatch(/^idempotency\./)
    expect(byPortal.body).not.toContain(own.json().receipt.trackingCode)
    // The applicant's retry still gets its receipt.
    const retry = await s.h.act(applicant, ready.id, 'submit', { version: ready.version }, { 'idempotency-key': key })
    expect(retry.json().receipt).toEqual(own.json().receipt)
  })

  it('still refuses one caller reusing its own key for a different request', async () => {
    const key = 'reused-by-one-00000003'
    expect((await file(portal, key)).statusCode).toBe(201)
    const other = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/integration/filings',
      headers: { ...portal.headers, 'idempotency-key': key },
      payload: { applicantNik: nik, serviceCode: 'SKP', applicationKind: 'perpanjangan' },
    })
    expect([other.statusCode, other.json().error.code]).toEqual([422, 'idempotency.key_reused'])
    // The applicant's own request with that key is theirs, not a reuse of the client's.
    expect((await createOwn(key)).statusCode).toBe(201)
  })
})
