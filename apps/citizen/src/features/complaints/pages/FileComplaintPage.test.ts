import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import FileComplaintPage from './FileComplaintPage.vue'

const api = vi.hoisted(() => ({ call: vi.fn(), callAsAccount: vi.fn(), sendAttachments: vi.fn() }))
vi.mock('@/api.ts', async () => {
  const { ApiError } = await import('@pintu/contract/client')
  return { ApiError, call: api.call, callAsAccount: api.callAsAccount, complaintRoutes: {} }
})
vi.mock('../complaintAttachments.ts', async (original) => ({
  ...(await original<typeof import('../complaintAttachments.ts')>()),
  sendAttachments: api.sendAttachments,
}))

const filed = {
  number: 'ADU-2026-000007',
  followUpCode: 'K7M2P9QX4T',
  filedAt: '2026-12-21T03:00:00.000Z',
  firstResponseDueDate: '2026-12-28',
  resolutionDueDate: '2026-12-30',
}
const pdf = (name: string) => new File(['%PDF-1.4'], name, { type: 'application/pdf' })

async function open() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/pengaduan', component: FileComplaintPage },
      { path: '/pengaduan/ikuti', name: 'complaint-follow', component: { template: '<p>ikuti</p>' } },
    ],
  })
  await router.push('/pengaduan')
  const wrapper = mount(
    { template: '<RouterView />' },
    { global: { plugins: [router, createPinia(), createTestI18n('id')] }, attachTo: document.body },
  )
  await flushPromises()
  return wrapper
}

async function choose(wrapper: Awaited<ReturnType<typeof open>>, files: File[]) {
  const input = wrapper.get('#complaint-attachments')
  Object.defineProperty(input.element, 'files', { value: files, configurable: true })
  await input.trigger('change')
}

describe('filing a complaint with attachments', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('sends the chosen files with the new number and code, then says how many went', async () => {
    api.call.mockResolvedValue(filed)
    api.sendAttachments.mockResolvedValue({ sent: [{ id: 'a1' }], failed: null })
    const wrapper = await open()
    await wrapper.get('#complaint-description').setValue('Loket meminta biaya tambahan.')
    await choose(wrapper, [pdf('bukti.pdf')])
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(api.sendAttachments).toHaveBeenCalledWith(
      expect.objectContaining({ number: filed.number, code: filed.followUpCode, files: [expect.any(File)] }),
    )
    expect(wrapper.get('[data-testid="complaint-attached"]').text()).toBe('Lampiran terkirim: 1.')
    wrapper.unmount()
  })

  it('keeps the filed complaint on screen and says which file did not go, and why', async () => {
    const { ApiError } = await import('@pintu/contract/client')
    api.call.mockResolvedValue(filed)
    api.sendAttachments.mockResolvedValue({
      sent: [],
      failed: { name: 'foto.pdf', error: new ApiError(413, 'documents.too_large', 'x') },
    })
    const wrapper = await open()
    await wrapper.get('#complaint-description').setValue('Loket meminta biaya tambahan.')
    await choose(wrapper, [pdf('foto.pdf')])
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(wrapper.get('[data-testid="complaint-number"]').text()).toBe(filed.number)
    expect(wrapper.get('[role="alert"]').text()).toContain('lampiran foto.pdf')
    expect(wrapper.get('[role="alert"]').text()).toContain('Berkas terlalu besar.')
    wrapper.unmount()
  })

  it('files nothing while more than 3 files are chosen', async () => {
    const wrapper = await open()
    await wrapper.get('#complaint-description').setValue('Loket meminta biaya tambahan.')
    await choose(wrapper, [pdf('1.pdf'), pdf('2.pdf'), pdf('3.pdf'), pdf('4.pdf')])
    expect(wrapper.text()).toContain('Pilih paling banyak 3 berkas.')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(api.call).not.toHaveBeenCalled()
    wrapper.unmount()
  })
})
