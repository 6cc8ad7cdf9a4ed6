import { allRoutes, type RouteDefinition } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { varyByOffice } from '../src/plugins/office-routing.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

// Two offices in one deployment: Kota Bandung (32.73, the default) and Kota Makassar (73.71).
const BANDUNG = '32.73'
const MAKASSAR = '73.71'

/** The headers a shared cache must key an answer on, as `Vary` lists them (lower-cased). */
const varied = (headers: Record<string, unknown>) =>
  String(headers.vary ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())

/** Every public read of the contract, with its path filled in: an answer of one office each. */
const publicReads = (allRoutes as readonly RouteDefinition[])
  .filter((route) => route.access === 'public' && route.method === 'GET')
  .map((route) =>
    route.url
      .replace(':code', 'SKP')
      .replace(':registrationNo', 'REG-0000')
      .replace(':number', 'X-0000')
      .replace(':attachmentId', '00000000-0000-4000-8000-000000000000')
      .replace('*', '0/000'),
  )

describe('answers of a deployment serving several offices say they vary by office', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR] })
  }, 120_000)
  afterAll(() => t?.close())

  const get = (url: string, office?: string) =>
    t.app.inject({ method: 'GET', url, headers: office ? { 'x-pintu-office': office } : {} })

  it('answers /api/v1/site per office, with Vary: X-Pintu-Office and Authorization', async () => {
    const [bandung, makassar] = [await get('/api/v1/site', BANDUNG), await get('/api/v1/site', MAKASSAR)]
    expect(bandung.statusCode).toBe(200)
    expect(makassar.statusCode).toBe(200)
    // The same address, two answers: a cache keyed on the address alone would mix them up.
    expect(bandung.json().office.timezone).toBe('Asia/Jakarta')
    expect(makassar.json().office.timezone).toBe('Asia/Makassar')
    for (const res of [bandung, makassar]) {
      expect(varied(res.headers)).toContain('x-pintu-office')
      // Without the header, a bearer token's office routes the request.
      expect(varied(res.headers)).toContain('authorization')
    }
  })

  it.each(publicReads)('says so on %s, whatever its status', async (url) => {
    for (const office of [BANDUNG, MAKASSAR, undefined]) {
      const res = await get(url, office)
      expect(res.statusCode, `${url} ${office}`).toBeLessThan(500)
      expect(varied(res.headers), `${url} ${office}`).toContain('x-pintu-office')
    }
  })

  it('keeps what a route varies on itself: the figures still vary by Accept (JSON or CSV)', async () => {
    const res = await get('/api/v1/stats/backlog', MAKASSAR)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toMatch(/public/)
    expect(varied(res.headers)).toEqual(expect.arrayContaining(['accept', 'x-pintu-office', 'authorization']))
    // Once each: hooks that add to Vary must not repeat a name.
    expect(varied(res.headers).filter((name) => name === 'x-pintu-office')).toHaveLength(1)
  })

  it('says so on the 404 of an office the deployment does not serve', async () => {
    const res = await get('/api/v1/site', '99.99')
    expect(res.statusCode).toBe(404)
    expect(varied(res.headers)).toContain('x-pintu-office')
  })

  it('adds the routing headers to a Vary value once, and leaves Vary: * alone', () => {
    expect(varyByOffice(undefined)).toBe('X-Pintu-Office, Authorization')
    expect(varyByOffice('Accept')).toBe('Accept, X-Pintu-Office, Authorization')
    expect(varyByOffice('accept-encoding, x-pintu-office')).toBe('accept-encoding, x-pintu-office, Authorization')
    expect(varyByOffice(['Accept', 'Authorization'])).toBe('Accept, Authorization, X-Pintu-Office')
    expect(varyByOffice('*')).toBe('*')
  })
})
