import { sampleSiteOffice } from '@pintu/contract/samples'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n/index.ts'

// The typed client keeps the fetch it finds when the API module loads: one stand-in, set first.
let officesServed = 1
vi.stubGlobal(
  'fetch',
  async () =>
    new Response(
      JSON.stringify({
        officeCode: '73.71',
        office: { ...sampleSiteOffice, shortName: 'DPMPTSP Kota Makassar' },
        simulators: [],
        officesServed,
      }),
      { status: 200, headers: { 'content-type': 'application/json' } },
    ),
)
const { default: AppHeader } = await import('./AppHeader.vue')
const { forgetSite } = await import('@/features/site/useSite.ts')

async function header() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  })
  await router.push('/')
  const wrapper = mount(AppHeader, { global: { plugins: [i18n, router] } })
  await flushPromises()
  return wrapper
}

describe("the back office's header", () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    forgetSite()
  })

  it('names the office whose back office this is, where the deployment serves several', async () => {
    officesServed = 2
    expect((await header()).get('.app-header__office').text()).toBe('DPMPTSP Kota Makassar')
  })

  it('with one office served, shows no office name beside the subtitle (nothing changes)', async () => {
    officesServed = 1
    expect((await header()).find('.app-header__office').exists()).toBe(false)
  })
})
