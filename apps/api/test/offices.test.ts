import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/test-app.ts'

// GET /api/v1/offices: what the SPAs choose an office from, and what an integrator reads the codes of.

const bandung = {
  code: '32.73',
  bpsCode: '3273',
  province: { code: '32', name: { id: 'Jawa Barat', en: 'West Java' } },
  region: { id: 'Kota Bandung', en: 'City of Bandung' },
  name: {
    id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Bandung',
    en: 'Investment and One-Stop Integrated Services Office of the City of Bandung',
  },
  shortName: 'DPMPTSP Kota Bandung',
  address: 'Jl. Cianjur No. 34, Bandung',
  timezone: 'Asia/Jakarta',
}
const makassar = {
  code: '73.71',
  bpsCode: '7371',
  province: { code: '73', name: { id: 'Sulawesi Selatan', en: 'South Sulawesi' } },
  region: { id: 'Kota Makassar', en: 'City of Makassar' },
  name: {
    id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Makassar',
    en: 'Investment and One-Stop Integrated Services Office of the City of Makassar',
  },
  shortName: 'DPMPTSP Kota Makassar',
  address: 'Jl. Jend. Ahmad Yani No. 2, Makassar',
  timezone: 'Asia/Makassar',
}

describe('the offices a deployment serves, one office', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t?.close())

  it('lists the one office, as the default, cacheable', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('public, max-age=300')
    expect(res.json()).toEqual({ offices: [{ ...bandung, isDefault: true }] })
  })

  it('with one office served, a header naming another is not consulted: the one office answers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices', headers: { 'x-pintu-office': '73.71' } })
    expect(res.statusCode).toBe(200)
    expect(res.json().offices).toHaveLength(1)
  })
})

describe('the offices a deployment serves, two offices', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ otherOffices: ['73.71'] })
  })
  afterAll(() => t?.close())

  it('lists both, the default first, with their region, province and time zone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices' })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toEqual({
      offices: [
        { ...bandung, isDefault: true },
        { ...makassar, isDefault: false },
      ],
    })
  })

  it('answers the same whichever office the request is routed to, by header or by token', async () => {
    const byDefault = await t.app.inject({ method: 'GET', url: '/api/v1/offices' })
    const makassarOffice = t.otherOffices[0]!
    const officer = await t.account(['frontdesk'], { office: makassarOffice })
    for (const headers of [{ 'x-pintu-office': '73.71' }, { 'x-pintu-office': '32.73' }, officer.headers]) {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices', headers })
      expect(res.statusCode).toBe(200)
      expect(res.body).toBe(byDefault.body)
    }
  })

  it('the site facts say which office answered, with its names for the page header', async () => {
    const site = await t.app.inject({ method: 'GET', url: '/api/v1/site', headers: { 'x-pintu-office': '73.71' } })
    expect(site.json()).toMatchObject({
      officeCode: '73.71',
      officesServed: 2,
      office: {
        name: makassar.name,
        shortName: makassar.shortName,
        region: makassar.region,
        address: makassar.address,
      },
    })
  })

  it('an office the deployment does not serve, named by header, gets a 404', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/offices', headers: { 'x-pintu-office': '99.99' } })
    expect(res.statusCode).toBe(404)
    expect(res.json().error.code).toBe('not_found')
  })
})
