import type { ServiceDefinition } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { i18n } from '@/i18n/index.ts'
import { sampleDefinition } from '../testing/sampleDefinition.ts'
import FeeEditor from './FeeEditor.vue'

/** Mounts the editor under a parent holding the definition with v-model, as the draft page does. */
function mountEditor() {
  const model = ref<ServiceDefinition>(sampleDefinition())
  const Host = defineComponent({
    setup: () => () =>
      h(FeeEditor, {
        modelValue: model.value,
        problems: [],
        'onUpdate:modelValue': (value: ServiceDefinition) => (model.value = value),
      }),
  })
  return { wrapper: mount(Host, { global: { plugins: [i18n, createPinia()] } }), model }
}

const byLabel = (wrapper: ReturnType<typeof mountEditor>['wrapper'], name: string) => {
  const label = wrapper.findAll('label').find((candidate) => candidate.text() === name)
  if (!label) throw new Error(`no control labelled ${name}`)
  return wrapper.get(`#${label.attributes('for')}`)
}
const input = (control: ReturnType<typeof byLabel>) => (control.element as HTMLInputElement).value
const fee = (model: ReturnType<typeof mountEditor>['model']) => model.value.fee as Record<string, unknown>

describe('fee editor amounts', () => {
  beforeEach(() => {
    i18n.global.locale.value = 'id'
  })

  it('shows the rule’s amounts the way they are typed', () => {
    const { wrapper } = mountEditor()
    expect(input(byLabel(wrapper, 'Tarif per satuan (rupiah)'))).toBe('25.000')
    expect(input(byLabel(wrapper, 'Minimum (rupiah)'))).toBe('100.000')
  })

  it('takes `Rp 30.000` as thirty thousand rupiah and shows the reading', async () => {
    const { wrapper, model } = mountEditor()
    const rate = byLabel(wrapper, 'Tarif per satuan (rupiah)')
    await rate.setValue('Rp 30.000')
    expect(fee(model).ratePerUnit).toBe(30_000)
    expect(input(rate)).toBe('Rp 30.000') // left as typed
    await rate.trigger('blur')
    expect(wrapper.text()).toContain('Dibaca sebagai Rp 30.000.')
  })

  it('never takes an ambiguous amount: 1.5 on the way to 1.500 is skipped, and refused if left so', async () => {
    const { wrapper, model } = mountEditor()
    const minimum = byLabel(wrapper, 'Minimum (rupiah)')
    await minimum.setValue('1.5')
    expect(fee(model).minimum).toBe(100_000)
    await minimum.trigger('blur')
    expect(minimum.attributes('aria-invalid')).toBe('true')
    expect(wrapper.text()).toContain('“1.5” bisa dibaca dua cara')
    await minimum.setValue('1.500')
    expect(fee(model).minimum).toBe(1_500)
  })

  it('shows the amount carried over when another kind of fee is chosen', async () => {
    const { wrapper } = mountEditor()
    await wrapper.get('input[type="radio"][value="fixed"]').setValue(true)
    expect(input(byLabel(wrapper, 'Jumlah (rupiah)'))).toBe('100.000')
  })
})
