import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import RegisterPage from './RegisterPage.vue'

const api = vi.hoisted(() => ({ call: vi.fn() }))
vi.mock('@/api.ts', async () => {
  const { ApiError } = await import('@pintu/contract/client')
  return { ApiError, call: api.call, retryAfterSeconds: () => null }
})

async function open() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/daftar', name: 'register', component: RegisterPage },
      { path: '/akun', name: 'account', component: { template: '<p>akun</p>' } },
      { path: '/masuk', name: 'login', component: { template: '<p>masuk</p>' } },
      { path: '/privasi', name: 'privacy', component: { template: '<p>privasi</p>' } },
    ],
  })
  await router.push('/daftar')
  const wrapper = mount(
    { template: '<RouterView />' },
    { global: { plugins: [router, createPinia(), createTestI18n('id')] }, attachTo: document.body },
  )
  await flushPromises()
  return wrapper
}

describe('the registration page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('shows every field problem at once, each saying what is expected, without calling the API', async () => {
    const wrapper = await open()
    await wrapper.get('#register-nik').setValue('3273 0145')
    await wrapper.get('#register-email').setValue('siti-at-contoh.id')
    await wrapper.get('#register-phone').setValue('022-7217487')
    await wrapper.get('#register-password').setValue('pendek')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const items = wrapper
      .get('[role="alert"]')
      .findAll('li')
      .map((li) => li.text())
    expect(items).toEqual([
      'NIK harus 16 angka, sesuai KTP.',
      'Nama lengkap wajib diisi.',
      'Email harus berbentuk nama@domain, misalnya budi@contoh.id.',
      'Nomor HP harus nomor seluler Indonesia, misalnya 081234567890.',
      'Kata sandi minimal 10 karakter.',
    ])
    expect(api.call).not.toHaveBeenCalled()
    wrapper.unmount()
  })

  it('marks no field "(wajib)": every field of the form is required', async () => {
    const wrapper = await open()
    expect(wrapper.get('form').text()).not.toMatch(/wajib|opsional/)
    wrapper.unmount()
  })

  it('shows every problem the API answers together', async () => {
    const { ApiError } = await import('@pintu/contract/client')
    api.call.mockRejectedValue(
      new ApiError(422, 'nik.bad_birth_date', 'x', [
        { field: '/nik', code: 'nik.bad_birth_date', message: '' },
        { field: '/password', code: 'password.too_common', message: '' },
      ]),
    )
    const wrapper = await open()
    await wrapper.get('#register-nik').setValue('3273014508900001')
    await wrapper.get('#register-fullName').setValue('Siti Aminah')
    await wrapper.get('#register-email').setValue('siti@contoh.id')
    await wrapper.get('#register-phone').setValue('081234567890')
    await wrapper.get('#register-password').setValue('password123')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    const text = wrapper.get('[role="alert"]').text()
    expect(text).toContain('tanggal lahir')
    expect(text).toContain('terlalu umum')
    wrapper.unmount()
  })
})
