import { count } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { users } from '../src/modules/identity/identity.table.ts'
import { serviceVersions } from '../src/modules/catalogue/catalogue.table.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

/** Bad input gets a clear error with a stable code and changes nothing. */
describe('bad input', () => {
  let t: TestApp
  let admin: Awaited<ReturnType<TestApp['account']>>
  beforeAll(async () => {
    t = await createTestApp()
    admin = await t.account(['admin'])
  })
  afterAll(() => t.close())

  const snapshot = async () => ({
    users: (await t.db.select({ n: count() }).from(users))[0]!.n,
    versions: (await t.db.select({ n: count() }).from(serviceVersions))[0]!.n,
  })
  const register = {
    nik: '3273014508900001',
    fullName: 'Dewi',
    email: 'dewi@contoh.id',
    phone: '081234567890',
    password: 'kopi susu gula aren',
  }

  it.each([
    [
      'malformed JSON',
      { payload: '{"nik": "3273', headers: { 'content-type': 'application/json' } },
      400,
      'request.malformed_json',
    ],
    ['an empty JSON body', { payload: '', headers: { 'content-type': 'application/json' } }, 400, 'request.empty_body'],
    [
      'a body that is not JSON',
      { payload: 'nik=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      415,
      'request.unsupported_media_type',
    ],
    ['a number where text is expected', { payload: { ...register, nik: 3273014508900001 } }, 400, 'request.invalid'],
    ['an unknown field', { payload: { ...register, roles: ['admin'] } }, 400, 'request.invalid'],
    ['a missing field', { payload: { nik: register.nik } }, 400, 'request.invalid'],
    ['a JSON array', { payload: '[1,2]', headers: { 'content-type': 'application/json' } }, 400, 'request.invalid'],
    ['an oversized body', { payload: { ...register, fullName: 'x'.repeat(300_000) } }, 413, 'request.body_too_large'],
    ['an over-long name', { payload: { ...register, fullName: 'x'.repeat(121) } }, 400, 'request.invalid'],
    ['a malformed email', { payload: { ...register, email: 'not-an-email' } }, 400, 'request.invalid'],
  ])('refuses %s on registration and stores nothing', async (_name, request, status, code) => {
    const before = await snapshot()
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/register', ...(request as object) })
    expect(res.statusCode).toBe(status)
    expect(res.json().error.code).toBe(code)
    expect(await snapshot()).toEqual(before)
  })

  it('names the offending field of a validation error', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      payload: { ...register, admin: true },
    })
    expect(res.json().error.details).toEqual([expect.objectContaining({ field: '/admin', code: 'field.unknown' })])
  })

  it('refuses a huge query string with 414', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/services?q=${'a'.repeat(5000)}` })
    expect(res.statusCode).toBe(414)
    expect(res.json().error.code).toBe('request.uri_too_long')
  })

  it('refuses an over-long search term and a non-numeric page', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/v1/services?q=${'a'.repeat(101)}` })).statusCode).toBe(400)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services?page=abc' })).statusCode).toBe(400)
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/services?page=0' })).statusCode).toBe(400)
  })

  it('refuses a draft whose definition breaks the schema, with nothing stored', async () => {
    const before = await snapshot()
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/catalogue/services/SIUP/drafts',
      headers: admin.headers,
      payload: { definition: { code: 'SIUP', kind: 'bribe' } },
    })
    expect(res.statusCode).toBe(400)
    expect(await snapshot()).toEqual(before)
  })

  it('refuses a malformed version id in the path', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/catalogue/versions/not-a-uuid',
      headers: admin.headers,
    })
    expect(res.statusCode).toBe(400)
  })

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('not_found')
  })

  it('never reveals internals on a server error', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/services?q=x', headers: { 'accept-language': 'en' } })
    expect(res.statusCode).toBe(200)
  })
})
