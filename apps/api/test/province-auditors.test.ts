import { allRoutes, type RouteDefinition } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runOfficeAuditor } from '../src/cli/office-auditor-command.ts'
import type { ExitCode } from '../src/cli/operator-command.ts'
import { applicationHelpers } from './support/applications.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

// One deployment of Jawa Barat's cell serving Kota Bandung (32.73, the default) and Kota Cimahi
// (32.77), and Kota Makassar (73.71) of Sulawesi Selatan beside them.
const BANDUNG = '32.73'
const CIMAHI = '32.77'
const MAKASSAR = '73.71'
const SERVED = [BANDUNG, CIMAHI, MAKASSAR]

type Account = Awaited<ReturnType<TestApp['account']>>
type Office = TestApp['office']

const personRoutes = (allRoutes as readonly RouteDefinition[]).filter(
  (route) => Array.isArray(route.access) && route.access.length > 0,
)
const declares = (route: RouteDefinition, role: string) => (route.access as readonly string[]).includes(role)
/** What a visiting auditor may call: the reads open to auditors. */
const auditorReads = personRoutes.filter((route) => route.method === 'GET' && declares(route, 'auditor'))
/** Everything else an officer calls: writes, and reads auditors may not call. */
const refusedAway = personRoutes.filter(
  (route) => !auditorReads.includes(route) && (route.access as readonly string[]).some((role) => role !== 'applicant'),
)

describe('province auditors read the offices the operator configured, and only read', () => {
  let t: TestApp
  let cimahi: Office
  let makassar: Office
  /** A submitted file at each office, by applicants (national) filing there. */
  const files: Record<string, string> = {}
  /** Bandung's auditor, configured for province 32; logged in through the API after the configuration. */
  let auditor: Account
  let auditorToken: string

  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [CIMAHI, MAKASSAR] })
    ;[cimahi, makassar] = t.otherOffices as [Office, Office]
    const h = applicationHelpers(t)
    for (const office of [t.office, cimahi, makassar]) {
      // Frontdesk officers at each office, so its submission is assigned there.
      await t.account(['frontdesk'], { office })
      await t.account(['frontdesk'], { office })
      const applicant = await t.account(['applicant'], { fullName: `Pemohon ${office.code}` })
      const there = { ...applicant, headers: { ...applicant.headers, 'x-pintu-office': office.code } }
      const draft = await h.readyDraft(there, 'SKP')
      const submitted = await h.act(there, draft.id, 'submit', { version: draft.version })
      expect(submitted.statusCode, submitted.body).toBe(200)
      files[office.code] = submitted.json().application.id
    }
    auditor = await t.account(['auditor'], { fullName: 'Inspektur Provinsi' })
    expect((await command(['--email', auditor.user.email, '--province', '32'])).code).toBe(0)
    auditorToken = await login(auditor)
  }, 120_000)
  afterAll(() => t?.close())

  /** Runs the operator's command on the test app's database and collects what it printed. */
  async function command(args: string[], served = SERVED): Promise<{ code: ExitCode; out: string; err: string }> {
    const out: string[] = []
    const err: string[] = []
    const code = await runOfficeAuditor({
      args,
      served,
      database: async () => ({ ...t.database, close: async () => undefined }),
      clock: t.clock,
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  /** A real login, so the token carries what the account holds now (its reading rights among it). */
  async function login(account: Account): Promise<string> {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: account.user.email, password: account.password },
    })
    expect(res.statusCode, res.body).toBe(200)
    return res.json().accessToken as string
  }

  const get = (token: string, url: string, office?: string) =>
    t.app.inject({
      method: 'GET',
      url,
      headers: { authorization: `Bearer ${token}`, ...(office && { 'x-pintu-office': office }) },
    })

  /** The route's path with every id the office's submitted file (a 404 where it names something else). */
  const pathAt = (route: RouteDefinition, office: string) =>
    route.url
      .replace(':code', 'SKP')
      .replace(':requirementKey', 'ktp')
      .replace(/:[A-Za-z]+/g, files[office]!)

  const readOfficesOf = async (userId: string) =>
    (
      await queryRows<{ read_offices: string[] | null }>(t.db, sql`select read_offices from users where id = ${userId}`)
    )[0]!.read_offices

  const changesOf = async (userId: string) =>
    queryRows<{ office: string; actor_role: string; details: { from: string[]; to: string[] } }>(
      t.db,
      sql`select o.code as office, a.actor_role, a.details from audit_log a join offices o on o.id = a.office_id
          where a.action = 'identity.read_offices_set' and a.entity_id = ${userId} order by a.id`,
    )

  it('the configuration is recorded at the auditor’s office, with the operator as the actor', async () => {
    expect(await readOfficesOf(auditor.user.id)).toEqual(['32'])
    expect(await changesOf(auditor.user.id)).toEqual([
      { office: BANDUNG, actor_role: 'operator', details: { from: [], to: ['32'] } },
    ])
  })

  it('reads a file of another office of the province, scoped to that office', async () => {
    const file = await get(auditorToken, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)
    expect(file.statusCode, file.body).toBe(200)
    expect(file.json().id).toBe(files[CIMAHI])
    // The routed office scopes the query: Bandung's file is not Cimahi's, even to an auditor of both.
    const elsewhere = await get(auditorToken, `/api/v1/applications/${files[BANDUNG]}`, CIMAHI)
    expect(elsewhere.statusCode).toBe(404)
    const board = await get(auditorToken, '/api/v1/work/board', CIMAHI)
    expect(board.statusCode, board.body).toBe(200)
    const officers = await get(auditorToken, '/api/v1/officers', CIMAHI)
    expect(officers.statusCode).toBe(200)
    const ids = (officers.json() as { items: { id: string }[] }).items.map((o) => o.id)
    expect(ids).not.toContain(auditor.user.id)
    // Their own account, whichever office answers; but no change to it from there.
    const me = await get(auditorToken, '/api/v1/me', CIMAHI)
    expect(me.statusCode, me.body).toBe(200)
    expect(me.json().account).toMatchObject({ id: auditor.user.id, officeCode: BANDUNG, readOffices: ['32'] })
    const password = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: { authorization: `Bearer ${auditorToken}`, 'x-pintu-office': CIMAHI },
      payload: { currentPassword: auditor.password, newPassword: 'Sandi-Baru-Yang-Panjang-42' },
    })
    expect(password.json().error.code).toBe('auth.wrong_office')
    // At home, as before.
    expect((await get(auditorToken, `/api/v1/applications/${files[BANDUNG]}`)).statusCode).toBe(200)
  })

  it('a read of personal data at the other office is recorded there, naming the auditor', async () => {
    const applicant = await get(auditorToken, `/api/v1/applications/${files[CIMAHI]}/applicant`, CIMAHI)
    expect(applicant.statusCode, applicant.body).toBe(200)
    const reads = await queryRows<{ office: string; actor_role: string }>(
      t.db,
      sql`select o.code as office, a.actor_role from audit_log a join offices o on o.id = a.office_id
          where a.action = 'application.personal_data_read' and a.actor_id = ${auditor.user.id}`,
    )
    expect(reads).toEqual([{ office: CIMAHI, actor_role: 'auditor' }])
  })

  it('cannot read an office outside the configured province', async () => {
    const res = await get(auditorToken, `/api/v1/applications/${files[MAKASSAR]}`, MAKASSAR)
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('auth.wrong_office')
  })

  it.each(refusedAway.map((route) => [`${route.method} ${route.url}`, route] as const))(
    '%s at the other office: refused (writes, and reads auditors may not call)',
    async (_name, route) => {
      const res = await t.app.inject({
        method: route.method,
        url: pathAt(route, CIMAHI),
        headers: { authorization: `Bearer ${auditorToken}`, 'x-pintu-office': CIMAHI },
        payload: 'body' in route.schema ? {} : undefined,
      })
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('auth.wrong_office')
    },
  )

  it('every read open to auditors answers the visiting auditor as it answers the office’s own auditor', async () => {
    const own = await t.account(['auditor'], { office: cimahi })
    const ownToken = own.headers.authorization.slice('Bearer '.length)
    expect(auditorReads.length).toBeGreaterThan(10)
    for (const route of auditorReads) {
      const path = pathAt(route, CIMAHI)
      const visiting = await get(auditorToken, path, CIMAHI)
      const local = await get(ownToken, path, CIMAHI)
      expect([200, 404], `${path}: ${visiting.body}`).toContain(visiting.statusCode)
      expect(visiting.statusCode, path).toBe(local.statusCode)
    }
  })

  it('an auditor holding other roles is only an auditor at the other office', async () => {
    const both = await t.account(['auditor', 'supervisor'])
    expect((await command(['--email', both.user.email, '--offices', CIMAHI])).code).toBe(0)
    const token = await login(both)
    expect((await get(token, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)).statusCode).toBe(200)
    const supervisorOnly = personRoutes.find(
      (route) => route.method === 'GET' && declares(route, 'supervisor') && !declares(route, 'auditor'),
    )!
    const res = await get(token, supervisorOnly.url, CIMAHI)
    expect(res.statusCode).toBe(403)
    expect(res.json().error.code).toBe('auth.wrong_office')
    expect((await get(token, supervisorOnly.url)).statusCode).toBe(200)
  })

  it('an auditor without a configuration reads only their own office; a supervisor none but theirs', async () => {
    for (const roles of [['auditor'], ['supervisor']] as const) {
      const officer = await t.account([...roles])
      const token = await login(officer)
      expect((await get(token, `/api/v1/applications/${files[BANDUNG]}`)).statusCode).toBe(200)
      const res = await get(token, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('auth.wrong_office')
    }
  })

  it('bad input is refused with a clear message and changes nothing', async () => {
    const supervisor = await t.account(['supervisor'])
    const before = { rights: await readOfficesOf(auditor.user.id), changes: (await changesOf(auditor.user.id)).length }
    const cases: { args: string[]; served?: string[]; code: ExitCode; says: RegExp }[] = [
      {
        args: ['--email', auditor.user.email, '--province', '99'],
        code: 2,
        says: /Province 99 is not in the office registry/,
      },
      {
        args: ['--email', auditor.user.email, '--province', 'Jawa Barat'],
        code: 2,
        says: /not in the office registry/,
      },
      { args: ['--email', auditor.user.email, '--offices', '32.04'], code: 2, says: /32\.04 is not served/ },
      {
        args: ['--email', auditor.user.email, '--offices', `${CIMAHI},${MAKASSAR}`],
        served: [BANDUNG, CIMAHI],
        code: 2,
        says: /73\.71 is not served/,
      },
      { args: ['--email', auditor.user.email, '--offices', BANDUNG], code: 2, says: /auditor's own office/ },
      {
        args: ['--email', auditor.user.email, '--province', '32'],
        served: [BANDUNG, MAKASSAR],
        code: 2,
        says: /no served office besides the auditor's own/,
      },
      { args: ['--email', auditor.user.email], code: 2, says: /exactly one of --province, --offices and --none/ },
      { args: ['--email', auditor.user.email, '--province', '32', '--none'], code: 2, says: /exactly one/ },
      { args: ['--province', '32'], code: 2, says: /--email is needed/ },
      { args: ['--email', supervisor.user.email, '--province', '32'], code: 1, says: /does not hold the auditor role/ },
      { args: ['--email', 'nobody@test.pintu.id', '--province', '32'], code: 1, says: /No officer/ },
    ]
    for (const { args, served, code, says } of cases) {
      const run = await command(args, served)
      expect(run.code, args.join(' ')).toBe(code)
      expect(run.err, args.join(' ')).toMatch(says)
    }
    expect(await readOfficesOf(auditor.user.id)).toEqual(before.rights)
    expect(await readOfficesOf(supervisor.user.id)).toBeNull()
    expect((await changesOf(auditor.user.id)).length).toBe(before.changes)
    // Still reading as configured.
    expect((await get(auditorToken, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)).statusCode).toBe(200)
  })

  it('a withdrawn right ends the auditor’s sessions at once; a new login reads only at home', async () => {
    const withdrawn = await t.account(['auditor'])
    expect((await command(['--email', withdrawn.user.email, '--province', '32'])).code).toBe(0)
    // Two logins: the second is first used only after the withdrawal, so no cached session check answers for it.
    const used = await login(withdrawn)
    const unused = await login(withdrawn)
    expect((await get(used, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)).statusCode).toBe(200)
    const none = await command(['--email', withdrawn.user.email, '--none'])
    expect(none.code, none.err).toBe(0)
    expect(await readOfficesOf(withdrawn.user.id)).toBeNull()
    const ended = await get(unused, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)
    expect(ended.statusCode).toBe(401)
    expect(ended.json().error.code).toBe('auth.session_ended')
    const again = await login(withdrawn)
    const refused = await get(again, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)
    expect(refused.json().error.code).toBe('auth.wrong_office')
    expect((await get(again, `/api/v1/applications/${files[BANDUNG]}`)).statusCode).toBe(200)
    expect((await changesOf(withdrawn.user.id)).map((c) => c.details)).toEqual([
      { from: [], to: ['32'] },
      { from: ['32'], to: [] },
    ])
  })

  it('taking the auditor role away clears the reading rights, so giving it back does not restore them', async () => {
    const admin = await t.account(['admin'])
    const former = await t.account(['auditor', 'frontdesk'])
    expect((await command(['--email', former.user.email, '--offices', CIMAHI])).code).toBe(0)
    const setRoles = (roles: string[]) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/officers/${former.user.id}/roles`,
        headers: admin.headers,
        payload: { roles },
      })
    expect((await setRoles(['frontdesk'])).statusCode).toBe(200)
    expect(await readOfficesOf(former.user.id)).toBeNull()
    expect((await setRoles(['frontdesk', 'auditor'])).statusCode).toBe(200)
    const token = await login(former)
    expect((await get(token, `/api/v1/applications/${files[CIMAHI]}`, CIMAHI)).json().error.code).toBe(
      'auth.wrong_office',
    )
    expect((await changesOf(former.user.id)).map((c) => [c.actor_role, c.details])).toEqual([
      ['operator', { from: [], to: [CIMAHI] }],
      ['admin', { from: [CIMAHI], to: [] }],
    ])
  })
})
