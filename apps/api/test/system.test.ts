import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/test-app.ts'
import { loadConfig } from '../src/config.ts'

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
        shortName: 'DPMPTSP Kota Bandung',
        region: { id: 'Kota Bandung', en: 'City of Bandung' },
        address: expect.stringMatching(/^Jl\. .+, Bandung$/),
        // The zone every date of the office is counted in (WIB for Bandung).
        timezone: 'Asia/Jakarta',
        // Hours and contacts only when the deployment states them (PINTU_OFFICE_*): nothing invented.
        hours: null,
        phone: null,
        email: null,
      },
      simulators: ['bank'],
      // No certified signing service unless the deployment names one (PINTU_SIGNING_SERVICE).
      certifiedSigning: 'none',
      // One office served: the SPAs offer no choice of office.
      officesServed: 1,
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

describe("the office's contacts", () => {
  it('are what the deployment states (PINTU_OFFICE_*), in the site facts every page reads', async () => {
    const config = loadConfig({
      PINTU_OFFICE_HOURS: 'Senin–Jumat 08.00–15.00 WIB',
      PINTU_OFFICE_PHONE: '(022) 1234567',
      PINTU_OFFICE_EMAIL: 'dpmptsp@contoh.go.id',
    })
    expect(config.officeContact).toEqual({
      hours: 'Senin–Jumat 08.00–15.00 WIB',
      phone: '(022) 1234567',
      email: 'dpmptsp@contoh.go.id',
    })
    expect(() => loadConfig({ PINTU_OFFICE_PHONE: 'call us' })).toThrow(/PINTU_OFFICE_PHONE/)
    const t = await createTestApp({ officeContact: config.officeContact })
    try {
      const site = (await t.app.inject({ method: 'GET', url: '/api/v1/site' })).json()
      expect(site.office).toMatchObject(config.officeContact)
    } finally {
      await t.close()
    }
  })
})
