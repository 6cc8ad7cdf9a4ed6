import type { ServiceDefinition } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { i18n } from '@/i18n/index.ts'
import { sampleDefinition } from '../testing/sampleDefinition.ts'
import StageBudgetsEditor from './StageBudgetsEditor.vue'

/** Mounts the editor under a parent holding the definition with v-model, as the draft page does. */
function mountEditor() {
  const model = ref<ServiceDefinition>(sampleDefinition())
  const Host = defineComponent({
    setup: () => () =>
      h(StageBudgetsEditor, {
        modelValue: model.value,
        problems: [],
        'onUpdate:modelValue': (value: ServiceDefinition) => (model.value = value),
      }),
  })
  const wrapper = mount(Host, { global: { plugins: [i18n, createPinia()] } })
  return { wrapper, model }
}

describe('stage budget editor', () => {
  it('labels each budget input with its stage and shows the SLA as their sum', () => {
    const { wrapper } = mountEditor()
    expect(wrapper.find('label[for="stage-budget-technical_review"]').text()).toBe('Kajian teknis')
    expect(wrapper.find('output').text()).toBe('Total: 7 hari kerja (SLA)')
  })

  it('typing a new budget updates the stage, the shown total and slaDays together', async () => {
    const { wrapper, model } = mountEditor()
    await wrapper.find('#stage-budget-technical_review').setValue('5')
    expect(model.value.stages.find((stage) => stage.key === 'technical_review')!.budgetDays).toBe(5)
    expect(model.value.slaDays).toBe(9)
    expect(wrapper.find('output').text()).toBe('Total: 9 hari kerja (SLA)')
  })

  it('a budget out of range changes nothing', async () => {
    const { wrapper, model } = mountEditor()
    await wrapper.find('#stage-budget-decision').setValue('0')
    expect(model.value.slaDays).toBe(7)
    expect(model.value.stages.find((stage) => stage.key === 'decision')!.budgetDays).toBe(1)
  })
})
