import type { Tracking } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { useTrackingStore } from '../useTrackingStore.ts'
import TrackResultPage from './TrackResultPage.vue'

vi.mock('@/api.ts', () => ({ call: vi.fn(), applicationRoutes: {} }))

const tracking = (overrides: Partial<Tracking>): Tracking => ({
  registrationNo: 'REG-2026-000123',
  serviceCode: 'SKP',
  serviceName: { id: 'Surat Keterangan Penelitian', en: 'Research Permit Letter' },
  status: 'admin_verification',
  channel: 'online',
  holderRole: 'frontdesk',
  submittedAt: '2026-12-21T02:00:00Z',
  expectedCompletionDate: '2027-01-08',
  expectedCompletionProvisional: true,
  returnDueDate: null,
  stages: [
    {
      stage: 'admin_verification',
      state: 'in_progress',
      startedAt: '2026-12-21T02:00:00Z',
      finishedAt: null,
      workingDaysUsed: 0,
      budgetDays: 3,
      dueDate: '2026-12-24',
      dueDateProvisional: false,
      holderRole: 'frontdesk',
    },
  ],
  events: [],
  ...overrides,
})

async function open(answer: Tracking) {
  useTrackingStore().remember(answer, 'ABCDE23456')
  const stub = { template: '<p />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/lacak/:registrationNo', component: TrackResultPage },
      { path: '/lacak', name: 'track', component: stub },
    ],
  })
  await router.push(`/lacak/${answer.registrationNo}`)
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, createTestI18n('id')] } })
  await flushPromises()
  return wrapper
}

describe('public tracking', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('marks the expected completion provisional when past the published holiday calendar, only that', async () => {
    const wrapper = await open(tracking({}))
    const said = '8 Januari 2027 (perkiraan — kalender libur 2027 belum ditetapkan)'
    expect(wrapper.text().replace(/\s+/g, ' ')).toContain(said)
    // The stage due date is in a published year: no mark there.
    expect(wrapper.text().match(/perkiraan —/g)).toHaveLength(1)
  })

  it('leaves a date the published calendar covers unmarked', async () => {
    const wrapper = await open(tracking({ expectedCompletionDate: '2026-12-30', expectedCompletionProvisional: false }))
    expect(wrapper.text()).not.toContain('kalender libur')
  })
})
