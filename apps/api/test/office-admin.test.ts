import { sql } from 'drizzle-orm'
import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runOfficeAdmin } from '../src/cli/office-admin-command.ts'
import type { ExitCode } from '../src/cli/operator-command.ts'
import { verifyPassword } from '../src/modules/identity/password-hashing.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

// A deployment serving Kota Bandung (the default, with its demo-like accounts) and Kota Makassar (none yet).
const BANDUNG = '32.73'
const MAKASSAR = '73.71'
const SERVED = [BANDUNG, MAKASSAR]
const apiDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

describe('pnpm office:admin: the first admin of an office', () => {
  let t: TestApp
  let opened = 0
  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR] })
  })
  afterAll(() => t?.close())

  /** Runs the command on the test app's database (kept open for the test) and collects what it printed. */
  async function command(args: string[], served = SERVED): Promise<{ code: ExitCode; out: string; err: string }> {
    const out: string[] = []
    const err: string[] = []
    const code = await runOfficeAdmin({
      args,
      served,
      database: async () => {
        opened += 1
        return { ...t.database, close: async () => undefined }
      },
      clock: t.clock,
      publicUrl: 'https://pintu.test',
      out: (line) => out.push(line),
      err: (line) => err.push(line),
    })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  const admin = (email: string, nip: string) => [
    '--office',
    MAKASSAR,
    '--email',
    email,
    '--name',
    'Andi Pratama (Admin)',
    '--nip',
    nip,
  ]
  const users = async () =>
    Number((await queryRows<{ n: number }>(t.db, sql`select count(*)::int as n from users`))[0]!.n)

  it('refuses what is not a served office or usable input, and changes nothing', async () => {
    const before = await users()
    const cases = [
      {
        args: ['--office', '99.99', '--email', 'a@b.id', '--name', 'Andi', '--nip', '1'],
        says: /not in the office registry/,
      },
      { args: admin('a@b.id', '198501012010011001'), served: [BANDUNG], says: /not served by this deployment/ },
      { args: ['--office', MAKASSAR, '--email', 'a@b.id'], says: /--office, --email, --name and --nip/ },
      { args: [...admin('a@b.id', '198501012010011001'), '--roles', 'admin'], says: /--roles/ },
    ]
    for (const { args, served, says } of cases) {
      const run = await command(args, served)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.err).toMatch(says)
      expect(run.err).toContain('usage: pnpm office:admin')
    }
    expect(opened).toBe(0)
    const invalid = await command(admin('not-an-email', '12345'))
    expect(invalid.code).toBe(2)
    expect(invalid.err).toContain('email, employeeNumber')
    expect(await users()).toBe(before)
  })

  it('creates the first admin with a one-time password printed once, recorded as a change by the operator', async () => {
    const run = await command(admin('Andi.Admin@Makassar.example', '198501012010011001'))
    expect(run.code, run.err).toBe(0)
    const password = /One-time password .*: (\S+)$/m.exec(run.out)![1]!
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/)
    expect(run.out.split(password)).toHaveLength(2)
    expect(run.out).toContain('Kota Makassar (73.71)')
    const [row] = await queryRows<{ id: string; roles: string[]; password_hash: string; office: string }>(
      t.db,
      sql`select u.id, u.roles, u.password_hash, o.code as office from users u join offices o on o.id = u.office_id
          where u.email = 'andi.admin@makassar.example'`,
    )
    expect(row).toMatchObject({ roles: ['admin'], office: MAKASSAR })
    expect(row!.password_hash).not.toContain(password)
    expect(await verifyPassword(row!.password_hash, password)).toBe(true)
    const audit = await queryRows<{ actor_id: string | null; actor_role: string; details: unknown; office: string }>(
      t.db,
      sql`select a.actor_id, a.actor_role, a.details, o.code as office from audit_log a join offices o on o.id = a.office_id
          where a.action = 'identity.officer_created' and a.entity_id = ${row!.id}`,
    )
    expect(audit).toEqual([
      { actor_id: null, actor_role: 'operator', details: { roles: ['admin'], firstAdmin: true }, office: MAKASSAR },
    ])
    // The password is in no change record, and the record holds no email or name either.
    const everything = JSON.stringify(await queryRows(t.db, sql`select * from audit_log`))
    expect(everything).not.toContain(password)
    expect(everything).not.toMatch(/andi/i)

    // The new admin logs in without naming the office and administers Makassar's officers, and only those.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'andi.admin@makassar.example', password },
    })
    expect(login.statusCode, login.body).toBe(200)
    const headers = { authorization: `Bearer ${login.json().accessToken}` }
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/officers',
      headers,
      payload: {
        fullName: 'Nurul Loket',
        email: 'loket@makassar.example',
        employeeNumber: '199001012015021001',
        roles: ['frontdesk'],
      },
    })
    expect(created.statusCode, created.body).toBe(201)
    const officers = await t.app.inject({ method: 'GET', url: '/api/v1/officers', headers })
    expect(
      officers
        .json()
        .items.map((o: { email: string }) => o.email)
        .sort(),
    ).toEqual(['andi.admin@makassar.example', 'loket@makassar.example'])
  })

  it('refuses an office that has an admin already, says how to recover, and changes nothing', async () => {
    const before = await users()
    const again = await command(admin('kedua@makassar.example', '198501012010011002'))
    expect(again.code).toBe(1)
    expect(again.err).toContain('already has an admin')
    expect(again.err).toMatch(/To recover: .*resets it by email/)
    expect(again.out).toBe('')
    // The default office has admins too (the test app's accounts).
    await t.account(['admin'])
    const bandung = await command([
      ...admin('kedua@bandung.example', '198501012010011003').slice(2),
      '--office',
      BANDUNG,
    ])
    expect(bandung.code).toBe(1)
    expect(bandung.err).toContain('Kota Bandung (32.73) already has an admin')
    expect(await users()).toBe(before + 1)
  })

  it('makes a new first admin once every admin of the office is deactivated; a taken email is refused', async () => {
    await t.db.execute(sql`update users set deactivated_at = now() where email = 'andi.admin@makassar.example'`)
    const taken = await command(admin('loket@makassar.example', '198501012010011004'))
    expect(taken.code).toBe(1)
    expect(taken.err).toContain('exists already')
    const fresh = await command(admin('baru@makassar.example', '198501012010011004'))
    expect(fresh.code, fresh.err).toBe(0)
  })

  it('the script itself refuses an office outside PINTU_OFFICES with exit code 2', async () => {
    const { DATABASE_URL: _unused, ...withoutDatabase } = process.env
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/office-admin.ts', ...admin('x@makassar.example', '198501012010011005')],
      { cwd: apiDir, env: { ...withoutDatabase, PINTU_OFFICES: BANDUNG, PINTU_DATA_DIR: '/nonexistent/pintu-data' } },
    )
    await expect(run).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not served by this deployment'),
    })
  })

  it("the script never makes a new, empty database beside the server's: a missing data directory is exit code 2", async () => {
    const { DATABASE_URL: _unused, ...withoutDatabase } = process.env
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'src/cli/office-admin.ts', ...admin('x@makassar.example', '198501012010011006')],
      {
        cwd: apiDir,
        env: { ...withoutDatabase, PINTU_OFFICES: SERVED.join(','), PINTU_DATA_DIR: '/nonexistent/pintu-data' },
      },
    )
    await expect(run).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('No database: /nonexistent') })
  })
})
