import type { ServedOffice, Site } from '@pintu/contract'
import { OFFICE_HEADER } from '@pintu/contract/office-header'
import { sampleSiteOffice } from '@pintu/contract/samples'
import { vi } from 'vitest'

const office = (code: string, province: [string, string, string], region: [string, string]): ServedOffice => ({
  code,
  bpsCode: code.replace('.', ''),
  province: { code: province[0], name: { id: province[1], en: province[2] } },
  region: { id: region[0], en: region[1] },
  name: { id: `DPMPTSP ${region[0]}`, en: `DPMPTSP of the ${region[1]}` },
  shortName: `DPMPTSP ${region[0]}`,
  address: `Jl. Merdeka No. 1, ${region[0]}`,
  timezone: 'Asia/Jakarta',
  isDefault: false,
})

export const BANDUNG = {
  ...office('32.73', ['32', 'Jawa Barat', 'West Java'], ['Kota Bandung', 'City of Bandung']),
  isDefault: true,
}
export const CIMAHI = office('32.77', ['32', 'Jawa Barat', 'West Java'], ['Kota Cimahi', 'City of Cimahi'])
export const MAKASSAR = {
  ...office('73.71', ['73', 'Sulawesi Selatan', 'South Sulawesi'], ['Kota Makassar', 'City of Makassar']),
  timezone: 'Asia/Makassar' as const,
}

export interface Sent {
  url: string
  method: string
  office: string | null
}

/**
 * A deployment as the API answers it: the offices served, the site facts of the office a request
 * names (X-Pintu-Office, else the default; `hostOffice` plays a reverse proxy that fixes it), 404
 * for an office not served, and a logout. Every request is kept, with the office it named.
 */
export function fakeDeployment(offices: readonly ServedOffice[], options: { hostOffice?: string } = {}) {
  const sent: Sent[] = []
  const json = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input)
    const headers = new Headers(init.headers)
    const named = headers.get(OFFICE_HEADER)
    sent.push({ url, method: init.method ?? 'GET', office: named })
    const code = options.hostOffice ?? named ?? offices[0]!.code
    const answering = offices.find((o) => o.code === code)
    if (url === '/api/v1/offices') return json(200, { offices })
    if (!answering) return json(404, { error: { code: 'not_found', message: 'Not found' } })
    if (url === '/api/v1/site') {
      const site: Site = {
        officeCode: answering.code,
        office: { ...sampleSiteOffice, name: answering.name, shortName: answering.shortName, region: answering.region },
        simulators: [],
        officesServed: offices.length,
      }
      return json(200, site)
    }
    if (url === '/api/v1/closures') return json(200, { items: [] })
    if (url === '/api/v1/auth/logout') return new Response(null, { status: 204 })
    return json(404, { error: { code: 'not_found', message: 'Not found' } })
  })
  return { fetch, sent }
}
