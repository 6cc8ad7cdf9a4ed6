import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loggerOptions } from '../src/logger.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

describe('logs', () => {
  const lines: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString())
      done()
    },
  })
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ logger: { ...(loggerOptions('info') as object), stream } })
  })
  afterAll(() => t.close())

  it('carry request ids but never NIK, phone, email, password, tokens or query strings', async () => {
    const nik = '3273014508900777'
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/register',
      headers: { 'x-request-id': 'log-check-0001' },
      payload: {
        nik,
        fullName: 'Dewi Rahasia',
        email: 'dewi.rahasia@contoh.id',
        phone: '081299887766',
        password: 'sandi sangat rahasia',
      },
    })
    expect(res.statusCode).toBe(201)
    const session = res.json()
    await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${session.accessToken}` },
    })
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken: session.refreshToken } })
    await t.app.inject({ method: 'GET', url: '/api/v1/services?q=kata-cari-pribadi' })
    const log = lines.join('')
    expect(log).toContain('log-check-0001')
    for (const secret of [
      nik,
      '81299887766',
      'dewi.rahasia',
      'sandi sangat rahasia',
      session.accessToken,
      session.refreshToken,
      'kata-cari-pribadi',
    ]) {
      expect(log).not.toContain(secret)
    }
  })
})
