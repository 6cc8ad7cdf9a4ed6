import { sql } from 'drizzle-orm'
import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loggerOptions } from '../src/logger.ts'
import { createSmtpMailSender } from '../src/modules/messaging/mail-sender.ts'
import { startSmsGatewaySimulator, type SmsGatewaySimulator } from '../src/modules/messaging/sms-gateway-simulator.ts'
import { createHttpSmsSender } from '../src/modules/messaging/sms-sender.ts'
import { startSmtpSink } from './support/smtp-sink.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

/**
 * Account recovery and upkeep through the real senders: reset links over SMTP to a real SMTP
 * server on loopback, codes over HTTP to the SMS gateway simulator.
 */
describe('account recovery and upkeep', () => {
  const clock = createTestClock(new Date('2026-11-17T09:00:00+07:00'))
  const logLines: string[] = []
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString())
      done()
    },
  })
  let t: TestApp
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>
  let sms: SmsGatewaySimulator
  let ip = 0
  /** Each test from its own client address, so the per-address limits of one do not reach another. */
  const nextAddress = () => `10.9.${Math.floor(++ip / 250)}.${ip % 250}`
  const secrets: string[] = []

  beforeAll(async () => {
    smtp = await startSmtpSink()
    sms = await startSmsGatewaySimulator({})
    t = await createTestApp({
      clock,
      logger: { ...(loggerOptions('info') as object), stream: logStream },
      mail: createSmtpMailSender({ url: smtp.url, from: 'Pintu <pintu@test.pintu.id>' }),
      sms: createHttpSmsSender({ url: sms.url, token: sms.token }),
    })
  })
  afterAll(async () => {
    await t.close()
    await smtp.close()
    await sms.close()
  })

  const post = (url: string, payload: object, options: { headers?: Record<string, string>; from?: string } = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: options.headers, remoteAddress: options.from })

  const requestReset = (email: string, channel: 'email' | 'sms' = 'email', from = nextAddress()) =>
    post('/api/v1/auth/password-reset', { email, channel }, { from })

  async function resetLink(account: Account): Promise<string> {
    const res = await requestReset(account.user.email)
    expect(res.statusCode).toBe(202)
    const mail = await smtp.next(account.user.email)
    const token = /#token=([0-9a-f-]{36}\.[A-Za-z0-9_-]{43})/.exec(mail.text)?.[1]
    expect(token, mail.text).toBeDefined()
    secrets.push(token!)
    return token!
  }

  async function smsTo(phone: string, since: number) {
    for (let i = 0; i < 100; i++) {
      const found = sms
        .messages()
        .slice(since)
        .find((m) => m.to === phone)
      if (found) return found
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`no SMS to ${phone}`)
  }

  const login = async (email: string, password: string) =>
    post('/api/v1/auth/login', { email, password }, { from: nextAddress() })

  const audit = (since: number) =>
    queryRows<{ action: string; entity_type: string; details: unknown }>(
      t.db,
      sql`select action, entity_type, details from audit_log where id > ${since} order by id`,
    )
  const lastAuditId = async () =>
    (await queryRows<{ id: number }>(t.db, sql`select coalesce(max(id), 0)::int as id from audit_log`))[0]!.id

  it('resets a password with the emailed link, ends every session, and records each step', async () => {
    const account = await t.account(['applicant'])
    const session = (await login(account.user.email, account.password)).json()
    const since = await lastAuditId()
    const token = await resetLink(account)
    const res = await post('/api/v1/auth/password-reset/confirm', { token, password: 'sawah hijau di lembang' })
    expect(res.statusCode, res.body).toBe(204)

    expect((await login(account.user.email, account.password)).statusCode).toBe(401)
    expect((await login(account.user.email, 'sawah hijau di lembang')).statusCode).toBe(200)
    // The session from before the reset is over: its refresh token and its access token.
    const refreshed = await post('/api/v1/auth/refresh', { refreshToken: session.refreshToken })
    expect(refreshed.statusCode).toBe(401)
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    })
    expect(me.statusCode).toBe(401)

    expect((await audit(since)).map((a) => a.action)).toEqual([
      'identity.password_reset_requested',
      'identity.password_reset',
      // The old password, tried after the reset.
      'identity.login_failed',
    ])
    const stored = await queryRows<{ secret_hash: string }>(t.db, sql`select secret_hash from account_codes`)
    for (const row of stored) expect(token).not.toContain(row.secret_hash)
  })

  it("resets an officer's password by the same link (the officer login links to it)", async () => {
    const officer = await t.account(['frontdesk'])
    const token = await resetLink(officer)
    const res = await post('/api/v1/auth/password-reset/confirm', { token, password: 'kantor baru di cianjur' })
    expect(res.statusCode, res.body).toBe(204)
    const session = await login(officer.user.email, 'kantor baru di cianjur')
    expect(session.statusCode).toBe(200)
    expect(session.json().account.roles).toEqual(['frontdesk'])
  })

  it('answers the same for an email without an account, records it alike, and sends nothing', async () => {
    const account = await t.account(['applicant'])
    const since = await lastAuditId()
    const known = await requestReset(account.user.email)
    const unknown = await requestReset('nobody-here@contoh.id')
    expect(unknown.statusCode).toBe(known.statusCode)
    expect(unknown.body).toBe(known.body)
    expect(unknown.json()).toEqual({ accepted: true })
    await smtp.next(account.user.email)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(smtp.received.some((m) => m.to.includes('nobody-here@contoh.id'))).toBe(false)
    const records = await audit(since)
    expect(records).toHaveLength(2)
    expect(records[0]).toEqual(records[1])
    expect(records[0]).toMatchObject({ entity_type: 'account_code', details: { channel: 'email' } })
  })

  it('refuses a used, a wrong, a replaced and an expired link with stable codes, changing nothing', async () => {
    const account = await t.account(['applicant'])
    const token = await resetLink(account)
    const confirm = (tokenValue: string, password = 'gunung tangkuban perahu') =>
      post('/api/v1/auth/password-reset/confirm', { token: tokenValue, password })

    const wrongSecret = `${token.split('.')[0]}.${'A'.repeat(43)}`
    expect((await confirm(wrongSecret)).json().error.code).toBe('auth.reset_invalid')
    const unknownId = `00000000-0000-4000-8000-000000000000.${token.split('.')[1]}`
    expect((await confirm(unknownId)).json().error.code).toBe('auth.reset_invalid')
    const malformed = await confirm('not-a-token-at-all-but-long-enough-to-pass-lengths-xxxxxxxx')
    expect(malformed.statusCode).toBe(400)
    expect(malformed.json().error.code).toBe('request.invalid')
    const weak = await confirm(token, 'password123')
    expect(weak.statusCode).toBe(422)
    expect(weak.json().error.code).toBe('password.too_common')
    // None of those used the link up.
    expect((await confirm(token)).statusCode).toBe(204)
    const used = await confirm(token)
    expect(used.statusCode).toBe(409)
    expect(used.json().error.code).toBe('auth.reset_used')

    const first = await resetLink(account)
    const second = await resetLink(account)
    expect((await confirm(first)).json().error.code).toBe('auth.reset_invalid')
    clock.advance(31 * 60_000)
    const expired = await confirm(second)
    expect(expired.statusCode).toBe(400)
    expect(expired.json().error.code).toBe('auth.reset_expired')
    expect((await login(account.user.email, 'gunung tangkuban perahu')).statusCode).toBe(200)
  })

  it('lets exactly one of 100 concurrent uses of one link succeed', async () => {
    const account = await t.account(['applicant'])
    const token = await resetLink(account)
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        post('/api/v1/auth/password-reset/confirm', { token, password: `kebun teh ciwidey ${i}` }),
      ),
    )
    const statuses = results.map((r) => r.statusCode)
    expect(statuses.filter((s) => s === 204)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(99)
    const winner = results.findIndex((r) => r.statusCode === 204)
    expect((await login(account.user.email, `kebun teh ciwidey ${winner}`)).statusCode).toBe(200)
    const records = await queryRows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from audit_log where action = 'identity.password_reset' and entity_id = ${account.user.id}`,
    )
    expect(records[0]!.n).toBe(1)
  })

  it('limits requests per email, equally whether or not it has an account, and per client address', async () => {
    const account = await t.account(['applicant'])
    for (const email of [account.user.email, 'no-account-limit@contoh.id']) {
      const answers = []
      for (let i = 0; i < 6; i++) answers.push(await requestReset(email))
      expect(answers.slice(0, 5).map((r) => r.statusCode)).toEqual([202, 202, 202, 202, 202])
      expect(answers[5]!.statusCode).toBe(429)
      expect(answers[5]!.json().error.code).toBe('rate_limited')
      expect(Number(answers[5]!.headers['retry-after'])).toBeGreaterThan(0)
    }
    const from = nextAddress()
    const answers = []
    for (let i = 0; i < 21; i++) answers.push(await requestReset(`someone-${i}@contoh.id`, 'email', from))
    expect(answers.slice(0, 20).every((r) => r.statusCode === 202)).toBe(true)
    expect(answers[20]!.statusCode).toBe(429)
    for (let i = 0; i < 5; i++) await smtp.next(account.user.email)
  })

  it('resets by SMS code: wrong codes are counted, five kill the code, the right one works once', async () => {
    const account = await t.account(['applicant'])
    const email = account.user.email
    const withCode = (code: string, password = 'angklung bambu hitam') =>
      post('/api/v1/auth/password-reset/code', { email, code, password }, { from: nextAddress() })

    let since = sms.messages().length
    expect((await requestReset(email, 'sms')).statusCode).toBe(202)
    let message = await smsTo('+6281234567890', since)
    let code = /\b(\d{6})\b/.exec(message.text)![1]!
    secrets.push(code)
    const wrong = code === '000000' ? '000001' : '000000'
    const refused = await withCode(wrong)
    expect(refused.statusCode).toBe(422)
    expect(refused.json().error.code).toBe('auth.code_invalid')
    // An email without an account answers exactly as a wrong code does.
    const stranger = await post('/api/v1/auth/password-reset/code', {
      email: 'stranger@contoh.id',
      code,
      password: 'angklung bambu hitam',
    })
    expect(stranger.json().error.code).toBe('auth.code_invalid')
    for (let i = 0; i < 4; i++) await withCode(wrong)
    expect((await withCode(code)).json().error.code).toBe('auth.code_invalid')

    since = sms.messages().length
    await requestReset(email, 'sms')
    message = await smsTo('+6281234567890', since)
    code = /\b(\d{6})\b/.exec(message.text)![1]!
    secrets.push(code)
    expect((await withCode(code)).statusCode).toBe(204)
    expect((await withCode(code)).json().error.code).toBe('auth.code_invalid')
    expect((await login(email, 'angklung bambu hitam')).statusCode).toBe(200)
    const actions = await queryRows<{ details: { reason: string } }>(
      t.db,
      sql`select details from audit_log where action = 'identity.password_reset_refused' order by id`,
    )
    expect(actions.map((a) => a.details.reason)).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'too_many'])
  })

  it('changes the password only with the current one, and ends the other sessions', async () => {
    const account = await t.account(['applicant'])
    const a = (await login(account.user.email, account.password)).json()
    const b = (await login(account.user.email, account.password)).json()
    const change = (body: object) =>
      post('/api/v1/me/password', body, { headers: { authorization: `Bearer ${a.accessToken}` } })

    const since = await lastAuditId()
    const wrong = await change({ currentPassword: 'not the password', newPassword: 'jalan braga malam hari' })
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json().error).toMatchObject({
      code: 'auth.wrong_password',
      details: [{ field: '/currentPassword', code: 'auth.wrong_password' }],
    })
    const weak = await change({ currentPassword: account.password, newPassword: 'short' })
    expect(weak.json().error.details).toEqual([
      expect.objectContaining({ field: '/newPassword', code: 'password.too_short' }),
    ])
    expect(await audit(since)).toEqual([])

    const ok = await change({ currentPassword: account.password, newPassword: 'jalan braga malam hari' })
    expect(ok.statusCode, ok.body).toBe(200)
    const fresh = ok.json()
    const meWith = (token: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })
    expect((await meWith(fresh.accessToken)).statusCode).toBe(200)
    expect((await meWith(b.accessToken)).statusCode).toBe(401)
    expect((await post('/api/v1/auth/refresh', { refreshToken: b.refreshToken })).statusCode).toBe(401)
    expect((await post('/api/v1/auth/refresh', { refreshToken: fresh.refreshToken })).statusCode).toBe(200)
    expect((await audit(since)).map((r) => r.action)).toEqual(['identity.password_changed'])
  })

  it('changes the email after the code sent to the new one, and tells the old one', async () => {
    const account = await t.account(['applicant'])
    const headers = account.headers
    const newEmail = `baru-${account.user.id.slice(0, 8)}@contoh.id`
    const start = (body: object) => post('/api/v1/me/contact', body, { headers })

    expect((await start({ kind: 'email', value: newEmail, currentPassword: 'wrong password' })).json().error.code).toBe(
      'auth.wrong_password',
    )
    expect(
      (await start({ kind: 'email', value: 'not-an-email', currentPassword: account.password })).json().error.code,
    ).toBe('email.invalid')
    const other = await t.account(['applicant'])
    const taken = await start({ kind: 'email', value: other.user.email, currentPassword: account.password })
    expect(taken.statusCode).toBe(409)
    expect(taken.json().error.code).toBe('identity.email_taken')

    const started = await start({ kind: 'email', value: newEmail, currentPassword: account.password })
    expect(started.statusCode, started.body).toBe(202)
    expect(started.json()).toMatchObject({ kind: 'email', sentTo: newEmail })
    const mail = await smtp.next(newEmail)
    const code = /\b(\d{6})\b/.exec(mail.text)![1]!
    secrets.push(code)
    const confirm = (value: string) => post('/api/v1/me/contact/confirm', { kind: 'email', code: value }, { headers })
    const wrong = await confirm(code === '123456' ? '654321' : '123456')
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json().error.code).toBe('auth.code_invalid')
    const done = await confirm(code)
    expect(done.statusCode, done.body).toBe(200)
    expect(done.json().account.email).toBe(newEmail)
    expect((await login(newEmail, account.password)).statusCode).toBe(200)
    const notice = await smtp.next(account.user.email)
    expect(notice.text).toContain('email akun Anda baru saja diganti')
    expect((await confirm(code)).json().error.code).toBe('auth.code_invalid')
  })

  it('changes the mobile number after the SMS code sent to the new number', async () => {
    const account = await t.account(['applicant'])
    const headers = account.headers
    const since = sms.messages().length
    const started = await post(
      '/api/v1/me/contact',
      { kind: 'phone', value: '0813-1111-2222', currentPassword: account.password },
      { headers },
    )
    expect(started.statusCode, started.body).toBe(202)
    const message = await smsTo('+6281311112222', since)
    const code = /\b(\d{6})\b/.exec(message.text)![1]!
    secrets.push(code)
    const done = await post('/api/v1/me/contact/confirm', { kind: 'phone', code }, { headers })
    expect(done.statusCode, done.body).toBe(200)
    expect(done.json().phone).toBe('+6281311112222')
    const same = await post(
      '/api/v1/me/contact',
      { kind: 'phone', value: '+6281311112222', currentPassword: account.password },
      { headers },
    )
    expect(same.json().error.code).toBe('auth.same_contact')
  })

  it('keeps every token, code, password and address out of the logs', () => {
    const log = logLines.join('')
    expect(log.length).toBeGreaterThan(0)
    expect(secrets.length).toBeGreaterThan(5)
    for (const secret of secrets) expect(log).not.toContain(secret.split('.').at(-1))
    for (const text of ['sawah hijau', 'angklung', 'jalan braga', '+62813', 'baru-', '@contoh.id'])
      expect(log).not.toContain(text)
  })
})
