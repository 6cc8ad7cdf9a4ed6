import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import App from './App.vue'
import { createTestI18n } from './i18n/testing.ts'
import { createAppRouter } from './router.ts'
import { forgetClosures } from './features/closures/closureNotice.ts'
import { rememberOffice } from './features/office/chosenOffice.ts'
import { BANDUNG, MAKASSAR, fakeDeployment } from './features/office/testing/fakeDeployment.ts'
import { forgetSite } from './features/site/site.ts'
import { resetSiteState } from './features/site/useSite.ts'
import type { ServedOffice } from '@pintu/contract'

async function openHome(offices: readonly ServedOffice[], chosen: string | null = null) {
  const deployment = fakeDeployment(offices)
  vi.stubGlobal('fetch', deployment.fetch)
  rememberOffice(chosen)
  forgetSite()
  deployment.sent.length = 0
  const router = createAppRouter(createMemoryHistory())
  await router.push('/')
  const wrapper = mount(App, { global: { plugins: [router, createTestI18n('id')] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, deployment }
}

describe('the header names the office and, where there are several, the way to another', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => {
    vi.stubGlobal('fetch', fakeDeployment([BANDUNG]).fetch)
    rememberOffice(null)
    localStorage.clear()
    forgetSite()
    forgetClosures()
    resetSiteState()
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('one office served: its name in the header and footer, and no choice of office', async () => {
    const { wrapper } = await openHome([BANDUNG])
    expect(wrapper.get('.brand__office').text()).toBe('DPMPTSP Kota Bandung')
    expect(wrapper.get('footer').text()).toContain(BANDUNG.name.id)
    expect(wrapper.find('a[href="/kantor"]').exists()).toBe(false)
    expect(document.title).toBe('Beranda — Pintu — DPMPTSP Kota Bandung')
  })

  it('two offices served: a link to change office, and the office chosen is the one named', async () => {
    const { wrapper, deployment } = await openHome([BANDUNG, MAKASSAR], '73.71')
    expect(wrapper.get('.brand__office').text()).toBe('DPMPTSP Kota Makassar')
    expect(wrapper.get('a[href="/kantor"]').text()).toBe('Ganti kantor')
    // The first page's own requests (site facts, closures) went to the office chosen.
    expect(deployment.sent.map((s) => [s.url, s.office])).toEqual([
      ['/api/v1/site', '73.71'],
      ['/api/v1/closures', '73.71'],
    ])
  })

  it('choosing another office puts its name in the header without reloading the page', async () => {
    const { wrapper } = await openHome([BANDUNG, MAKASSAR])
    expect(wrapper.get('.brand__office').text()).toBe('DPMPTSP Kota Bandung')
    rememberOffice('73.71')
    await flushPromises()
    expect(wrapper.get('.brand__office').text()).toBe('DPMPTSP Kota Makassar')
  })
})
