import { allRoutes, clientScopes, officerRoles, type RouteDefinition } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { basic, form } from './support/integration-clients.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

// Two offices in one deployment: Kota Bandung (32.73, WIB, the default) and Kota Makassar (73.71, WITA).
const BANDUNG = '32.73'
const MAKASSAR = '73.71'

type Account = Awaited<ReturnType<TestApp['account']>>

/** Routes a person calls (officers, admins, applicants); the client-only routes (access []) take client tokens. */
const personRoutes = allRoutes.filter((route) => Array.isArray(route.access) && route.access.length > 0)
/** Routes only applicants call: applicants are national, so their tokens are good at every office. */
const applicantRoutes = personRoutes.filter((route) =>
  (route.access as readonly string[]).every((role) => role === 'applicant'),
)
/** Routes an integration client may call with its token (those declaring scopes). */
const clientRoutes = (allRoutes as readonly RouteDefinition[]).filter((route) => (route.scopes?.length ?? 0) > 0)
const officerRoutes = personRoutes.filter((route) =>
  (route.access as readonly string[]).some((role) => role !== 'applicant'),
)

describe('offices as tenants', () => {
  let t: TestApp
  let makassar: TestApp['office']
  /** Office A (Bandung): an applicant's submitted file and the officers who work there. */
  let a: {
    applicant: Account
    admin: Account
    applicationId: string
    registrationNo: string
    trackingCode: string
    markers: string[]
  }
  /** Office B (Makassar): an officer holding every role, and an admin. */
  /** The frontdesk officer of office A the file was assigned to. */
  let assigneeA: Account
  let b: { everything: Account; admin: Account; applicant: Account }
  /** An integration client of each office, holding every scope, and a token of each. */
  let clients: Record<'a' | 'b', { id: string; secret: string; token: string }>

  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR] })
    makassar = t.otherOffices[0]!
    const h = applicationHelpers(t)
    const { byId } = await officerCrew(t)
    const applicant = await t.account(['applicant'], { fullName: 'Pemohon Rahasia Bandung' })
    const admin = await t.account(['admin'], { fullName: 'Admin Rahasia Bandung' })
    const draft = await h.readyDraft(applicant, 'SKP')
    const submitted = await h.act(applicant, draft.id, 'submit', { version: draft.version })
    expect(submitted.statusCode).toBe(200)
    const application = submitted.json().application
    assigneeA = byId(await h.assigneeId(application.id))!
    a = {
      applicant,
      admin,
      applicationId: application.id,
      registrationNo: application.registrationNo,
      trackingCode: application.trackingCode,
      // What of office A's must never appear in an answer to office B's officer.
      markers: [application.id, application.trackingCode, applicant.user.id, admin.user.id, 'Rahasia Bandung'],
    }
    b = {
      everything: await t.account([...officerRoles], { office: makassar }),
      admin: await t.account(['admin'], { office: makassar }),
      applicant: await t.account(['applicant'], { office: makassar }),
    }
    clients = {
      a: await clientOf(a.admin, BANDUNG),
      b: await clientOf(b.admin, MAKASSAR),
    }
  }, 120_000)
  afterAll(() => t?.close())

  /** Registers a client at the admin's office and asks for its token there, naming the office. */
  async function clientOf(admin: Account, office: string) {
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers: admin.headers,
      payload: {
        name: `Portal ${office}`,
        ownerOrganisation: 'Ikatan Notaris Indonesia',
        contactEmail: 'ti@notaris.example',
        scopes: [...clientScopes],
        serviceCodes: ['SKP'],
        rateLimitPerMinute: 10_000,
      },
    })
    expect(registered.statusCode, registered.body).toBe(201)
    const { client, clientSecret } = registered.json() as { client: { id: string }; clientSecret: string }
    const token = await requestToken(client.id, clientSecret, office)
    expect(token.statusCode, token.body).toBe(200)
    return { id: client.id, secret: clientSecret, token: token.json().access_token as string }
  }

  const requestToken = (id: string, secret: string, office?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: { ...form, authorization: basic(id, secret), ...(office && { 'x-pintu-office': office }) },
      payload: 'grant_type=client_credentials',
    })

  /** The route's path aimed at office A: every id is office A's submitted file (the only id B could guess). */
  const pathAtA = (route: RouteDefinition) =>
    route.url
      .replace(':code', 'SKP')
      .replace(':requirementKey', 'ktp')
      .replace(':action', 'verify')
      .replace(/:[A-Za-z]+/g, a.applicationId)

  it('the offices are in the registry, each with its own time zone and region codes', async () => {
    const rows = await queryRows<{ code: string; timezone: string; bps_code: string; province_code: string }>(
      t.db,
      sql`select code, timezone, bps_code, province_code from offices order by code`,
    )
    expect(rows).toEqual([
      { code: BANDUNG, timezone: 'Asia/Jakarta', bps_code: '3273', province_code: '32' },
      { code: MAKASSAR, timezone: 'Asia/Makassar', bps_code: '7371', province_code: '73' },
    ])
  })

  it('every contract route is served by each office', () => {
    for (const route of allRoutes)
      for (const office of [BANDUNG, MAKASSAR])
        expect(
          t.app.offices.get(office)!.hasRoute({ method: route.method, url: route.url, constraints: { office } }),
          `${office} ${route.method} ${route.url}`,
        ).toBe(true)
  })

  it.each(officerRoutes.map((route) => [`${route.method} ${route.url}`, route] as const))(
    "%s: an officer's token of another office, sent to this one by header, is refused",
    async (_name, route) => {
      const res = await t.app.inject({
        method: route.method,
        url: pathAtA(route),
        headers: { ...b.everything.headers, 'x-pintu-office': BANDUNG },
        payload: 'body' in route.schema ? {} : undefined,
      })
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('auth.wrong_office')
    },
  )

  it.each(applicantRoutes.map((route) => [`${route.method} ${route.url}`, route] as const))(
    "%s: an applicant who signed up at office B, at office A, gets nothing of office A's applicant",
    async (_name, route) => {
      // Applicants are national, so the token is good here; what it reaches is its own files at this office.
      const res = await t.app.inject({
        method: route.method,
        url: pathAtA(route),
        headers: { ...b.applicant.headers, 'x-pintu-office': BANDUNG },
        payload: 'body' in route.schema ? {} : undefined,
      })
      expect(res.statusCode).toBeLessThan(500)
      expect(res.json().error?.code).not.toBe('auth.wrong_office')
      if (pathAtA(route).includes(a.applicationId)) expect(res.statusCode).toBeGreaterThanOrEqual(400)
      for (const marker of a.markers) expect(res.body).not.toContain(marker)
    },
  )

  it.each(clientRoutes.map((route) => [`${route.method} ${route.url}`, route] as const))(
    '%s: a client token of another office, sent to this one by header, is refused',
    async (_name, route) => {
      const res = await t.app.inject({
        method: route.method,
        url: pathAtA(route),
        headers: { authorization: `Bearer ${clients.b.token}`, 'x-pintu-office': BANDUNG },
        payload: 'body' in route.schema ? {} : undefined,
      })
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('auth.wrong_office')
    },
  )

  it("a client's token carries its office, and without a header it works there and only there", async () => {
    const claims = (token: string) =>
      JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as { office: string }
    expect(claims(clients.a.token).office).toBe(BANDUNG)
    expect(claims(clients.b.token).office).toBe(MAKASSAR)
    const me = (token: string, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'GET',
        url: '/api/v1/integration/me',
        headers: { authorization: `Bearer ${token}`, ...headers },
      })
    const atHome = await me(clients.b.token)
    expect(atHome.statusCode, atHome.body).toBe(200)
    expect(atHome.json().id).toBe(clients.b.id)
    expect((await me(clients.a.token)).json().id).toBe(clients.a.id)
    const away = await me(clients.a.token, { 'x-pintu-office': MAKASSAR })
    expect(away.statusCode).toBe(403)
    expect(away.json().error.code).toBe('auth.wrong_office')
    // Office B's client reads nothing of office A's file, whose service type it holds too.
    const file = await t.app.inject({
      method: 'GET',
      url: `/api/v1/integration/applications/${a.registrationNo}`,
      headers: { authorization: `Bearer ${clients.b.token}` },
    })
    expect(file.statusCode).toBe(404)
    expect(file.json().error.code).toBe('tracking.not_found')
    // Office A's own client, with the same scopes and service type, does read it.
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/integration/applications/${a.registrationNo}`,
      headers: { authorization: `Bearer ${clients.a.token}` },
    })
    expect(own.statusCode, own.body).toBe(200)
    for (const marker of a.markers) expect(file.body).not.toContain(marker)
  })

  it('a client gets no token at an office it is not registered at', async () => {
    const elsewhere = await requestToken(clients.b.id, clients.b.secret, BANDUNG)
    expect(elsewhere.statusCode).toBe(401)
    expect(elsewhere.json().error).toBe('invalid_client')
    // Without a header the default office answers, which does not know office B's client either.
    expect((await requestToken(clients.b.id, clients.b.secret)).statusCode).toBe(401)
  })

  it.each(officerRoutes.map((route) => [`${route.method} ${route.url}`, route] as const))(
    "%s: office B's officer, aimed at office A's file, gets nothing of office A",
    async (_name, route) => {
      const res = await t.app.inject({
        method: route.method,
        url: pathAtA(route),
        headers: b.everything.headers,
        payload: 'body' in route.schema ? {} : undefined,
      })
      expect(res.statusCode).toBeLessThan(500)
      // A route given office A's id finds nothing; a list (or a service code B has too) shows none of A's rows.
      if (pathAtA(route).includes(a.applicationId)) expect(res.statusCode).toBeGreaterThanOrEqual(400)
      for (const marker of a.markers) expect(res.body).not.toContain(marker)
    },
  )

  it("office A's officers see its file; office B's admin and queue see none of office A's", async () => {
    const queueA = await t.app.inject({ method: 'GET', url: '/api/v1/work/queue', headers: assigneeA.headers })
    expect(queueA.statusCode).toBe(200)
    expect(queueA.body).toContain(a.applicationId)
    const frontdeskB = await t.account(['frontdesk'], { office: makassar })
    const queueB = await t.app.inject({ method: 'GET', url: '/api/v1/work/queue', headers: frontdeskB.headers })
    expect(queueB.statusCode).toBe(200)
    expect(queueB.body).not.toContain(a.applicationId)

    const officersOf = async (admin: Account) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/officers', headers: admin.headers })).json() as {
        items: { id: string }[]
      }
    const idsA = (await officersOf(a.admin)).items.map((o) => o.id)
    const idsB = (await officersOf(b.admin)).items.map((o) => o.id)
    expect(idsA).toContain(a.admin.user.id)
    expect(idsA).not.toContain(b.admin.user.id)
    expect(idsB).toContain(b.admin.user.id)
    expect(idsB).toContain(frontdeskB.user.id)
    expect(idsB).not.toContain(a.admin.user.id)
  })

  it('public statistics are per office: the header chooses, the default office answers without one', async () => {
    await t.app.offices.get(BANDUNG)!.runStatsRollups()
    await t.app.offices.get(MAKASSAR)!.runStatsRollups()
    const backlog = async (headers: Record<string, string>) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog', headers })).json() as { files: number }
    expect((await backlog({})).files).toBeGreaterThan(0)
    expect((await backlog({ 'x-pintu-office': BANDUNG })).files).toBe((await backlog({})).files)
    expect((await backlog({ 'x-pintu-office': MAKASSAR })).files).toBe(0)
  })

  it('an applicant of office A tracks the file at office A only; a code at an office it is not served by is 404', async () => {
    const track = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/v1/applications/${a.applicationId}`, headers })
    expect((await track(a.applicant.headers)).statusCode).toBe(200)
    const unknown = await t.app.inject({
      method: 'GET',
      url: '/api/v1/stats/backlog',
      headers: { 'x-pintu-office': '99.99' },
    })
    expect(unknown.statusCode).toBe(404)
    expect(unknown.json().error.code).toBe('not_found')
  })

  it("each office's site facts name it, from the registry", async () => {
    const site = async (office: string) =>
      (await t.app.inject({ method: 'GET', url: '/api/v1/site', headers: { 'x-pintu-office': office } })).json() as {
        officeCode: string
        office: { name: { id: string }; address: string }
      }
    expect(await site(BANDUNG)).toMatchObject({
      officeCode: BANDUNG,
      office: { name: { id: expect.stringContaining('Kota Bandung') } },
    })
    expect(await site(MAKASSAR)).toMatchObject({
      officeCode: MAKASSAR,
      office: { name: { id: expect.stringContaining('Kota Makassar') }, address: expect.stringContaining('Makassar') },
    })
  })

  it('an officer of office B logs in without naming the office and works in office B', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: b.admin.user.email, password: b.admin.password },
    })
    expect(res.statusCode).toBe(200)
    const token = res.json().accessToken as string
    const officers = await t.app.inject({
      method: 'GET',
      url: '/api/v1/officers',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(officers.statusCode).toBe(200)
    expect(officers.body).toContain(b.admin.user.id)
    expect(officers.body).not.toContain(a.admin.user.id)
  })

  it('an applicant who signed up at office A applies at office B; each office sees only its own file', async () => {
    const h = applicationHelpers(t)
    const atMakassar = { ...a.applicant, headers: { ...a.applicant.headers, 'x-pintu-office': MAKASSAR } }
    const draft = await h.readyDraft(atMakassar, 'SKP')
    const submitted = await h.act(atMakassar, draft.id, 'submit', { version: draft.version })
    expect(submitted.statusCode, submitted.body).toBe(200)
    const there = submitted.json().application as { id: string; officeCode: string; registrationNo: string }
    expect(there.officeCode).toBe(MAKASSAR)

    // The applicant's one list (routed to their own office by the token) shows both files with their office.
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: a.applicant.headers })
    expect(list.statusCode).toBe(200)
    const items = list.json().items as { id: string; officeCode: string }[]
    expect(items.find((i) => i.id === a.applicationId)?.officeCode).toBe(BANDUNG)
    expect(items.find((i) => i.id === there.id)?.officeCode).toBe(MAKASSAR)
    // A file is opened at its own office; at the other one it does not exist.
    const open = (headers: Record<string, string>) =>
      t.app.inject({ method: 'GET', url: `/api/v1/applications/${there.id}`, headers })
    expect((await open(atMakassar.headers)).statusCode).toBe(200)
    expect((await open(a.applicant.headers)).statusCode).toBe(404)

    // Makassar's officers have it; Bandung's see nothing of it.
    const [assignee] = await queryRows<{ office: string }>(
      t.db,
      sql`select o.code as office from users u join offices o on o.id = u.office_id where u.id = ${await h.assigneeId(there.id)}`,
    )
    expect(assignee?.office).toBe(MAKASSAR)
    expect((await open(b.everything.headers)).statusCode).toBe(200)
    const queueA = await t.app.inject({ method: 'GET', url: '/api/v1/work/queue', headers: assigneeA.headers })
    expect(queueA.body).not.toContain(there.id)
    expect((await open(assigneeA.headers)).statusCode).toBe(404)
    expect((await open(a.admin.headers)).statusCode).toBeGreaterThanOrEqual(403)
  })

  it('a frontdesk officer of office B finds at the counter an applicant who signed up at office A', async () => {
    const nik = '3273014508900777'
    await t.db.execute(sql`update users set nik = ${nik} where id = ${a.applicant.user.id}`)
    const lookup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/counter/applicants/lookup',
      headers: b.everything.headers,
      payload: { nik },
    })
    expect(lookup.statusCode, lookup.body).toBe(200)
    expect(lookup.json()).toMatchObject({ id: a.applicant.user.id, created: false })
  })
})
