import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { createMemoryHistory, createRouter, RouterView } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { useSessionStore } from '@/stores/session.ts'
import LoginPage from './pages/LoginPage.vue'
import { useSessionEndRedirect } from './useSessionEndRedirect.ts'

const Page = { template: '<p>page</p>' }
const Shell = defineComponent({
  setup() {
    useSessionEndRedirect()
    return () => h(RouterView)
  },
})

async function open(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/permohonan/:id', component: Page, meta: { requiresAccount: true } },
      { path: '/layanan', component: Page },
      { path: '/masuk', name: 'login', component: LoginPage },
      { path: '/daftar', name: 'register', component: Page },
    ],
  })
  await router.push(path)
  const wrapper = mount(Shell, { global: { plugins: [router, createTestI18n('id')] } })
  await flushPromises()
  return { router, wrapper }
}

describe('when the API ends the session while a page is open', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('an applicant page goes to the login page, which says the session was ended, and back after login', async () => {
    const { router, wrapper } = await open('/permohonan/abc')
    useSessionStore().end('auth.session_ended')
    await flushPromises()
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query).toEqual({ next: '/permohonan/abc', sesi: 'diakhiri' })
    const said = 'Sesi Anda sudah diakhiri (misalnya Anda keluar di perangkat lain). Silakan masuk lagi.'
    expect(wrapper.get('[role="status"]').text()).toBe(said)
  })

  it('a session that ran out is said as such', async () => {
    const { router, wrapper } = await open('/permohonan/abc')
    useSessionStore().end('auth.token_expired')
    await flushPromises()
    expect(router.currentRoute.value.query.sesi).toBe('habis')
    expect(wrapper.get('[role="status"]').text()).toBe('Sesi Anda sudah berakhir. Silakan masuk lagi.')
  })

  it('a public page stays where it is', async () => {
    const { router } = await open('/layanan')
    useSessionStore().end('auth.session_ended')
    await flushPromises()
    expect(router.currentRoute.value.path).toBe('/layanan')
  })
})
