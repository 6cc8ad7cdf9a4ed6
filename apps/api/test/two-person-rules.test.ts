import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/** One admin alone can defeat no two-person rule: not by making a second admin, nor two treasurers. */
describe('two-person rules against one admin with several accounts', () => {
  let t: TestApp
  let rina: Account
  let dedi: Account
  beforeAll(async () => {
    t = await createTestApp()
    // Two founding admins, set up at installation (no creator).
    rina = await t.account(['admin'], { fullName: 'Rina (admin)' })
    dedi = await t.account(['admin'], { fullName: 'Dedi (admin)' })
  })
  afterAll(() => t.close())

  const call = (
    who: Account | { headers: Record<string, string> },
    method: 'GET' | 'POST' | 'PUT',
    url: string,
    payload?: object,
  ) => t.app.inject({ method, url, headers: who.headers, ...(payload && { payload }) })
  let nip = 0
  async function createOfficer(by: Account, roles: string[]) {
    nip += 1
    const res = await call(by, 'POST', '/api/v1/officers', {
      fullName: `Petugas ${nip}`,
      email: `petugas.${nip}@bandung.go.id`,
      employeeNumber: `19900101201501${String(2000 + nip)}`,
      roles,
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { officer: { id: string; roles: string[]; pendingRoles: string[] }; initialPassword: string }
  }
  async function session(email: string, password: string) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: `10.8.${nip}.1`,
    })
    expect(res.statusCode, res.body).toBe(200)
    return { headers: { authorization: `Bearer ${res.json().accessToken}` } }
  }
  const openGrant = async (officerId: string) =>
    (
      (await call(rina, 'GET', '/api/v1/role-grants')).json().items as {
        id: string
        officerId: string
        outcome: string | null
      }[]
    ).find((g) => g.officerId === officerId && g.outcome === null)!

  it('only asks for the admin role when one admin creates an admin: the account holds none of it yet', async () => {
    const created = await createOfficer(rina, ['admin'])
    expect(created.officer).toMatchObject({ roles: [], pendingRoles: ['admin'] })
    const alone = await session(`petugas.${nip}@bandung.go.id`, created.initialPassword)
    expect((await call(alone, 'GET', '/api/v1/catalogue/services')).statusCode).toBe(403)
  })

  it('refuses the approval by the admin who asked, or by the officer concerned', async () => {
    const created = await createOfficer(rina, ['treasurer'])
    const grant = await openGrant(created.officer.id)
    const own = await call(rina, 'POST', `/api/v1/role-grants/${grant.id}/approve`)
    expect(own.statusCode).toBe(403)
    expect(own.json().error.code).toBe('officers.same_admin')
    const approved = await call(dedi, 'POST', `/api/v1/role-grants/${grant.id}/approve`)
    expect(approved.statusCode).toBe(200)
    expect(approved.json()).toMatchObject({ outcome: 'approved', roles: ['treasurer'] })
    const officers = (await call(rina, 'GET', '/api/v1/officers')).json().items as { id: string; roles: string[] }[]
    expect(officers.find((o) => o.id === created.officer.id)!.roles).toEqual(['treasurer'])
  })

  it("refuses publication of an admin's own draft through an admin account they created", async () => {
    const sock = await createOfficer(rina, ['admin'])
    await call(dedi, 'POST', `/api/v1/role-grants/${(await openGrant(sock.officer.id)).id}/approve`)
    const sockSession = await session(`petugas.${nip}@bandung.go.id`, sock.initialPassword)
    const draft = (await call(rina, 'POST', '/api/v1/catalogue/services/REKLAME/drafts', {})).json()
    const res = await call(sockSession, 'POST', `/api/v1/catalogue/versions/${draft.id}/publish`, {
      revision: draft.revision,
    })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('catalogue.related_author')
    expect(
      (await call(dedi, 'POST', `/api/v1/catalogue/versions/${draft.id}/publish`, { revision: draft.revision }))
        .statusCode,
    ).toBe(200)
  })

  it('refuses a manual payment confirmed by two treasurers one admin set up', async () => {
    const accounts = []
    for (let i = 0; i < 2; i += 1) {
      const created = await createOfficer(rina, ['treasurer'])
      await call(dedi, 'POST', `/api/v1/role-grants/${(await openGrant(created.officer.id)).id}/approve`)
      accounts.push(await session(`petugas.${nip}@bandung.go.id`, created.initialPassword))
    }
    const h = applicationHelpers(t)
    const applicant = await t.account(['applicant'])
    const { byId } = await officerCrew(t)
    const draft = await h.readyDraft(applicant, 'ITPMB')
    let app = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    for (const [action, extra] of [
      ['accept', {}],
      ['complete_review', { report: 'Lokasi memenuhi ketentuan jarak.' }],
      ['approve', {}],
    ] as const) {
      app = (
        await h.act(byId(await h.assigneeId(draft.id))!, draft.id, action, { version: app.version, ...extra })
      ).json().application
    }
    expect(app.status).toBe('awaiting_payment')
    const invoice = (await call(applicant, 'GET', `/api/v1/applications/${draft.id}/invoice`)).json()
    const manual = await call(accounts[0]!, 'POST', `/api/v1/payments/invoices/${invoice.id}/manual-confirmations`, {
      bankReference: 'NTB-MANUAL-777',
      amount: invoice.amount,
      note: 'Callback bank tidak datang; dicek di rekening koran.',
    })
    expect(manual.statusCode).toBe(201)
    const approval = await call(
      accounts[1]!,
      'POST',
      `/api/v1/payments/manual-confirmations/${manual.json().id}/approve`,
    )
    expect(approval.statusCode).toBe(403)
    expect(approval.json().error.code).toBe('payments.related_treasurer')
    expect((await h.get(applicant, draft.id)).json().status).toBe('awaiting_payment')
  })

  it('lets an admin refuse a request, which changes no roles', async () => {
    const created = await createOfficer(rina, ['frontdesk', 'supervisor'])
    expect(created.officer).toMatchObject({ roles: ['frontdesk'], pendingRoles: ['supervisor'] })
    const grant = await openGrant(created.officer.id)
    expect((await call(dedi, 'POST', `/api/v1/role-grants/${grant.id}/refuse`)).json().outcome).toBe('refused')
    expect((await call(dedi, 'POST', `/api/v1/role-grants/${grant.id}/approve`)).json().error.code).toBe(
      'officers.grant_not_found',
    )
    const officers = (await call(rina, 'GET', '/api/v1/officers')).json().items as {
      id: string
      roles: string[]
      pendingRoles: string[]
    }[]
    expect(officers.find((o) => o.id === created.officer.id)).toMatchObject({ roles: ['frontdesk'], pendingRoles: [] })
  })
})
