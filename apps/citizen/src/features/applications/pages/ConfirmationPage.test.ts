import type { Receipt } from '@pintu/contract'
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createTestI18n } from '@/i18n/testing.ts'
import { application } from '../testing/fixtures.ts'
import { useApplicationStore } from '../useApplicationStore.ts'
import ConfirmationPage from './ConfirmationPage.vue'

const receipt = (overrides: Partial<Receipt>): Receipt => ({
  registrationNo: 'REG-2026-000123',
  trackingCode: 'ABCDE23456',
  submittedAt: '2026-12-21T02:00:00Z',
  expectedCompletionDate: '2027-01-08',
  expectedCompletionProvisional: true,
  slaDays: 10,
  ...overrides,
})

async function open(withReceipt: Receipt) {
  const { registrationNo, submittedAt } = withReceipt
  const app = application({ status: 'submitted', registrationNo, submittedAt })
  const store = useApplicationStore()
  store.set(app)
  store.keepReceipt(app.id, withReceipt)
  const stub = { template: '<p />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/permohonan/:id/terkirim', component: ConfirmationPage },
      { path: '/permohonan/:id', name: 'application', component: stub },
      { path: '/permohonan', name: 'applications', component: stub },
      { path: '/lacak', name: 'track', component: stub },
    ],
  })
  await router.push(`/permohonan/${app.id}/terkirim`)
  const wrapper = mount({ template: '<RouterView />' }, { global: { plugins: [router, createTestI18n('id')] } })
  await flushPromises()
  return wrapper
}

describe('the receipt after submitting', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('marks an expected completion past the published holiday calendar as provisional, with the year', async () => {
    const wrapper = await open(receipt({}))
    const said = '8 Januari 2027 (perkiraan — kalender libur 2027 belum ditetapkan)'
    expect(wrapper.text().replace(/\s+/g, ' ')).toContain(said)
  })

  it('says nothing of the kind for a date the published calendar covers', async () => {
    const wrapper = await open(receipt({ expectedCompletionDate: '2026-12-30', expectedCompletionProvisional: false }))
    expect(wrapper.text()).toContain('30 Desember 2026')
    expect(wrapper.text()).not.toContain('kalender libur')
  })
})
