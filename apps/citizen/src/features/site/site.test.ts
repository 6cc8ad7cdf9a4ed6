import { sampleSiteOffice } from '@pintu/contract/samples'
import { systemRoutes } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { bankIsSimulated, forgetSite, loadSite, SITE_URL } from './site.ts'

const answering = (body: unknown, status = 200) =>
  vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }))

afterEach(forgetSite)

describe('the installation facts', () => {
  it('asks the public site route of the contract', () => {
    expect(SITE_URL).toBe(systemRoutes.site.url)
  })

  it('says the bank is simulated only when the installation lists the bank simulator', async () => {
    expect(
      bankIsSimulated(
        await loadSite(answering({ officeCode: '32.73', office: sampleSiteOffice, simulators: ['bank'] })),
      ),
    ).toBe(true)
    forgetSite()
    expect(
      bankIsSimulated(await loadSite(answering({ officeCode: '32.73', office: sampleSiteOffice, simulators: [] }))),
    ).toBe(false)
    expect(bankIsSimulated(null)).toBe(false)
  })

  it('asks once per page load', async () => {
    const fetch = answering({ officeCode: '32.73', office: sampleSiteOffice, simulators: ['bank'] })
    await loadSite(fetch)
    await loadSite(fetch)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('never fails the page: a refused or unreachable answer means no facts, and is asked again next time', async () => {
    expect(await loadSite(answering({}, 503))).toBeNull()
    const offline = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))
    expect(await loadSite(offline)).toBeNull()
    expect(offline).toHaveBeenCalledTimes(1)
  })
})
