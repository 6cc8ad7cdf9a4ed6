import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { printedCode, printedPermit, summaryOnly, verification } from '../testing/fixtures.ts'
import VerifyPermitPage from './VerifyPermitPage.vue'

const api = vi.hoisted(() => ({ call: vi.fn() }))
vi.mock('@/api.ts', async () => {
  const { ApiError } = await import('@pintu/contract/client')
  return {
    ApiError,
    call: api.call,
    retryAfterSeconds: () => null,
    permitRoutes: { verify: { url: '/api/v1/permits/:number/verify' } },
  }
})

async function open(path: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/verifikasi', name: 'verify', component: VerifyPermitPage }],
  })
  await router.push(path)
  const wrapper = mount(
    { template: '<RouterView />' },
    { global: { plugins: [router, createPinia(), createTestI18n('id')] }, attachTo: document.body },
  )
  await flushPromises()
  return { wrapper, router }
}

describe('the permit verification page', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('opened from a QR code, checks the number and code in the address; shows verdict and printed data', async () => {
    api.call.mockResolvedValue(verification())
    const { wrapper } = await open(`/verifikasi?nomor=${encodeURIComponent(printedPermit.number)}&kode=${printedCode}`)
    const withCode = { params: { number: printedPermit.number }, query: { code: printedCode } }
    expect(api.call).toHaveBeenCalledWith(expect.anything(), withCode)
    expect(wrapper.get('#verdict-title').text()).toBe('Izin ini sah')
    expect(wrapper.text()).toContain('Data yang tercetak pada izin')
    expect(wrapper.text()).toContain('Dewi Lestari')
    expect(wrapper.find('#holder-note-title').exists()).toBe(false)
    wrapper.unmount()
  })

  it('by number alone, shows validity, service, dates and office; the holder needs the printed code', async () => {
    api.call.mockResolvedValue(summaryOnly())
    const { wrapper } = await open(`/verifikasi?nomor=${encodeURIComponent(printedPermit.number)}`)
    expect(api.call).toHaveBeenCalledWith(expect.anything(), { params: { number: printedPermit.number } })
    expect(wrapper.get('#verdict-title').text()).toBe('Izin ini sah')
    const facts = wrapper.get('[aria-labelledby="summary-title"]').text()
    expect(facts).toContain('Izin Tempat Penjualan Minuman Beralkohol (ITPMB)')
    expect(facts).toContain('28 November 2026')
    expect(facts).toContain('27 November 2027')
    expect(facts).toContain(printedPermit.officeName)
    expect(wrapper.text()).not.toContain('Dewi Lestari')
    expect(wrapper.get('#holder-note-title').text()).toBe('Data pemegang izin')
    expect(wrapper.text()).toContain('hanya ditampilkan dengan kode verifikasi yang tercetak pada izin')
    wrapper.unmount()
  })

  it('the code typed in the optional field goes into the address with the number and shows the holder', async () => {
    api.call.mockResolvedValue(summaryOnly())
    const { wrapper, router } = await open(`/verifikasi?nomor=${encodeURIComponent(printedPermit.number)}`)
    api.call.mockResolvedValue(verification())
    await wrapper.get('#verify-code').setValue(' abcde-23456 ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query).toEqual({ nomor: printedPermit.number, kode: printedCode })
    const withCode = { params: { number: printedPermit.number }, query: { code: printedCode } }
    expect(api.call).toHaveBeenLastCalledWith(expect.anything(), withCode)
    expect(wrapper.text()).toContain('Dewi Lestari')
    wrapper.unmount()
  })

  it('a wrong code says so and shows no holder details', async () => {
    api.call.mockResolvedValue(summaryOnly(false))
    const { wrapper } = await open(`/verifikasi?nomor=${encodeURIComponent(printedPermit.number)}&kode=ZZZZZ99999`)
    expect(wrapper.get('#holder-note-title').text()).toBe('Kode verifikasi tidak cocok')
    expect(wrapper.text()).not.toContain('Dewi Lestari')
    expect(wrapper.text()).not.toContain('Data yang tercetak pada izin')
    wrapper.unmount()
  })

  it('a code that cannot be one is refused before anything is sent, and the number is still checked', async () => {
    api.call.mockResolvedValue(summaryOnly())
    const number = encodeURIComponent(printedPermit.number)
    const { wrapper } = await open(`/verifikasi?nomor=${number}&kode=${encodeURIComponent('AB/CD')}`)
    expect(api.call).toHaveBeenCalledWith(expect.anything(), { params: { number: printedPermit.number } })
    expect(wrapper.text()).toContain('Kode verifikasi hanya berisi huruf dan angka')
    wrapper.unmount()
  })

  it('a typed number goes into the address, so the answer can be shared, and takes focus', async () => {
    const unknown = { status: 'unknown', summary: null, permit: null, codeMatches: null, verifyUrl: null } as const
    api.call.mockResolvedValue(verification({ ...unknown, signature: null }))
    const { wrapper, router } = await open('/verifikasi')
    expect(api.call).not.toHaveBeenCalled()
    await wrapper.get('#verify-number').setValue(' 510 / 9 / X ')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(router.currentRoute.value.query.nomor).toBe('510/9/X')
    expect(wrapper.get('#verdict-title').text()).toBe('Izin tidak ditemukan')
    expect(document.activeElement?.id).toBe('verdict-title')
    expect(wrapper.text()).not.toContain('Data yang tercetak pada izin')
    expect(wrapper.find('#holder-note-title').exists()).toBe(false)
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
    expect(wrapper.find('[aria-labelledby="summary-title"]').exists()).toBe(false)
    wrapper.unmount()
  })
})
