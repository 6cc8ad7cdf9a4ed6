import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signCallback } from '../src/modules/payments/callback-signature.ts'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { BANK_SECRET, createTestApp, queryRows, type TestApp } from './support/test-app.ts'

describe('fees and bank payment', () => {
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  let treasurers: Awaited<ReturnType<TestApp['account']>>[]
  beforeAll(async () => {
    t = await createTestApp()
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
    treasurers = [await t.account(['treasurer']), await t.account(['treasurer'])]
  })
  afterAll(() => t.close())

  /** ITPMB carries a fixed retribusi; takes it to awaiting_payment and returns the invoice. */
  async function approvedWithFee() {
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
    expect(app.status).toBe('awaiting_payment')
    const invoice = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${draft.id}/invoice`, headers: applicant.headers })
    ).json()
    return { id: draft.id, invoice, fee: draft.service.fee.amount as number }
  }

  function callback(body: Record<string, unknown>, opts: { secret?: string; timestamp?: number } = {}) {
    const raw = JSON.stringify(body)
    const timestamp = String(opts.timestamp ?? Math.floor(Date.now() / 1000))
    return t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      payload: raw,
      headers: {
        'content-type': 'application/json',
        'x-pintu-timestamp': timestamp,
        'x-pintu-signature': signCallback(opts.secret ?? BANK_SECRET, timestamp, raw),
      },
    })
  }
  const statusOf = async (id: string) => (await h.get(applicant, id)).json().status

  it('issues an SKRD with the fee from the catalogue rule, a virtual account and a due date', async () => {
    const { invoice, fee } = await approvedWithFee()
    expect(invoice).toMatchObject({ amount: fee, status: 'unpaid' })
    expect(invoice.number).toMatch(/^SKRD\/\d{4}\/\d{6}$/)
    expect(invoice.virtualAccount).toMatch(/^93273\d{11}$/)
  })

  it('moves the file to signing on a genuine callback, exactly once', async () => {
    const { id, invoice } = await approvedWithFee()
    const body = {
      virtualAccount: invoice.virtualAccount,
      amount: invoice.amount,
      paidAt: new Date().toISOString(),
      bankReference: 'NTB-0001-GENUINE',
    }
    const first = await callback(body)
    expect(first.json()).toEqual({ outcome: 'applied' })
    expect(await statusOf(id)).toBe('signing')
    const again = await callback(body)
    expect(again.json()).toEqual({ outcome: 'duplicate' })
    const events = await queryRows(
      t.db,
      sql`select id from application_events where application_id = ${id} and action = 'pay'`,
    )
    expect(events).toHaveLength(1)
  })

  it.each([
    ['a bad signature', { secret: 'not-the-bank-secret-not-the-bank-secret' }, 'payments.bad_signature'],
    ['an old timestamp', { timestamp: Math.floor(Date.now() / 1000) - 3600 }, 'payments.stale_timestamp'],
  ])('changes nothing for %s', async (_name, opts, code) => {
    const { id, invoice } = await approvedWithFee()
    const res = await callback(
      {
        virtualAccount: invoice.virtualAccount,
        amount: invoice.amount,
        paidAt: new Date().toISOString(),
        bankReference: `NTB-FORGED-${code.length}`,
      },
      opts,
    )
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe(code)
    expect(await statusOf(id)).toBe('awaiting_payment')
  })

  it('refuses a tampered body even with the headers of a genuine one', async () => {
    const { id, invoice } = await approvedWithFee()
    const raw = JSON.stringify({
      virtualAccount: invoice.virtualAccount,
      amount: 1,
      paidAt: new Date().toISOString(),
      bankReference: 'NTB-TAMPER-01',
    })
    const timestamp = String(Math.floor(Date.now() / 1000))
    const signature = signCallback(BANK_SECRET, timestamp, raw)
    const tampered = raw.replace('"amount":1', `"amount":${invoice.amount}`)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/callback',
      payload: tampered,
      headers: { 'content-type': 'application/json', 'x-pintu-timestamp': timestamp, 'x-pintu-signature': signature },
    })
    expect(res.statusCode).toBe(401)
    expect(await statusOf(id)).toBe('awaiting_payment')
  })

  it('holds a wrong amount for reconciliation and leaves the file waiting', async () => {
    const { id, invoice } = await approvedWithFee()
    const res = await callback({
      virtualAccount: invoice.virtualAccount,
      amount: invoice.amount - 1000,
      paidAt: new Date().toISOString(),
      bankReference: 'NTB-SHORT-0001',
    })
    expect(res.json()).toEqual({ outcome: 'amount_mismatch' })
    expect(await statusOf(id)).toBe('awaiting_payment')
    const recon = (
      await t.app.inject({ method: 'GET', url: '/api/v1/payments/reconciliation', headers: treasurers[0]!.headers })
    ).json()
    expect(recon.exceptions.map((e: { bankReference: string }) => e.bankReference)).toContain('NTB-SHORT-0001')
    expect(recon.unpaid.map((i: { id: string }) => i.id)).toContain(invoice.id)
  })

  it('bills a building permit of 1,000,000 m² (Rp 10 billion) exactly: rupiah amounts are 64-bit end to end', async () => {
    const draft = await h.readyDraft(applicant, 'IMB')
    const filled = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/applications/${draft.id}/form`,
      headers: applicant.headers,
      payload: { version: draft.version, data: { bangunan_luas_lantai: 1_000_000 } },
    })
    expect(filled.statusCode, filled.body).toBe(200)
    let app = (await h.act(applicant, draft.id, 'submit', { version: filled.json().version })).json().application
    expect(app.status).toBe('admin_verification')
    for (const [action, extra] of [
      ['accept', {}],
      ['complete_review', { report: 'Bangunan sesuai rencana tata ruang.' }],
      ['approve', {}],
    ] as const) {
      const officer = team.byId(await h.assigneeId(draft.id))!
      app = (await h.act(officer, draft.id, action, { version: app.version, ...extra })).json().application
    }
    const invoice = (
      await t.app.inject({ method: 'GET', url: `/api/v1/applications/${draft.id}/invoice`, headers: applicant.headers })
    ).json()
    expect(invoice.amount).toBe(10_000_000_000)
    const paid = await callback({
      virtualAccount: invoice.virtualAccount,
      amount: 10_000_000_000,
      paidAt: new Date().toISOString(),
      bankReference: 'NTB-BIG-000001',
    })
    expect(paid.json()).toEqual({ outcome: 'applied' })
  })

  const simulate = (virtualAccount: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/bank-simulator/payments', headers, payload: { virtualAccount } })

  it("pays through the bank simulator the way a bank host would, for the invoice's own applicant", async () => {
    const { id, invoice } = await approvedWithFee()
    const res = await simulate(invoice.virtualAccount, applicant.headers)
    expect(res.json()).toEqual({ outcome: 'applied' })
    expect(await statusOf(id)).toBe('signing')
  })

  it("never lets the simulator pay for anyone but the invoice's applicant or a treasurer", async () => {
    const { id, invoice } = await approvedWithFee()
    expect((await simulate(invoice.virtualAccount)).statusCode).toBe(401)
    const stranger = await t.account(['applicant'])
    const strangers = await simulate(invoice.virtualAccount, stranger.headers)
    expect(strangers.statusCode).toBe(404)
    expect(strangers.json().error.code).toBe('payments.no_invoice')
    for (const officer of [await t.account(['supervisor']), await t.account(['signer'])]) {
      expect((await simulate(invoice.virtualAccount, officer.headers)).statusCode).toBe(403)
    }
    expect(await statusOf(id)).toBe('awaiting_payment')
    expect((await simulate(invoice.virtualAccount, treasurers[0]!.headers)).json()).toEqual({ outcome: 'applied' })
    expect(await statusOf(id)).toBe('signing')
  })

  it('gives the SKRD and, once paid, the payment receipt as PDFs, to the applicant and nobody else outside the office', async () => {
    const { id, invoice, fee } = await approvedWithFee()
    // The fee shown before submission is the amount invoiced.
    expect((await h.get(applicant, id)).json().fee).toEqual({ amount: fee, estimate: false })
    expect(invoice.amount).toBe(fee)
    const get = (path: string, headers: Record<string, string> = applicant.headers) =>
      t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/${path}`, headers })
    const skrd = await get('invoice.pdf')
    expect(skrd.statusCode).toBe(200)
    expect(skrd.headers['content-type']).toBe('application/pdf')
    expect(skrd.headers['content-disposition']).toMatch(/^attachment; filename="skrd-SKRD-\d{4}-\d{6}\.pdf"$/)
    expect(skrd.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
    const notYet = await get('receipt.pdf')
    expect(notYet.statusCode).toBe(409)
    expect(notYet.json().error.code).toBe('payments.not_paid')

    const stranger = await t.account(['applicant'])
    for (const path of ['invoice.pdf', 'receipt.pdf']) {
      const res = await get(path, stranger.headers)
      expect(res.statusCode).toBe(404)
      expect(res.json().error.code).toBe('applications.not_found')
    }
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/applications/${id}/invoice.pdf` })).statusCode).toBe(401)
    expect((await get('invoice.pdf', treasurers[0]!.headers)).statusCode).toBe(200)
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/applications/not-a-uuid/invoice.pdf',
          headers: applicant.headers,
        })
      ).statusCode,
    ).toBe(400)

    expect((await simulate(invoice.virtualAccount, applicant.headers)).json()).toEqual({ outcome: 'applied' })
    const receipt = await get('receipt.pdf')
    expect(receipt.statusCode).toBe(200)
    expect(receipt.headers['content-disposition']).toMatch(/^attachment; filename="bukti-bayar-SKRD-\d{4}-\d{6}\.pdf"$/)
    expect(receipt.rawPayload.subarray(0, 5).toString()).toBe('%PDF-')
  })

  it('gives virtual accounts that cannot be guessed from one another', async () => {
    const accounts = [
      (await approvedWithFee()).invoice.virtualAccount,
      (await approvedWithFee()).invoice.virtualAccount,
    ]
    for (const account of accounts) expect(account).toMatch(/^93273[0-9]{11}$/)
    expect(Math.abs(Number(accounts[0]!.slice(5)) - Number(accounts[1]!.slice(5)))).toBeGreaterThan(1000)
  })

  it('lets a treasurer read any invoice of the office', async () => {
    const { id, invoice } = await approvedWithFee()
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${id}/invoice`,
      headers: treasurers[1]!.headers,
    })
    expect(res.statusCode).toBe(200)
    expect(res.json().id).toBe(invoice.id)
  })

  it('needs a second treasurer to confirm a payment by hand', async () => {
    const { id, invoice } = await approvedWithFee()
    const [first, second] = treasurers as [(typeof treasurers)[0], (typeof treasurers)[0]]
    const requested = await t.app.inject({
      method: 'POST',
      url: `/api/v1/payments/invoices/${invoice.id}/manual-confirmations`,
      headers: first.headers,
      payload: {
        bankReference: 'NTB-MANUAL-0001',
        amount: invoice.amount,
        note: 'Callback bank gagal, bukti dari rekening koran.',
      },
    })
    expect(requested.statusCode).toBe(201)
    const manualId = requested.json().id
    const self = await t.app.inject({
      method: 'POST',
      url: `/api/v1/payments/manual-confirmations/${manualId}/approve`,
      headers: first.headers,
    })
    expect(self.statusCode).toBe(403)
    expect(self.json().error.code).toBe('payments.same_treasurer')
    expect(await statusOf(id)).toBe('awaiting_payment')
    const approved = await t.app.inject({
      method: 'POST',
      url: `/api/v1/payments/manual-confirmations/${manualId}/approve`,
      headers: second.headers,
    })
    expect(approved.json()).toEqual({ outcome: 'applied' })
    expect(await statusOf(id)).toBe('signing')
  })

  it('never lets anyone take the system payment action through the action endpoint', async () => {
    const { id } = await approvedWithFee()
    const app = (await h.get(applicant, id)).json()
    // `pay` is Pintu's own action: the contract does not even offer it to callers.
    for (const who of [applicant, treasurers[0]!, team.crew.supervisor!]) {
      expect([400, 403]).toContain((await h.act(who, id, 'pay', { version: app.version })).statusCode)
    }
    expect(await statusOf(id)).toBe('awaiting_payment')
  })
})
