import { notificationRoutes } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import NotificationPreferencesPage from './NotificationPreferencesPage.vue'

const api = vi.hoisted(() => ({ callAsAccount: vi.fn() }))
vi.mock('@/api.ts', async () => {
  const { ApiError } = await import('@pintu/contract/client')
  return { ApiError, callAsAccount: api.callAsAccount }
})

/** The API as the page meets it: the saved choice, the account (with or without a phone), and the save. */
function answering(phone: string | null, save: () => Promise<unknown>) {
  api.callAsAccount.mockImplementation(async (route: unknown, input: { body?: unknown }) => {
    if (route === notificationRoutes.preferences) return { locale: 'id', channels: 'email' }
    if (route === notificationRoutes.setPreferences) return save().then(() => input.body)
    return { phone }
  })
}

async function open() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/akun/notifikasi', component: NotificationPreferencesPage },
      { path: '/akun', component: { template: '<p>akun</p>' } },
      { path: '/akun/ubah/hp', component: { template: '<p>hp</p>' } },
      { path: '/masuk', name: 'login', component: { template: '<p>masuk</p>' } },
    ],
  })
  await router.push('/akun/notifikasi')
  const wrapper = mount(
    { template: '<RouterView />' },
    { global: { plugins: [router, createPinia(), createTestI18n('id')] }, attachTo: document.body },
  )
  await flushPromises()
  return wrapper
}

describe('the notification preferences page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('saves the choice and says what was saved', async () => {
    answering('081234567890', async () => undefined)
    const wrapper = await open()
    expect((wrapper.get('#notify-locale-id').element as HTMLInputElement).checked).toBe(true)
    await wrapper.get('#notify-locale-en').setValue(true)
    await wrapper.get('#notify-channels-both').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(api.callAsAccount).toHaveBeenCalledWith(notificationRoutes.setPreferences, {
      body: { locale: 'en', channels: 'both' },
    })
    expect(wrapper.get('[role="status"]').text()).toBe('Pilihan disimpan: pesan dalam English, lewat email dan SMS.')
    expect(wrapper.text()).not.toContain('belum punya nomor HP')
    wrapper.unmount()
  })

  it('shows the API’s refusal and no confirmation', async () => {
    const { ApiError } = await import('@pintu/contract/client')
    answering('081234567890', () => Promise.reject(new ApiError(500, 'internal', 'x')))
    const wrapper = await open()
    await wrapper.get('#notify-channels-sms').setValue(true)
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[role="alert"]').text()).toContain('Terjadi kesalahan di server kami.')
    expect(wrapper.find('[data-testid="preferences-saved"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it('says SMS goes by email while the account has no mobile number', async () => {
    answering(null, async () => undefined)
    const wrapper = await open()
    expect(wrapper.text()).not.toContain('belum punya nomor HP')
    await wrapper.get('#notify-channels-sms').setValue(true)
    expect(wrapper.get('#notify-fallback').text()).toContain('belum punya nomor HP')
    wrapper.unmount()
  })
})
