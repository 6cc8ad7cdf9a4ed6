import type { Tracking } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { ApiError } from '@pintu/contract/client'
import { call } from '@/api.ts'
import { createTestI18n } from '@/i18n/testing.ts'
import { codeFragment, codeFromFragment } from '../useTrackingStore.ts'
import TrackResultPage from './TrackResultPage.vue'

vi.mock('@/api.ts', () => ({ call: vi.fn(), applicationRoutes: { track: { name: 'track' } } }))

const answer: Tracking = {
  registrationNo: 'REG-2026-000123',
  serviceCode: 'SKP',
  serviceName: { id: 'Surat Keterangan Penelitian', en: 'Research Permit Letter' },
  status: 'admin_verification',
  channel: 'online',
  holderRole: 'frontdesk',
  submittedAt: '2026-12-21T02:00:00Z',
  expectedCompletionDate: '2026-12-30',
  expectedCompletionProvisional: false,
  returnDueDate: null,
  stages: [],
  events: [],
}

async function open(path: string) {
  const stub = { template: '<h1>form</h1>' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/lacak/:registrationNo', name: 'track-result', component: TrackResultPage },
      { path: '/lacak', name: 'track', component: stub },
    ],
  })
  await router.push(path)
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, createTestI18n('id')] } })
  await flushPromises()
  return { wrapper, router }
}

describe('a tracking result after a reload', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.mocked(call).mockReset()
  })

  it('keeps the code in the fragment of the address, never in what is sent to the server', () => {
    expect(codeFragment('ABCDE23456')).toBe('#kode=ABCDE23456')
    expect(codeFromFragment('#kode=ABCDE23456')).toBe('ABCDE23456')
    expect(codeFromFragment('#kode=<script>')).toBeNull()
    expect(codeFromFragment('')).toBeNull()
  })

  it('asks the API again with the code from the address and shows the result', async () => {
    vi.mocked(call).mockResolvedValue(answer)
    const { wrapper, router } = await open('/lacak/REG-2026-000123#kode=ABCDE23456')
    expect(vi.mocked(call).mock.calls[0]![1]).toEqual({
      params: { registrationNo: 'REG-2026-000123' },
      query: { code: 'ABCDE23456' },
    })
    expect(router.currentRoute.value.name).toBe('track-result')
    expect(wrapper.text()).toContain('Surat Keterangan Penelitian')
  })

  it('goes back to the form, the number filled in, when the code is wrong or missing', async () => {
    vi.mocked(call).mockRejectedValue(new ApiError(404, 'tracking.not_found', 'not found'))
    const wrong = await open('/lacak/REG-2026-000123#kode=SALAH23456')
    expect(wrong.router.currentRoute.value.fullPath).toBe('/lacak?no=REG-2026-000123')
    const missing = await open('/lacak/REG-2026-000123')
    expect(missing.router.currentRoute.value.fullPath).toBe('/lacak?no=REG-2026-000123')
  })

  it('says so, with a retry, when the connection fails', async () => {
    vi.mocked(call).mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce(answer)
    const { wrapper } = await open('/lacak/REG-2026-000123#kode=ABCDE23456')
    expect(wrapper.get('[role="alert"]').text()).toMatch(/.+/)
    await wrapper.get('[role="alert"] button').trigger('click')
    await flushPromises()
    expect(wrapper.text()).toContain('Surat Keterangan Penelitian')
  })
})
