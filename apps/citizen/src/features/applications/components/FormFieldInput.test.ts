import type { FormField } from '@pintu/contract'
import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createAppI18n } from '@/i18n/index.ts'
import FormFieldInput from './FormFieldInput.vue'

function mountField(field: Partial<FormField> & Pick<FormField, 'type'>, props: Record<string, unknown> = {}) {
  const full: FormField = { key: 'a_field', label: { id: 'Jumlah anggota tim', en: 'Team members' }, required: true, ...field }
  return mount(FormFieldInput, {
    props: { field: full, id: 'field-a_field', modelValue: full.type === 'boolean' ? false : '', ...props },
    global: { plugins: [createAppI18n('id')] },
  })
}

describe('a form field from the service’s form schema', () => {
  it('labels the control, marks it required and ties hint and error to it', () => {
    const wrapper = mountField({ type: 'nik', help: { id: 'Sesuai KTP pemohon', en: 'As on the ID card' } }, { error: 'NIK wajib diisi.' })
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe('field-a_field')
    expect(wrapper.get('label').text()).toContain('(wajib)')
    expect(input.attributes('inputmode')).toBe('numeric')
    expect(input.attributes('aria-required')).toBe('true')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('field-a_field-hint field-a_field-error')
    expect(wrapper.get('#field-a_field-hint').text()).toBe('Sesuai KTP pemohon 16 angka, sesuai KTP.')
  })

  it('says an optional field is optional', () => {
    expect(mountField({ type: 'text', required: false }).get('label').text()).toContain('(tidak wajib)')
  })

  it('shows the unit after a number, and includes it in the label for screen readers', () => {
    const wrapper = mountField({ type: 'integer', unit: 'orang' })
    expect(wrapper.get('.field__suffix').text()).toBe('orang')
    expect(wrapper.get('.field__suffix').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('label').text()).toContain('(orang)')
  })

  it('offers the options of a select in the reader’s language, after an empty choice', () => {
    const wrapper = mountField({ type: 'select', options: [{ value: 'skripsi', label: { id: 'Skripsi / tugas akhir', en: 'Undergraduate thesis' } }] })
    expect(wrapper.findAll('option').map((o) => o.text())).toEqual(['Pilih…', 'Skripsi / tugas akhir'])
  })

  it('renders a yes/no field as one checkbox with its label', async () => {
    const wrapper = mountField({ type: 'boolean' })
    const box = wrapper.get('input[type=checkbox]')
    expect(wrapper.get('label').attributes('for')).toBe('field-a_field')
    await box.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([true])
  })

  it('uses a textarea for long text, limited to the field’s length', () => {
    expect(mountField({ type: 'textarea', maxLength: 500 }).get('textarea').attributes('maxlength')).toBe('500')
  })

  it('flags a field the officer asked to correct', () => {
    expect(mountField({ type: 'text' }, { flagged: true }).text()).toContain('Perlu diperbaiki')
  })
})
