import type { Account, ServedOffice } from '@pintu/contract'
import { OFFICE_HEADER } from '@pintu/contract/office-header'
import { sampleSiteOffice } from '@pintu/contract/samples'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '@/i18n/index.ts'

// The typed client keeps the fetch it finds when the API module loads: one stand-in, set first.
const sent: { url: string; office: string | null }[] = []
vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
  const office = new Headers(init.headers).get(OFFICE_HEADER)
  sent.push({ url, office })
  const body =
    url === '/api/v1/offices'
      ? { offices: [BANDUNG, MAKASSAR, CIMAHI] }
      : { officeCode: office ?? '32.73', office: sampleSiteOffice, simulators: [], officesServed: 3 }
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
})
const { default: ReadOfficeSwitch } = await import('./ReadOfficeSwitch.vue')
const { useSessionStore } = await import('@/stores/session.ts')
const { forgetSite } = await import('@/features/site/useSite.ts')
const { OFFICER_OFFICE_KEY, officerOffice, rememberOfficerOffice } = await import('../officerOffice.ts')

const served = (code: string, province: string, region: string): ServedOffice => ({
  code,
  bpsCode: code.replace('.', ''),
  province: { code: province, name: { id: province, en: province } },
  region: { id: region, en: region },
  name: { id: `DPMPTSP ${region}`, en: `DPMPTSP ${region}` },
  shortName: `DPMPTSP ${region}`,
  address: `Jl. Merdeka No. 1, ${region}`,
  timezone: 'Asia/Jakarta',
  isDefault: code === '32.73',
})
const BANDUNG = served('32.73', '32', 'Kota Bandung')
const MAKASSAR = served('73.71', '73', 'Kota Makassar')
const CIMAHI = served('32.77', '32', 'Kota Cimahi')

async function renderFor(account: Partial<Account>) {
  useSessionStore().account = {
    id: '00000000-0000-4000-8000-000000000001',
    kind: 'officer',
    fullName: 'Inspektur',
    email: 'inspektur@bandung.go.id',
    roles: ['auditor'],
    officeCode: '32.73',
    ...account,
  }
  const wrapper = mount(ReadOfficeSwitch, { global: { plugins: [i18n] } })
  await flushPromises()
  return wrapper
}

describe('the office an auditor reads', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    sent.length = 0
    forgetSite()
    rememberOfficerOffice('32.73')
  })
  afterEach(() => localStorage.clear())

  it('offers their own office and the served offices of the province they may read, not another province', async () => {
    const wrapper = await renderFor({ readOffices: ['32'] })
    const select = wrapper.get('select')
    expect(wrapper.get(`label[for="${select.attributes('id')}"]`).text()).toBe('Kantor yang dibaca')
    expect(select.findAll('option').map((option) => [option.attributes('value'), option.text()])).toEqual([
      ['32.73', 'DPMPTSP Kota Bandung (kantor Anda)'],
      ['32.77', 'DPMPTSP Kota Cimahi'],
    ])
    expect((select.element as HTMLSelectElement).value).toBe('32.73')
  })

  it('choosing an office names it on every request after, for this page only (the sign-in office stays remembered)', async () => {
    const wrapper = await renderFor({ readOffices: ['32.77'] })
    sent.length = 0
    await wrapper.get('select').setValue('32.77')
    await flushPromises()
    expect(officerOffice.value).toBe('32.77')
    expect(localStorage.getItem(OFFICER_OFFICE_KEY)).toBe('32.73')
    // The header's site facts are asked again, of the office now read.
    expect(sent).toContainEqual({ url: '/api/v1/site', office: '32.77' })
  })

  it('reading another office, an auditor who is also a supervisor at home goes by the auditor role only', async () => {
    const wrapper = await renderFor({ roles: ['auditor', 'supervisor'], readOffices: ['32'] })
    const session = useSessionStore()
    expect(session.roles).toEqual(['auditor', 'supervisor'])
    await wrapper.get('select').setValue('32.77')
    expect(session.roles).toEqual(['auditor'])
    await wrapper.get('select').setValue('32.73')
    expect(session.roles).toEqual(['auditor', 'supervisor'])
  })

  it('shows nothing, and asks for nothing, for an officer without reading rights elsewhere', async () => {
    const wrapper = await renderFor({ roles: ['auditor', 'supervisor'] })
    expect(wrapper.find('select').exists()).toBe(false)
    expect(sent.map((request) => request.url)).not.toContain('/api/v1/offices')
  })
})
