import type { ServedOffice } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { forgetSite } from '@/features/site/site.ts'
import { resetSiteState } from '@/features/site/useSite.ts'
import { useSessionStore } from '@/stores/session.ts'
import { CHOSEN_OFFICE_KEY, chosenOffice, rememberOffice } from '../chosenOffice.ts'
import { forgetOffices } from '../offices.ts'
import { BANDUNG, CIMAHI, MAKASSAR, fakeDeployment } from '../testing/fakeDeployment.ts'
import OfficePage from './OfficePage.vue'
import { sampleSession } from '@/stores/testing/sampleSession.ts'

const session = sampleSession()

async function open(path: string, offices: readonly ServedOffice[], options: { hostOffice?: string } = {}) {
  const deployment = fakeDeployment(offices, options)
  vi.stubGlobal('fetch', deployment.fetch)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'home', component: { template: '<p>beranda</p>' } },
      { path: '/layanan/:code', name: 'service', component: { template: '<p>layanan</p>' } },
      { path: '/kantor/:code?/:rest(.*)*', name: 'office', component: OfficePage },
    ],
  })
  await router.push(path)
  const wrapper = mount(
    { template: '<RouterView />' },
    { global: { plugins: [router, createTestI18n('id')] }, attachTo: document.body },
  )
  await flushPromises()
  return { wrapper, router, deployment }
}

describe('choosing the office', () => {
  // The session store loads the API module on demand to sign out: loaded here once, so a click's
  // work is done when its promises are flushed.
  beforeAll(() => import('@/api.ts'))
  beforeEach(() => {
    setActivePinia(createPinia())
  })
  afterEach(() => {
    vi.stubGlobal('fetch', fakeDeployment([BANDUNG]).fetch)
    rememberOffice(null)
    localStorage.clear()
    forgetSite()
    forgetOffices()
    resetSiteState()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('by province, then city or regency, each a labelled list, and remembers it', async () => {
    const { wrapper, router, deployment } = await open('/kantor', [BANDUNG, CIMAHI, MAKASSAR])
    expect(wrapper.get('h1').text()).toBe('Pilih kantor')
    expect(wrapper.text()).toContain('Kantor sekarang: DPMPTSP Kota Bandung')
    const province = wrapper.get('#office-province')
    expect(wrapper.get('label[for="office-province"]').text()).toBe('Provinsi')
    expect(wrapper.get('label[for="office-region"]').text()).toBe('Kabupaten/kota')
    expect(province.findAll('option').map((o) => o.text())).toEqual(['Jawa Barat', 'Sulawesi Selatan'])
    expect(
      wrapper
        .get('#office-region')
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual(['Kota Bandung', 'Kota Cimahi'])
    await province.setValue('73')
    await flushPromises()
    // A new province offers its own cities at once, never one of the last province's.
    expect(
      wrapper
        .get('#office-region')
        .findAll('option')
        .map((o) => o.text()),
    ).toEqual(['Kota Makassar'])
    expect(wrapper.text()).toContain('/kantor/73.71')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(localStorage.getItem(CHOSEN_OFFICE_KEY)).toBe('73.71')
    expect(router.currentRoute.value.path).toBe('/')
    // The site facts were asked again, of the office chosen.
    expect(deployment.sent.filter((s) => s.url === '/api/v1/site').at(-1)?.office).toBe('73.71')
  })

  it('by a link an office shares: /kantor/73.71 opens the SPA for Makassar', async () => {
    const { router } = await open('/kantor/73.71', [BANDUNG, MAKASSAR])
    expect(chosenOffice.value).toBe('73.71')
    expect(router.currentRoute.value.path).toBe('/')
  })

  it('a link may go on to one of its pages: /kantor/73.71/layanan/SKP', async () => {
    const { router } = await open('/kantor/73.71/layanan/SKP', [BANDUNG, MAKASSAR])
    expect(chosenOffice.value).toBe('73.71')
    expect(router.currentRoute.value.path).toBe('/layanan/SKP')
  })

  it('a link to an office not served here says so, and offers the list; nothing is remembered', async () => {
    const { wrapper } = await open('/kantor/99.99', [BANDUNG, MAKASSAR])
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Kode kantor 99.99 tidak dilayani di sini. Pilih kantor di bawah ini.',
    )
    expect(wrapper.find('#office-province').exists()).toBe(true)
    expect(chosenOffice.value).toBeNull()
  })

  it('with one office served there is nothing to choose', async () => {
    const { wrapper } = await open('/kantor', [BANDUNG])
    expect(wrapper.find('select').exists()).toBe(false)
    expect(wrapper.text()).toContain('Layanan ini hanya melayani DPMPTSP Kota Bandung.')
  })

  it('signed in, moving to another office keeps the session: an applicant is national', async () => {
    useSessionStore().start(session)
    const { router, deployment } = await open('/kantor/73.71', [BANDUNG, MAKASSAR])
    expect(useSessionStore().isLoggedIn).toBe(true)
    expect(deployment.sent.some((s) => s.url === '/api/v1/auth/logout')).toBe(false)
    expect(chosenOffice.value).toBe('73.71')
    expect(router.currentRoute.value.path).toBe('/')
  })

  it("on a host name a reverse proxy fixes to one office, says another can't be reached here", async () => {
    const { wrapper, router } = await open('/kantor/32.73', [BANDUNG, MAKASSAR], { hostOffice: '73.71' })
    expect(wrapper.text()).toContain('Alamat ini hanya melayani DPMPTSP Kota Makassar.')
    expect(chosenOffice.value).toBeNull()
    expect(router.currentRoute.value.path).toBe('/kantor/32.73')
  })
})
