import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createAppI18n } from '@/i18n/index.ts'
import { printedPermit, verification } from '../testing/fixtures.ts'
import VerifyPermitPage from './VerifyPermitPage.vue'

const api = vi.hoisted(() => ({ call: vi.fn() }))
vi.mock('@/api.ts', async () => {
  const { ApiError } = await import('@pintu/contract/client')
  return { ApiError, call: api.call, retryAfterSeconds: () => null, permitRoutes: { verify: { url: '/api/v1/permits/:number/verify' } } }
})

async function open(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/verifikasi', name: 'verify', component: VerifyPermitPage }] })
  await router.push(path)
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, createPinia(), createAppI18n('id')] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, router }
}

describe('the permit verification page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('opened from a QR code, checks the number in the address and shows the verdict and the printed data', async () => {
    api.call.mockResolvedValue(verification())
    const { wrapper } = await open(`/verifikasi?nomor=${encodeURIComponent(printedPermit.number)}`)
    expect(api.call).toHaveBeenCalledWith(expect.anything(), { params: { number: printedPermit.number } })
    expect(wrapper.get('#verdict-title').text()).toBe('Izin ini sah')
    expect(wrapper.text()).toContain('Data yang tercetak pada izin')
    expect(wrapper.text()).toContain('Dewi Lestari')
    wrapper.unmount()
  })

  it('a typed number goes into the address, so the answer can be shared, and takes focus', async () => {
    api.call.mockResolvedValue(verification({ status: 'unknown', permit: null, verifyUrl: null, signature: null }))
    const { wrapper, router } = await open('/verifikasi')
    expect(api.call).not.toHaveBeenCalled()
    await wrapper.get('#verify-number').setValue(' 510 / 9 / X ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query.nomor).toBe('510/9/X')
    expect(wrapper.get('#verdict-title').text()).toBe('Izin tidak ditemukan')
    expect(document.activeElement?.id).toBe('verdict-title')
    expect(wrapper.text()).not.toContain('Data yang tercetak pada izin')
    wrapper.unmount()
  })

  it('an empty number is asked for before anything is sent', async () => {
    const { wrapper } = await open('/verifikasi')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(api.call).not.toHaveBeenCalled()
    expect(wrapper.text()).toContain('Nomor izin wajib diisi.')
    wrapper.unmount()
  })

  it('an altered record is declared invalid and its data is not shown as if it could be trusted', async () => {
    api.call.mockResolvedValue(verification({ status: 'invalid' }))
    const { wrapper } = await open(`/verifikasi?nomor=${encodeURIComponent(printedPermit.number)}`)
    expect(wrapper.get('#verdict-title').text()).toBe('Izin ini tidak sah')
    expect(wrapper.text()).not.toContain('Dewi Lestari')
    wrapper.unmount()
  })
})
