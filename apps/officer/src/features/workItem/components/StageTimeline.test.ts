import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { sampleDetail } from '../testing/sampleDetail.ts'
import StageTimeline from './StageTimeline.vue'

describe('the stage timeline of a work item', () => {
  it('marks a stage due date the API calls provisional, with the year of the date, and no other', () => {
    setActivePinia(createPinia())
    i18n.global.locale.value = 'id'
    const [first, ...rest] = sampleDetail().stages
    const stages = [{ ...first!, dueDate: '2027-01-05', dueDateProvisional: true }, ...rest]
    const wrapper = mount(StageTimeline, { props: { stages }, global: { plugins: [i18n] } })
    const items = wrapper.findAll('li').map((li) => li.text().replace(/\s+/g, ' '))
    expect(items[0]).toContain('(perkiraan — kalender libur 2027 belum ditetapkan)')
    expect(items.slice(1).join(' ')).not.toContain('perkiraan')
  })
})
