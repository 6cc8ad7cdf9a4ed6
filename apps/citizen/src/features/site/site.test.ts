import { sampleSiteOffice } from '@pintu/contract/samples'
import { systemRoutes } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { chosenOffice, rememberOffice } from '@/features/office/chosenOffice.ts'
import { BANDUNG, MAKASSAR, fakeDeployment } from '@/features/office/testing/fakeDeployment.ts'
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

describe('the installation facts of the chosen office', () => {
  afterEach(() => {
    rememberOffice(null)
    localStorage.clear()
  })

  it('are asked of the office chosen, and asked again when another is chosen', async () => {
    const deployment = fakeDeployment([BANDUNG, MAKASSAR])
    expect((await loadSite(deployment.fetch))?.officeCode).toBe('32.73')
    forgetSite()
    rememberOffice('73.71')
    expect((await loadSite(deployment.fetch))?.officeCode).toBe('73.71')
    expect(deployment.sent.map((s) => s.office)).toEqual([null, '73.71'])
  })

  it('drop a remembered office the deployment no longer serves, so the default office answers again', async () => {
    const deployment = fakeDeployment([BANDUNG])
    rememberOffice('73.71')
    expect(await loadSite(deployment.fetch)).toBeNull()
    expect(chosenOffice.value).toBeNull()
    expect((await loadSite(deployment.fetch))?.officeCode).toBe('32.73')
  })

  it('follow the office a reverse proxy fixes for this host name, rather than name the one chosen', async () => {
    const deployment = fakeDeployment([BANDUNG, MAKASSAR], { hostOffice: '73.71' })
    rememberOffice('32.73')
    expect((await loadSite(deployment.fetch))?.officeCode).toBe('73.71')
    expect(chosenOffice.value).toBeNull()
  })

  it('keep the choice through an outage: only a 404 means the office is not served', async () => {
    rememberOffice('73.71')
    expect(await loadSite(answering({}, 503))).toBeNull()
    expect(chosenOffice.value).toBe('73.71')
  })
})
