import { mount, flushPromises } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { i18n } from '@/i18n/index.ts'

// The login page answers a throttled or locked login with how long to wait, from Retry-After.
vi.stubGlobal(
  'fetch',
  async () =>
    new Response(JSON.stringify({ error: { code: 'auth.locked', message: 'locked' } }), {
      status: 423,
      headers: { 'content-type': 'application/json', 'retry-after': '600' },
    }),
)
const { default: LoginPage } = await import('./LoginPage.vue')

describe('login page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
  })

  it('says how long a locked account must wait', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [
        { path: '/', component: { render: () => null } },
        { path: '/login', name: 'login', component: LoginPage },
      ],
    })
    await router.push('/login')
    const wrapper = mount(LoginPage, { global: { plugins: [i18n, router] } })
    await wrapper.get('#login-email').setValue('petugas@example.go.id')
    await wrapper.get('#login-password').setValue('wrong password 123')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const alert = wrapper.get('[role="alert"]').text()
    expect(alert).toContain('dikunci sementara')
    expect(alert).toContain('Coba lagi dalam 10 menit.')
  })

  it('says the session was ended when the API ended it, and that it ran out when it expired', async () => {
    const routes = [{ path: '/login', name: 'login', component: LoginPage }]
    const router = createRouter({ history: createMemoryHistory(), routes })
    await router.push('/login?ended=1&redirect=/officers')
    const wrapper = mount(LoginPage, { global: { plugins: [i18n, router] } })
    expect(wrapper.get('[role="status"]').text()).toContain('Sesi Anda diakhiri: peran diubah')
    await router.push('/login?expired=1')
    await flushPromises()
    expect(wrapper.get('[role="status"]').text()).toBe('Sesi Anda telah berakhir. Silakan masuk kembali.')
  })

  it("links a forgotten password to the public site's reset page, which serves every account", async () => {
    const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/login', component: LoginPage }] })
    await router.push('/login')
    const wrapper = mount(LoginPage, { global: { plugins: [i18n, router] } })
    const link = wrapper.get('a[href="/lupa-kata-sandi"]')
    expect(link.text()).toBe('Lupa kata sandi? Atur ulang di situs layanan publik')
  })
})
