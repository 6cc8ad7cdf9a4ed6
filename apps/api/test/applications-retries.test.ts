import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lifecycleScene, type LifecycleScene } from './support/lifecycle-scene.ts'
import { queryRows } from './support/test-app.ts'

describe('retried and simultaneous requests on applications', () => {
  let t: LifecycleScene['t']
  let h: LifecycleScene['h']
  let team: LifecycleScene['team']
  let applicant: LifecycleScene['applicant']
  beforeAll(async () => ({ t, h, team, applicant } = await lifecycleScene()))
  afterAll(() => t.close())

  it('lets exactly one of two simultaneous actions through; the other gets 409 stale_version', async () => {
    const draft = await h.readyDraft(applicant, 'SKP')
    const app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    const officer = team.byId(await h.assigneeId(draft.id))!
    const results = await Promise.all([
      h.act(officer, draft.id, 'accept', { version: app.version }),
      h.act(applicant, draft.id, 'withdraw', { version: app.version }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    // The loser read either the old version (stale_version) or, if it read after the winner committed, the new
    // status, where the action is no longer open (action_not_allowed): both refuse it and change nothing.
    expect(['applications.stale_version', 'applications.action_not_allowed']).toContain(
      results.find((r) => r.statusCode === 409)!.json().error.code,
    )
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
})
