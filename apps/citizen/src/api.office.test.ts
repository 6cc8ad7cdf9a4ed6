import { catalogueRoutes, systemRoutes } from '@pintu/contract'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { call } from './api.ts'
import { OFFICES_URL } from './features/office/offices.ts'
import { rememberOffice } from './features/office/chosenOffice.ts'
import { BANDUNG, MAKASSAR, fakeDeployment } from './features/office/testing/fakeDeployment.ts'

afterEach(() => {
  rememberOffice(null)
  localStorage.clear()
  vi.unstubAllGlobals()
})

describe('API calls and the chosen office', () => {
  it('name the office the citizen chose, so the office chosen answers', async () => {
    const deployment = fakeDeployment([BANDUNG, MAKASSAR])
    vi.stubGlobal('fetch', deployment.fetch)
    await call(systemRoutes.site, {})
    rememberOffice('73.71')
    const site = await call(systemRoutes.site, {})
    await call(catalogueRoutes.list, { query: {} }).catch(() => undefined)
    expect(site.officeCode).toBe('73.71')
    expect(deployment.sent.map((s) => s.office)).toEqual([null, '73.71', '73.71'])
  })

  it('ask the offices list at the address of the contract route', () => {
    expect(OFFICES_URL).toBe(systemRoutes.offices.url)
  })
})
