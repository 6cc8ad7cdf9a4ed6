import { canonicalJson } from '@pintu/contract'
import { createPublicKey, verify } from 'node:crypto'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, databaseRefusal, type TestApp } from './support/test-app.ts'

describe('signed e-permits', () => {
  const clock = createTestClock(new Date('2026-03-17T10:00:00+07:00'))
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'], { fullName: 'Dewi Lestari' })
  })
  afterAll(() => t.close())

  /** Takes an SKP application (no fee, no technical stage) all the way to signature. */
  async function issued() {
    const draft = await h.readyDraft(applicant, 'SKP')
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    for (const action of ['accept', 'approve', 'sign']) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      app = (await h.act(officer, draft.id, action, { version: app.version })).json().application
    }
    expect(app.status).toBe('issued')
    const permit = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${draft.id}/permit`, headers: applicant.headers })
    ).json()
    return { id: draft.id, permit }
  }
  const verifyByNumber = (number: string) =>
    t.app.inject({ method: 'GET', url: `/api/v1/permits/${encodeURIComponent(number)}/verify` })

  it('issues a signed permit on signature, numbered without gaps in the catalogue format', async () => {
    const first = await issued()
    const second = await issued()
    expect(first.permit.status).toBe('valid')
    expect(first.permit.permit).toMatchObject({
      holderName: 'Dewi Lestari',
      serviceCode: 'SKP',
      issuedOn: '2026-03-17',
      officeCode: '32.73',
    })
    const seq = (n: string) => Number(n.split('/')[1])
    expect(first.permit.permit.number).toMatch(/\/III\/2026$/)
    expect(seq(second.permit.permit.number)).toBe(seq(first.permit.permit.number) + 1)
    expect(first.permit.permit.signerTitle).toMatch(/^Kepala Dinas/)
    expect(first.permit.verifyUrl).toMatch(
      `https://pintu.test/verifikasi?nomor=${encodeURIComponent(first.permit.permit.number)}`,
    )
  })

  it('can be checked by anyone holding the public key, without Pintu', async () => {
    const { permit } = await issued()
    const key = (await t.app.inject({ method: 'GET', url: '/api/v1/permits/public-key' })).json()
    expect(key.algorithm).toBe('Ed25519')
    const ok = verify(
      null,
      Buffer.from(canonicalJson(permit.permit)),
      createPublicKey(key.publicKeyPem),
      Buffer.from(permit.signature.value, 'base64'),
    )
    expect(ok).toBe(true)
    expect(permit.permit.approvalBasis).toBe('decision')
    // Changing any printed field, whichever it is, breaks the signature.
    for (const field of Object.keys(permit.permit)) {
      const value = permit.permit[field]
      const altered = {
        ...permit.permit,
        [field]: typeof value === 'string' ? `${value}x` : value === null ? 'x' : { ...value, id: 'x' },
      }
      expect(
        verify(
          null,
          Buffer.from(canonicalJson(altered)),
          createPublicKey(key.publicKeyPem),
          Buffer.from(permit.signature.value, 'base64'),
        ),
        field,
      ).toBe(false)
    }
  })

  it('verifies publicly by number with validity, service and dates only; the printed data only with the code on the permit', async () => {
    const { permit } = await issued()
    const res = await verifyByNumber(permit.permit.number)
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({
      status: 'valid',
      signature: { valid: true },
      permit: null,
      codeMatches: null,
      verifyUrl: null,
    })
    expect(res.json().summary).toEqual({
      number: permit.permit.number,
      serviceCode: permit.permit.serviceCode,
      serviceName: permit.permit.serviceName,
      issuedOn: permit.permit.issuedOn,
      validUntil: permit.permit.validUntil,
      officeName: permit.permit.officeName,
    })
    expect(res.body).not.toContain(permit.permit.holderName)
    expect(res.body).not.toContain(applicant.user.email)

    const code = new URL(permit.verifyUrl).searchParams.get('kode')!
    const withCode = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/permits/${encodeURIComponent(permit.permit.number)}/verify?code=${code.toLowerCase()}`,
      })
    ).json()
    expect(withCode).toMatchObject({ status: 'valid', codeMatches: true, permit: permit.permit })
    const wrong = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/permits/${encodeURIComponent(permit.permit.number)}/verify?code=WRONGCODE2`,
      })
    ).json()
    expect(wrong).toMatchObject({ status: 'valid', codeMatches: false, permit: null })
    expect(JSON.stringify(wrong)).not.toContain(permit.permit.holderName)
    expect((await verifyByNumber('503/999999/DPMPTSP/I/2026')).json()).toMatchObject({
      status: 'unknown',
      permit: null,
      summary: null,
    })
  })

  it('serves the permit as a PDF to its holder, and to nobody else', async () => {
    const { id } = await issued()
    const pdf = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}/permit.pdf`,
      headers: applicant.headers,
    })
    expect(pdf.statusCode).toBe(200)
    expect(pdf.headers['content-type']).toBe('application/pdf')
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    expect(pdf.rawPayload.length).toBeGreaterThan(2000)
    const stranger = await t.account(['applicant'])
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/permit.pdf`, headers: stranger.headers }))
        .statusCode,
    ).toBe(404)
  })

  it('fails verification when any printed field is altered in the database', async () => {
    const { permit } = await issued()
    expect(
      await databaseRefusal(
        t.db.execute(
          sql`update permits set printed = jsonb_set(printed, '{holderName}', '"Orang Lain"') where number = ${permit.permit.number}`,
        ),
      ),
    ).toMatch(/immutable/)
    // The certified PDF and its signature report are kept as issued too.
    for (const change of [sql`signed_pdf = '\\x25504446'::bytea`, sql`pades = '{}'::jsonb`])
      expect(
        await databaseRefusal(t.db.execute(sql`update permits set ${change} where number = ${permit.permit.number}`)),
      ).toMatch(/immutable/)
    // An attacker with the database owner's rights can switch the guard off; the signature still catches it.
    await t.db.execute(sql`alter table permits disable trigger permits_guard`)
    await t.db.execute(
      sql`update permits set printed = jsonb_set(printed, '{validUntil}', '"2099-12-31"') where number = ${permit.permit.number}`,
    )
    await t.db.execute(sql`alter table permits enable trigger permits_guard`)
    const res = (await verifyByNumber(permit.permit.number)).json()
    expect(res.status).toBe('invalid')
    expect(res.signature.valid).toBe(false)
  })

  it('answers revoked after a signer revokes it, once', async () => {
    const { permit } = await issued()
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/permits/${encodeURIComponent(permit.permit.number)}/revoke`,
      headers: team.crew.signer1!.headers,
      payload: { reason: 'Data pemohon terbukti tidak benar.' },
    })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ status: 'revoked', revoked: { reason: 'Data pemohon terbukti tidak benar.' } })
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/permits/${encodeURIComponent(permit.permit.number)}/revoke`,
      headers: team.crew.signer1!.headers,
      payload: { reason: 'Data pemohon terbukti tidak benar.' },
    })
    expect(again.json().error.code).toBe('permits.already_revoked')
  })

  it('answers expired after its last day of validity', async () => {
    const { permit } = await issued()
    expect(permit.permit.validUntil).not.toBeNull()
    clock.set(new Date(`${permit.permit.validUntil}T23:00:00+07:00`))
    expect((await verifyByNumber(permit.permit.number)).json().status).toBe('valid')
    clock.set(new Date(new Date(`${permit.permit.validUntil}T00:00:00+07:00`).getTime() + 2 * 86_400_000))
    expect((await verifyByNumber(permit.permit.number)).json().status).toBe('expired')
    clock.set(new Date('2026-03-17T10:00:00+07:00'))
  })
})
