import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { count, eq, sql } from 'drizzle-orm'
import { users } from '../src/modules/identity/identity.table.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

const validApplicant = (n: number) => ({
  nik: '3273014508900001'.slice(0, 12) + String(1000 + n).slice(-4),
  fullName: 'Dewi Lestari',
  email: `dewi.${n}@contoh.id`,
  phone: '0812-3456-7890',
  password: 'kopi susu gula aren',
})

describe('applicant registration', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  const register = (body: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body as object, headers })
  const userCount = async () => (await t.db.select({ n: count() }).from(users))[0]!.n

  it('registers a valid applicant, normalises the phone and logs them in', async () => {
    const res = await register(validApplicant(1))
    expect(res.statusCode).toBe(201)
    const session = res.json()
    expect(session.account).toMatchObject({
      kind: 'applicant',
      roles: ['applicant'],
      email: 'dewi.1@contoh.id',
      officeCode: '32.73',
    })
    expect(session.refreshToken.length).toBeGreaterThanOrEqual(40)
    const [row] = await t.db.select().from(users).where(eq(users.email, 'dewi.1@contoh.id'))
    expect(row!.phone).toBe('+6281234567890')
    expect(row!.passwordHash).toMatch(/^\$argon2id\$/)
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    })
    expect(me.json()).toMatchObject({ phone: '+6281234567890', nikMasked: '••••••••••••1001' })
  })

  it('answers every field error of a registration at once: a malformed email hides no other', async () => {
    const before = await userCount()
    const res = await register({
      nik: '9973014508900001',
      fullName: 'Dewi Lestari',
      email: 'dewi-at-contoh.id',
      phone: '022-7217487',
      password: 'pendek',
    })
    expect(res.statusCode).toBe(400)
    const error = res.json().error
    expect(error.code).toBe('request.invalid')
    expect(error.details.map((d: { field: string; code: string }) => [d.field, d.code])).toEqual([
      ['/nik', 'nik.unknown_province'],
      ['/email', 'email.invalid'],
      ['/phone', 'phone.invalid'],
      ['/password', 'password.too_short'],
    ])
    expect(error.details[1].message).toMatch(/Email harus berbentuk nama@domain/)
    expect(await userCount()).toBe(before)
  })

  it('answers the rule problems of every field together when the schema is satisfied', async () => {
    const res = await register({ ...validApplicant(90), nik: '32730145', phone: '12', password: 'password123' })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('nik.format')
    expect(res.json().error.details.map((d: { code: string }) => d.code)).toEqual([
      'nik.format',
      'phone.invalid',
      'password.too_common',
    ])
  })

  it('says what a field expects where the schema knows only its length', async () => {
    const res = await register({ ...validApplicant(92), nik: '3'.repeat(40), email: 'x'.repeat(250) + '@a.id' })
    expect(res.json().error.details.map((d: { field: string; code: string }) => `${d.field} ${d.code}`)).toEqual([
      '/nik nik.format',
      '/email email.invalid',
    ])
  })

  it('names a missing field beside the other fields problems', async () => {
    const { fullName: _omitted, ...rest } = { ...validApplicant(91), nik: '1' }
    const res = await register(rest)
    expect(res.statusCode).toBe(400)
    expect(res.json().error.details.map((d: { field: string; code: string }) => `${d.field} ${d.code}`)).toEqual([
      '/nik nik.format',
      '/fullName field.required',
    ])
  })

  it.each([
    ['a NIK that is not 16 digits', { nik: '32730145089000' }, 'nik.format'],
    ['a NIK with an unknown province', { nik: '9973014508900001' }, 'nik.unknown_province'],
    ['a NIK with a zero district', { nik: '3273004508900001' }, 'nik.bad_region'],
    ['a NIK born on 31 February', { nik: '3273013102900001' }, 'nik.bad_birth_date'],
    ["a NIK whose woman's day is over 71", { nik: '3273017208900001' }, 'nik.bad_birth_date'],
    ['a NIK with serial 0000', { nik: '3273014508900000' }, 'nik.bad_serial'],
    ['a landline instead of a mobile number', { phone: '022-7217487' }, 'phone.invalid'],
    ['a password under 10 characters', { password: 'pendek123' }, 'password.too_short'],
    ['one of the most common passwords', { password: 'password123' }, 'password.too_common'],
    ['a run of digits', { password: '3456789012' }, 'password.too_common'],
    ['a password containing the NIK', { password: 'x3273014508900999x' }, 'password.contains_personal_data'],
  ])('refuses %s with a specific code and stores nothing', async (_name, change, code) => {
    const before = await userCount()
    const body = { ...validApplicant(999), ...change }
    if (code === 'password.contains_personal_data') body.nik = '3273014508900999'
    const res = await register(body)
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe(code)
    expect(res.json().error.details.map((d: { code: string }) => d.code)).toContain(code)
    expect(await userCount()).toBe(before)
  })

  it('reports every problem at once, each on its own field', async () => {
    const res = await register({ ...validApplicant(998), nik: '3273013102900001', phone: '12345', password: 'short' })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.details).toEqual([
      expect.objectContaining({ field: '/nik', code: 'nik.bad_birth_date' }),
      expect.objectContaining({ field: '/phone', code: 'phone.invalid' }),
      expect.objectContaining({ field: '/password', code: 'password.too_short' }),
    ])
  })

  it('refuses a second account with the same email or NIK', async () => {
    expect((await register(validApplicant(2))).statusCode).toBe(201)
    const sameEmail = await register({ ...validApplicant(3), email: 'DEWI.2@contoh.id' })
    expect(sameEmail.statusCode).toBe(409)
    expect(sameEmail.json().error.code).toBe('identity.email_taken')
    const sameNik = await register({ ...validApplicant(2), email: 'other@contoh.id' })
    expect(sameNik.json().error.code).toBe('identity.nik_taken')
  })

  it('answers in English when the client prefers it, Bahasa Indonesia otherwise', async () => {
    const body = { ...validApplicant(997), nik: '3273013102900001' }
    expect((await register(body)).json().error.message).toMatch(/Tanggal lahir/)
    expect((await register(body, { 'accept-language': 'en-US,en;q=0.9,id;q=0.5' })).json().error.message).toMatch(
      /birth date/,
    )
  })
})

describe('sessions', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip })
  const refresh = (refreshToken: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } })

  it('logs in with the right password and refuses a wrong one alike for unknown emails', async () => {
    const { user, password } = await t.account(['frontdesk'])
    const ok = await login(user.email.toUpperCase(), password)
    expect(ok.statusCode).toBe(200)
    expect(ok.json().account.roles).toEqual(['frontdesk'])
    const wrong = await login(user.email, 'not-the-password', '10.0.0.2')
    const unknown = await login('nobody@test.pintu.id', 'not-the-password', '10.0.0.3')
    expect(wrong.statusCode).toBe(401)
    expect(unknown.statusCode).toBe(401)
    expect(wrong.json().error.code).toBe(unknown.json().error.code)
  })

  it('rotates refresh tokens: each works once', async () => {
    const { user, password } = await t.account(['approver'])
    const first = (await login(user.email, password, '10.0.1.1')).json()
    const second = await refresh(first.refreshToken)
    expect(second.statusCode).toBe(200)
    expect(second.json().refreshToken).not.toBe(first.refreshToken)
    expect((await refresh(second.json().refreshToken)).statusCode).toBe(200)
  })

  it('revokes the whole family when a used refresh token is presented again', async () => {
    const { user, password } = await t.account(['signer'])
    const first = (await login(user.email, password, '10.0.2.1')).json()
    const rotated = (await refresh(first.refreshToken)).json()
    const replay = await refresh(first.refreshToken)
    expect(replay.statusCode).toBe(401)
    expect(replay.json().error.code).toBe('auth.refresh_reused')
    // The thief's replay also ends the legitimate holder's newer token.
    const afterRevocation = await refresh(rotated.refreshToken)
    expect(afterRevocation.statusCode).toBe(401)
    // Another login is a separate family and still works.
    const other = (await login(user.email, password, '10.0.2.1')).json()
    expect((await refresh(other.refreshToken)).statusCode).toBe(200)
  })

  it('logout revokes the session family', async () => {
    const { user, password } = await t.account(['treasurer'])
    const session = (await login(user.email, password, '10.0.3.1')).json()
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: { refreshToken: session.refreshToken },
    })
    expect(out.statusCode).toBe(204)
    expect((await refresh(session.refreshToken)).json().error.code).toBe('auth.refresh_invalid')
  })

  it('refuses an unknown refresh token', async () => {
    const res = await refresh('x'.repeat(43))
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('auth.refresh_invalid')
  })
})

describe('failed-login throttling', () => {
  const clock = createTestClock(new Date('2026-11-28T02:00:00Z'))
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ clock })
  })
  afterAll(() => t.close())
  const login = (email: string, password: string, ip: string) =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password }, remoteAddress: ip })

  async function failedLoginAudits(userId: string) {
    const rows = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where action = 'identity.login_failed' and entity_id = ${userId}`,
    )
    return rows[0]!.n
  }

  it('slows the account from one address after 3 failures and locks it there after 10, even for the right password', async () => {
    const { user, password } = await t.account(['supervisor'])
    for (let i = 0; i < 3; i += 1) expect((await login(user.email, 'wrong-password!', '10.1.0.1')).statusCode).toBe(401)
    const tooFast = await login(user.email, 'wrong-password!', '10.1.0.1')
    expect(tooFast.statusCode).toBe(429)
    expect(tooFast.json().error.code).toBe('auth.too_many_attempts')
    expect(Number(tooFast.headers['retry-after'])).toBeGreaterThan(0)
    for (let i = 3; i < 10; i += 1) {
      // Each further attempt waits twice as long: 2 s after the third failure, 4 s after the fourth…
      clock.advance(2 ** (i - 2) * 1000)
      expect((await login(user.email, 'wrong-password!', '10.1.0.1')).statusCode).toBe(401)
    }
    clock.advance(10 * 60_000)
    const locked = await login(user.email, password, '10.1.0.1')
    expect(locked.statusCode).toBe(423)
    expect(locked.json().error.code).toBe('auth.locked')
  })

  it('keeps 100 parallel wrong passwords on one account at the rule: only 3 are ever checked', async () => {
    const { user } = await t.account(['signer'])
    const results = await Promise.all(
      Array.from({ length: 100 }, () => login(user.email, 'wrong-password!', '10.3.0.1')),
    )
    const statuses = results.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 401)).toHaveLength(3)
    expect(statuses.filter((s) => s === 429)).toHaveLength(97)
    expect(await failedLoginAudits(user.id)).toBe(3)
  })

  it('never lets a stranger lock the owner out: the owner logs in from their usual address at once, and from a new one within 30 s', async () => {
    const { user, password } = await t.account(['signer'])
    expect((await login(user.email, password, '10.4.0.2')).statusCode).toBe(200)
    for (let i = 0; i < 40; i += 1) {
      await login(user.email, 'wrong-password!', `10.4.1.${i}`)
      clock.advance(500)
    }
    expect((await login(user.email, password, '10.4.0.2')).statusCode).toBe(200)
    const elsewhere = await login(user.email, password, '10.4.9.9')
    if (elsewhere.statusCode !== 200) {
      expect(elsewhere.statusCode).toBe(429)
      expect(Number(elsewhere.headers['retry-after'])).toBeLessThanOrEqual(30)
      clock.advance(30_000)
      expect((await login(user.email, password, '10.4.9.9')).statusCode).toBe(200)
    }
  })

  it('does not lock out a whole office behind one address when a few officers mistype', async () => {
    const ip = '10.2.0.1'
    for (let i = 0; i < 20; i += 1) {
      expect((await login(`typo-${i}@test.pintu.id`, 'Password2026!', ip)).statusCode).toBe(401)
    }
    const { user, password } = await t.account(['auditor'])
    expect((await login(user.email, password, ip)).statusCode).toBe(200)
  })
})

describe('registration races', () => {
  it('answers two simultaneous registrations with one NIK with one account and a 409, never a 500', async () => {
    const t = await createTestApp()
    try {
      const body = (email: string) => ({
        nik: '3273014508900123',
        fullName: 'Dewi',
        email,
        phone: '081234567890',
        password: 'kopi susu gula aren',
      })
      const results = await Promise.all([
        t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body('race.a@contoh.id') }),
        t.app.inject({ method: 'POST', url: '/api/v1/auth/register', payload: body('race.b@contoh.id') }),
      ])
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409])
      expect(results.find((r) => r.statusCode === 409)!.json().error.code).toBe('identity.nik_taken')
    } finally {
      await t.close()
    }
  })
})
