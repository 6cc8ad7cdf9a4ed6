import type { QueueItem } from '@pintu/contract'
import { sampleSiteOffice } from '@pintu/contract/samples'
import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { createPinia, setActivePinia } from 'pinia'
import { i18n } from '@/i18n/index.ts'

// The calendar is published through 2026 here; the holiday lists are empty; the office is Bandung's (WIB).
vi.stubGlobal('fetch', async (url: string) => {
  const body = url.startsWith('/api/v1/calendar/status')
    ? { publishedThrough: 2026, runsOutOn: '2026-12-31', warning: true, years: [] }
    : url.startsWith('/api/v1/site')
      ? { officeCode: '32.73', office: sampleSiteOffice, simulators: [] }
      : { year: 2026, items: [] }
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } })
})
const { default: WorkItemTable } = await import('./WorkItemTable.vue')
const { forgetCalendarStatus } = await import('@/shared/useCalendarStatus.ts')

const item = (id: string, stageDueDate: string): QueueItem => ({
  id,
  registrationNo: `REG-2026-00000${id.at(-1)}`,
  serviceCode: 'SKP',
  serviceName: { id: 'Surat Keterangan', en: 'Letter' },
  serviceKind: 'non_izin',
  status: 'admin_verification',
  stage: 'admin_verification',
  stageStartedAt: '2026-12-28T02:00:00Z',
  stageDueDate,
  stageDueDateProvisional: false,
  overdue: false,
  workingDaysLeft: 3,
  assigneeName: null,
  version: 1,
})

afterEach(forgetCalendarStatus)

describe('the work list', () => {
  it('marks a due date past the published holiday calendar provisional, with the year, only that one', async () => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    const routes = [{ path: '/berkas/:id', name: 'work-item', component: { render: () => null } }]
    const router = createRouter({ history: createMemoryHistory(), routes })
    const items = [
      item('00000000-0000-4000-8000-000000000001', '2026-12-30'),
      item('00000000-0000-4000-8000-000000000002', '2027-01-05'),
    ]
    const wrapper = mount(WorkItemTable, { props: { items, caption: 'Antrean' }, global: { plugins: [i18n, router] } })
    await flushPromises()
    const rows = wrapper.findAll('tbody tr').map((row) => row.text().replace(/\s+/g, ' '))
    expect(rows[0]).not.toContain('perkiraan')
    expect(rows[1]).toContain('(perkiraan — kalender libur 2027 belum ditetapkan)')
  })
})
