import type { StageProgress } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import StageTimeline from './StageTimeline.vue'

const stage = (overrides: Partial<StageProgress>): StageProgress => ({
  stage: 'admin_verification',
  state: 'pending',
  startedAt: null,
  finishedAt: null,
  workingDaysUsed: 0,
  budgetDays: 1,
  dueDate: null,
  dueDateProvisional: false,
  holderRole: 'frontdesk',
  ...overrides,
})

function mountTimeline(stages: StageProgress[]) {
  return mount(StageTimeline, { props: { stages }, global: { plugins: [createTestI18n('id')] } })
}

describe('stage timeline', () => {
  it('colours each stage by its state and says the state in words', () => {
    const wrapper = mountTimeline([
      stage({ state: 'done', startedAt: '2026-05-04T02:00:00Z', finishedAt: '2026-05-04T05:00:00Z' }),
      stage({
        stage: 'decision',
        state: 'in_progress',
        holderRole: 'approver',
        startedAt: '2026-05-04T05:00:00Z',
        dueDate: '2026-05-05',
      }),
      stage({ stage: 'signing', holderRole: 'signer' }),
    ])
    const items = wrapper.findAll('li')
    expect(items.map((item) => item.classes().find((c) => c.startsWith('timeline__stage--')))).toEqual([
      'timeline__stage--green',
      'timeline__stage--yellow',
      'timeline__stage--grey',
    ])
    expect(items[0]!.text()).toContain('Selesai')
    expect(items[1]!.text()).toContain('Sedang diproses')
    expect(items[1]!.text()).toContain('Ditangani oleh kepala bidang')
    expect(items[1]!.text()).toContain('0 dari 1 hari kerja terpakai')
    expect(items[1]!.text()).toContain('Batas waktu tahap ini: 5 Mei 2026')
    expect(items[1]!.text()).toContain('Sisa waktu: 1 hari kerja')
    expect(items[0]!.text()).not.toContain('Sisa waktu')
    expect(items[2]!.text()).toContain('Belum dimulai')
    expect(wrapper.text()).not.toContain('perkiraan')
  })

  it('marks a due date past the published holiday calendar as provisional, and says why', () => {
    const wrapper = mountTimeline([
      stage({
        state: 'in_progress',
        startedAt: '2026-12-28T02:00:00Z',
        budgetDays: 5,
        dueDate: '2027-01-05',
        dueDateProvisional: true,
      }),
    ])
    const said = 'Batas waktu tahap ini: 5 Januari 2027 (perkiraan — kalender libur 2027 belum ditetapkan)'
    expect(wrapper.text().replace(/\s+/g, ' ')).toContain(said)
  })

  it('shows a returned stage in red, and a stage past its budget as overdue', () => {
    const wrapper = mountTimeline([
      stage({
        state: 'returned',
        startedAt: '2026-05-04T02:00:00Z',
        finishedAt: '2026-05-08T02:00:00Z',
        workingDaysUsed: 3,
      }),
    ])
    expect(wrapper.get('li').classes()).toContain('timeline__stage--red')
    expect(wrapper.text()).toContain('Dikembalikan')
    expect(wrapper.text()).toContain('Melewati batas waktu')
  })

  it('says how many working days a running stage is past its deadline', () => {
    const wrapper = mountTimeline([
      stage({
        state: 'in_progress',
        startedAt: '2026-05-04T02:00:00Z',
        workingDaysUsed: 3,
        budgetDays: 1,
        dueDate: '2026-05-05',
      }),
    ])
    expect(wrapper.text()).toContain('Terlambat 2 hari kerja dari batas waktu')
    expect(wrapper.text()).not.toContain('Sisa waktu')
  })
})
