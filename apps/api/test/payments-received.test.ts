import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signCallback } from '../src/modules/payments/callback-signature.ts'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { BANK_SECRET, createTestApp, type TestApp } from './support/test-app.ts'

describe('payments received: totals per day and the CSV for the regional finance system', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  let treasurer: Awaited<ReturnType<TestApp['account']>>
  const paid: { registrationNo: string; invoice: { number: string; amount: number; virtualAccount: string } }[] = []
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'], { fullName: 'Siti Rahmawati' })
    treasurer = await t.account(['treasurer'])
    // Two payments on 28 November, one at 01:00 on 30 November in Jakarta (29 November in UTC).
    for (const [paidAt, bankReference] of [
      ['2026-11-28T03:00:00Z', 'NTB-RCV-000001'],
      ['2026-11-28T08:30:00Z', 'NTB-RCV-000002'],
      ['2026-11-29T18:00:00Z', 'NTB-RCV-000003'],
    ] as const) {
      const file = await awaitingPayment()
      const res = await callback({
        virtualAccount: file.invoice.virtualAccount,
        amount: file.invoice.amount,
        paidAt,
        bankReference,
      })
      expect(res.json()).toEqual({ outcome: 'applied' })
      paid.push(file)
    }
    // An amount mismatch is an exception, not a payment received.
    const unpaid = await awaitingPayment()
    await callback({
      virtualAccount: unpaid.invoice.virtualAccount,
      amount: 1,
      paidAt: '2026-11-28T04:00:00Z',
      bankReference: 'NTB-RCV-WRONG1',
    })
  })
  afterAll(() => t.close())

  async function awaitingPayment() {
    const draft = await h.readyDraft(applicant, 'ITPMB')
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    for (const [action, extra] of [
      ['accept', {}],
      ['complete_review', { report: 'Lokasi memenuhi ketentuan jarak.' }],
      ['approve', {}],
    ] as const) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      app = (await h.act(officer, draft.id, action, { version: app.version, ...extra })).json().application
    }
    const invoice = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${draft.id}/invoice`, headers: applicant.headers })
    ).json()
    return { registrationNo: app.registrationNo as string, invoice }
  }

  function callback(body: Record<string, unknown>) {
    const raw = JSON.stringify(body)
    const timestamp = String(Math.floor(Date.now() / 1000))
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      payload: raw,
      headers: {
        'content-type': 'application/json',
        'x-pintu-timestamp': timestamp,
        'x-pintu-signature': signCallback(BANK_SECRET, timestamp, raw),
      },
    })
  }
  const received = (query: string, headers: Record<string, string> = treasurer.headers) =>
    t.app.inject({ method: 'GET', url: `/api/v1/payments/received${query}`, headers })

  it('lists every payment received in the period, oldest first, with totals per Jakarta day', async () => {
    const res = await received('?from=2026-11-28&to=2026-11-30')
    expect(res.statusCode, res.body).toBe(200)
    const report = res.json()
    const amount = paid[0]!.invoice.amount
    expect(report).toMatchObject({ from: '2026-11-28', to: '2026-11-30', count: 3, total: 3 * amount })
    expect(report.days).toEqual([
      { date: '2026-11-28', count: 2, total: 2 * amount },
      { date: '2026-11-29', count: 0, total: 0 },
      { date: '2026-11-30', count: 1, total: amount },
    ])
    expect(report.payments.map((p: { bankReference: string }) => p.bankReference)).toEqual([
      'NTB-RCV-000001',
      'NTB-RCV-000002',
      'NTB-RCV-000003',
    ])
    expect(report.payments[0]).toMatchObject({
      invoiceNumber: paid[0]!.invoice.number,
      registrationNo: paid[0]!.registrationNo,
      serviceCode: 'ITPMB',
      source: 'bank',
      paidOn: '2026-11-28',
    })
    expect(res.body).not.toContain('Siti Rahmawati')
    expect(res.body).not.toContain('NTB-RCV-WRONG1')
  })

  it('answers CSV for Accept: text/csv and at the .csv address, the same rows, no personal data', async () => {
    const byAccept = await received('?from=2026-11-28&to=2026-11-30', { ...treasurer.headers, accept: 'text/csv' })
    expect(byAccept.statusCode).toBe(200)
    expect(byAccept.headers['content-type']).toMatch(/^text\/csv/)
    expect(byAccept.headers['content-disposition']).toBe('attachment; filename="pembayaran-2026-11-28-2026-11-30.csv"')
    const lines = byAccept.body.split('\r\n')
    expect(lines[0]).toBe(
      'tanggal_bayar,waktu_bayar,nomor_skrd,nomor_va,jumlah,referensi_bank,sumber,nomor_registrasi,kode_layanan',
    )
    expect(lines).toHaveLength(5) // header, 3 rows, the empty string after the last CRLF
    const first = lines[1]!.split(',')
    expect(first).toEqual([
      '2026-11-28',
      '2026-11-28T03:00:00.000Z',
      paid[0]!.invoice.number,
      paid[0]!.invoice.virtualAccount,
      String(paid[0]!.invoice.amount),
      'NTB-RCV-000001',
      'bank',
      paid[0]!.registrationNo,
      'ITPMB',
    ])
    const byAddress = await t.app.inject({
      method: 'GET',
      url: '/api/v1/payments/received.csv?from=2026-11-28&to=2026-11-30',
      headers: treasurer.headers,
    })
    expect(byAddress.body).toBe(byAccept.body)
    expect(byAddress.body).not.toContain('Siti')
  })

  it('refuses a period backwards, too long or malformed with stable codes, and anyone but finance readers', async () => {
    const backwards = await received('?from=2026-11-30&to=2026-11-28')
    expect(backwards.statusCode).toBe(422)
    expect(backwards.json().error.code).toBe('payments.bad_period')
    const long = await received('?from=2026-01-01&to=2026-12-31')
    expect(long.statusCode).toBe(422)
    expect(long.json().error.code).toBe('payments.bad_period')
    const malformed = await received('?from=28-11-2026')
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().error.code).toBe('request.invalid')
    expect((await received('?extra=1')).statusCode).toBe(400)
    for (const who of [applicant, team.crew.frontdesk1!, team.crew.signer1!])
      expect((await received('', who.headers)).statusCode).toBe(403)
    expect((await received('', team.crew.auditor!.headers)).statusCode).toBe(200)
    expect((await received('', {})).statusCode).toBe(401)
  })
})
