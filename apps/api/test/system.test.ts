import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/test-app.ts'

describe('health and readiness', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('says the process is alive and the database reachable', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/health' })).json()).toEqual({ status: 'ok' })
    const ready = await t.app.inject({ method: 'GET', url: '/ready' })
    expect(ready.statusCode).toBe(200)
    // The test apps run the bank simulator, and say so.
    expect(ready.json()).toEqual({
      status: 'ready',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
      simulators: ['bank'],
    })
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/site' })).json()).toEqual({
      officeCode: t.office.code,
      office: {
        name: { id: expect.stringContaining('Kota Bandung'), en: expect.stringContaining('Bandung') },
        address: expect.stringMatching(/^Jl\. .+, Bandung$/),
      },
      simulators: ['bank'],
    })
  })

  it('sends security headers and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'trace-12345678' } })
    expect(res.headers['x-content-type-options']).toBe('nosniff')
    expect(res.headers['content-security-policy']).toContain("default-src 'self'")
    const err = await t.app.inject({
      method: 'GET',
      url: '/api/v1/nope',
      headers: { 'x-request-id': 'trace-12345678' },
    })
    expect(err.json().error.requestId).toBe('trace-12345678')
  })

  it('allows no cross-origin browser calls unless configured', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/services',
      headers: { origin: 'https://evil.example' },
    })
    expect(res.headers['access-control-allow-origin']).toBeUndefined()
  })

  it('serves the interactive API documentation at /docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' })
    expect(res.statusCode).toBe(200)
    expect(res.body).toContain('swagger')
  })
})
