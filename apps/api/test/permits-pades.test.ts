import { officeDays } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { pdfSignatureChecker } from './support/pdf-signature-check.ts'
import { createTestApp, createTestClock, type TestApp } from './support/test-app.ts'

const WIB = officeDays('Asia/Jakarta')

type Account = Awaited<ReturnType<TestApp['account']>>

describe('permits signed with a certified electronic signature (PAdES) through the CA simulator', () => {
  const clock = createTestClock()
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Account
  let admin: Account
  let checker: Awaited<ReturnType<typeof pdfSignatureChecker>>
  const passphrases = new Map<string, string>()

  const enrol = (officer: Account, passphrase: string, nik: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/signers',
      headers: admin.headers,
      payload: {
        officerId: officer.user.id,
        nik,
        nip: '198001012005011001',
        title: 'Kepala Dinas Penanaman Modal',
        passphrase,
      },
    })

  beforeAll(async () => {
    t = await createTestApp({ clock, signing: { service: 'simulator' } })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'], { fullName: 'Dewi Lestari' })
    admin = await t.account(['admin'])
    for (const [i, signer] of [team.crew.signer1!, team.crew.signer2!].entries()) {
      const passphrase = `rahasia-penanda-${i}`
      passphrases.set(signer.user.id, passphrase)
      expect((await enrol(signer, passphrase, `327301010180000${i}`)).statusCode).toBe(201)
    }
    const ca = await t.app.inject({ method: 'GET', url: '/api/v1/signing-simulator/ca' })
    expect(ca.statusCode).toBe(200)
    checker = await pdfSignatureChecker(ca.json().rootPem)
  })
  afterAll(async () => {
    await checker?.close()
    await t.close()
  })

  async function atSigning() {
    const draft = await h.readyDraft(applicant, 'SKP')
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    for (const action of ['accept', 'approve']) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      app = (await h.act(officer, draft.id, action, { version: app.version })).json().application
    }
    expect(app.status).toBe('signing')
    const assigneeId = await h.assigneeId(draft.id)
    return { app, assigneeId, signer: team.byId(assigneeId)! }
  }
  const pdfOf = async (id: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}/permit.pdf`,
      headers: applicant.headers,
    })
    expect(res.statusCode).toBe(200)
    return res.rawPayload
  }
  const permitOf = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/permit`, headers: applicant.headers })).json()

  it("signs the PDF as PAdES B-T with the signer's certificate, valid and trusted for pdfsig against the simulator root", async () => {
    const { app, signer } = await atSigning()
    const signed = await h.act(signer, app.id, 'sign', {
      version: app.version,
      passphrase: passphrases.get(signer.user.id),
    })
    expect(signed.statusCode, signed.body).toBe(200)
    expect(signed.json().application.status).toBe('issued')
    const report = await checker.check(await pdfOf(app.id))
    expect(report).toContain('Signature Type: ETSI.CAdES.detached')
    expect(report).toContain('Signature Validation: Signature is Valid.')
    expect(report).toContain('Certificate Validation: Certificate is Trusted.')
    expect(report).toContain(`Signer Certificate Common Name: ${signer.user.fullName}`)
    expect(report).toContain('Total document signed')
    // B-T: the timestamp token covers this signature and chains to the simulator root (OpenSSL).
    expect(await checker.checkTimestamp(await pdfOf(app.id))).toContain('Verification: OK')

    // The public verification page reports the PAdES signer, the chain and the timestamp.
    const permit = await permitOf(app.id)
    const byNumber = (
      await t.app.inject({ method: 'GET', url: `/api/v1/permits/${encodeURIComponent(permit.permit.number)}/verify` })
    ).json()
    expect(byNumber.pades).toMatchObject({
      service: 'simulator',
      level: 'B-T',
      signer: { name: signer.user.fullName, nip: '198001012005011001', title: 'Kepala Dinas Penanaman Modal' },
    })
    expect(byNumber.pades.chain[1]).toContain('CN=Pintu Simulator Signing CA')
    expect(byNumber.pades.timestamp.authority).toContain('Pintu Simulator Timestamp Authority')
    expect(Math.abs(Date.parse(byNumber.pades.timestamp.time) - clock.now().getTime())).toBeLessThan(5000)
    expect(byNumber.pades.actingAs).toBeNull()
    expect(byNumber.signature.valid).toBe(true)
    expect(byNumber.permit).toBeNull()
  })

  it('fails pdfsig when one byte of the signed PDF is altered', async () => {
    const { app, signer } = await atSigning()
    await h.act(signer, app.id, 'sign', { version: app.version, passphrase: passphrases.get(signer.user.id) })
    const pdf = Buffer.from(await pdfOf(app.id))
    expect(await checker.check(pdf)).toContain('Signature is Valid.')
    // A byte inside the page content (the first signed range), not in the signature itself.
    const at = pdf.indexOf('stream') + 20
    pdf[at] = pdf[at]! ^ 0x01
    const report = await checker.check(pdf)
    expect(report).not.toContain('Signature is Valid.')
    expect(report).toMatch(/Digest Mismatch|Signature is Invalid/)
  })

  it('signs nothing and changes nothing without the passphrase or with a wrong one', async () => {
    const { app, signer } = await atSigning()
    const missing = await h.act(signer, app.id, 'sign', { version: app.version })
    expect(missing.statusCode).toBe(400)
    expect(missing.json().error.code).toBe('signing.passphrase_required')
    const wrong = await h.act(signer, app.id, 'sign', { version: app.version, passphrase: 'bukan-passphrase-saya' })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json().error.code).toBe('signing.wrong_passphrase')
    const detail = (await h.get(signer, app.id)).json()
    expect(detail.status).toBe('signing')
    expect(detail.version).toBe(app.version)
    const none = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${app.id}/permit`,
      headers: applicant.headers,
    })
    expect(none.json().error.code).toBe('permits.not_issued')
    // Nobody else's passphrase signs with this signer's certificate either.
    const other = [...passphrases.entries()].find(([id]) => id !== signer.user.id)![1]
    const foreign = await h.act(signer, app.id, 'sign', { version: app.version, passphrase: other })
    expect(foreign.json().error.code).toBe('signing.wrong_passphrase')
    const right = await h.act(signer, app.id, 'sign', {
      version: app.version,
      passphrase: passphrases.get(signer.user.id),
    })
    expect(right.json().application.status).toBe('issued')
  })

  it('throttles passphrase guesses: after five wrong ones even the right one is refused for a while', async () => {
    const { app, signer } = await atSigning()
    for (let i = 0; i < 5; i += 1)
      expect(
        (await h.act(signer, app.id, 'sign', { version: app.version, passphrase: `tebakan-${i}-salah` })).statusCode,
      ).toBe(401)
    const blocked = await h.act(signer, app.id, 'sign', {
      version: app.version,
      passphrase: passphrases.get(signer.user.id),
    })
    expect(blocked.statusCode).toBe(429)
    expect(blocked.json().error.code).toBe('signing.too_many_attempts')
    clock.advance(15 * 60_000 + 1000)
    const later = await h.act(signer, app.id, 'sign', {
      version: app.version,
      passphrase: passphrases.get(signer.user.id),
    })
    expect(later.json().application.status).toBe('issued')
  })

  it('refuses to sign with a revoked certificate, lists it in the CRL, and keeps earlier permits valid', async () => {
    // Only signer1 on duty, so both files are theirs: one signed before the revocation, one after.
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/work/duty',
      headers: team.crew.signer2!.headers,
      payload: { onDuty: false },
    })
    const { app: first, signer: before } = await atSigning()
    await h.act(before, first.id, 'sign', { version: first.version, passphrase: passphrases.get(before.user.id) })
    const { app, signer } = await atSigning()
    const list = (await t.app.inject({ method: 'GET', url: '/api/v1/signers', headers: admin.headers })).json()
    expect(list.service).toBe('simulator')
    expect(JSON.stringify(list)).not.toContain('327301010180000')
    const enrolment = list.items.find(
      (s: { officerId: string; revokedAt: string | null }) => s.officerId === signer.user.id && !s.revokedAt,
    )
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/signers/${enrolment.id}/revoke`,
      headers: admin.headers,
      payload: { reason: 'Kunci diduga bocor' },
    })
    expect(revoked.statusCode).toBe(200)
    const refused = await h.act(signer, app.id, 'sign', {
      version: app.version,
      passphrase: passphrases.get(signer.user.id),
    })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error.code).toBe('signing.certificate_revoked')
    expect((await h.get(signer, app.id)).json().status).toBe('signing')

    const crl = await t.app.inject({ method: 'GET', url: '/api/v1/signing-simulator/crl' })
    expect(crl.headers['content-type']).toContain('application/pkix-crl')
    expect(crl.rawPayload.toString('hex')).toContain(enrolment.certificateSerial)
    // Signed while valid, with a timestamp that says so: the earlier permit still verifies.
    if (before.user.id === signer.user.id)
      expect(await checker.check(await pdfOf(first.id))).toContain('Signature is Valid.')
  })

  it('says the CA simulator is on, on /ready and in the site facts the SPAs read', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/ready' })).json().simulators).toEqual(['bank', 'signing_ca'])
    const site = (await t.app.inject({ method: 'GET', url: '/api/v1/site' })).json()
    expect(site).toMatchObject({ simulators: ['bank', 'signing_ca'], certifiedSigning: 'simulator' })
  })

  it('enrols only officers who may sign, and never answers with the NIK', async () => {
    const frontdesk = team.crew.frontdesk1!
    const res = await enrol(frontdesk, 'passphrase-frontdesk', '3273010101800007')
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('signing.not_a_signer')
    const twice = await enrol(team.crew.signer2!, 'passphrase-lain-lagi', '3273010101800001')
    expect(twice.json().error.code).toBe('signing.already_enrolled')
  })
  it("puts the delegate's own certificate on a permit signed under a delegation (Plt.)", async () => {
    const acting = await t.account(['supervisor'], { fullName: 'Evi Shaleha' })
    passphrases.set(acting.user.id, 'passphrase-plt-evi')
    expect((await enrol(acting, 'passphrase-plt-evi', '3273010101800009')).statusCode).toBe(201)
    for (const signer of [team.crew.signer1!, team.crew.signer2!])
      await t.app.inject({
        method: 'PUT',
        url: '/api/v1/work/duty',
        headers: signer.headers,
        payload: { onDuty: false },
      })
    const today = WIB.dateOf(clock.now())
    const granted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/delegations',
      headers: team.crew.signer1!.headers,
      payload: {
        kind: 'plt',
        delegateId: acting.user.id,
        startsOn: today,
        endsOn: today,
        reason: 'Keputusan Wali Kota: Plt. Kepala Dinas.',
      },
    })
    expect(granted.statusCode, granted.body).toBe(201)
    const { app, assigneeId } = await atSigning()
    expect(assigneeId).toBe(acting.user.id)
    // The head of office's passphrase is no use to the delegate: it is their own certificate that signs.
    const headPassphrase = passphrases.get(team.crew.signer1!.user.id)
    expect((await h.act(acting, app.id, 'sign', { version: app.version, passphrase: headPassphrase })).statusCode).toBe(
      401,
    )
    const signed = await h.act(acting, app.id, 'sign', { version: app.version, passphrase: 'passphrase-plt-evi' })
    expect(signed.json().application.status).toBe('issued')
    const report = await checker.check(await pdfOf(app.id))
    expect(report).toContain('Signer Certificate Common Name: Evi Shaleha')
    expect(report).toContain('Certificate is Trusted.')
    const permit = await permitOf(app.id)
    expect(permit.permit.signerTitle).toMatch(/^Plt\. /)
    expect(permit.pades.signer.name).toBe('Evi Shaleha')
    // The public answer, by number alone, says in what capacity she signed (and under which delegation).
    const byNumber = (
      await t.app.inject({ method: 'GET', url: `/api/v1/permits/${encodeURIComponent(permit.permit.number)}/verify` })
    ).json()
    expect(byNumber.pades.actingAs).toEqual({
      kind: 'plt',
      title: permit.permit.signerTitle,
      delegationId: granted.json().id,
    })
    expect(byNumber.permit).toBeNull()
  })
})
