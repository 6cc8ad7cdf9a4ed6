import type { FormField } from '@pintu/contract'
import { mount, type VueWrapper } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import FormFieldInput from './FormFieldInput.vue'

type FieldProps = Partial<FormField> & Pick<FormField, 'type'>

function mountField(field: FieldProps, props: Record<string, unknown> = {}, locale: 'id' | 'en' = 'id') {
  const full: FormField = {
    key: 'a_field',
    label: { id: 'Jumlah anggota tim', en: 'Team members' },
    required: true,
    ...field,
  }
  const wrapper: VueWrapper = mount(FormFieldInput, {
    props: {
      field: full,
      id: 'field-a_field',
      modelValue: full.type === 'boolean' ? false : '',
      // v-model, as the page binds it
      'onUpdate:modelValue': (value: unknown) => wrapper.setProps({ modelValue: value }),
      ...props,
    },
    global: { plugins: [createTestI18n(locale)] },
  })
  return wrapper
}

/** The control a label names, as assistive technology finds it (label → for → id). */
function byLabel(wrapper: VueWrapper, name: string) {
  const label = wrapper.findAll('label').find((candidate) => candidate.text().includes(name))
  if (!label) throw new Error(`no control labelled ${name}`)
  return wrapper.get(`#${label.attributes('for')}`)
}

/** The control's accessible description: the texts its aria-describedby points at. */
function description(wrapper: VueWrapper, control: ReturnType<typeof byLabel>) {
  const ids = (control.attributes('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => wrapper.get(`#${id}`).text()).join(' ')
}

describe('a form field from the service’s form schema', () => {
  it('labels the control, marks it required and ties hint and error to it', () => {
    const wrapper = mountField(
      { type: 'nik', help: { id: 'Sesuai KTP pemohon', en: 'As on the ID card' } },
      { error: 'NIK wajib diisi.' },
    )
    const input = wrapper.get('input')
    expect(wrapper.get('label').attributes('for')).toBe('field-a_field')
    // Required is the rule, so it carries no marker (GOV.UK); aria-required tells assistive technology.
    expect(wrapper.get('label').text()).not.toContain('wajib')
    expect(input.attributes('inputmode')).toBe('numeric')
    expect(input.attributes('aria-required')).toBe('true')
    expect(input.attributes('aria-invalid')).toBe('true')
    expect(input.attributes('aria-describedby')).toBe('field-a_field-hint field-a_field-error')
    expect(wrapper.get('#field-a_field-hint').text()).toBe('Sesuai KTP pemohon 16 angka, sesuai KTP.')
  })

  it('says an optional field is optional', () => {
    expect(mountField({ type: 'text', required: false }).get('label').text()).toContain('(opsional)')
  })

  it('shows the unit after a number, and includes it in the label for screen readers', () => {
    const wrapper = mountField({ type: 'integer', unit: 'orang' })
    expect(wrapper.get('.field__suffix').text()).toBe('orang')
    expect(wrapper.get('.field__suffix').attributes('aria-hidden')).toBe('true')
    expect(wrapper.get('label').text()).toContain('(orang)')
  })

  it('offers the options of a select in the reader’s language, after an empty choice', () => {
    const wrapper = mountField({
      type: 'select',
      options: [{ value: 'skripsi', label: { id: 'Skripsi / tugas akhir', en: 'Undergraduate thesis' } }],
    })
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

describe('a number field reads Indonesian numbers and shows what it read', () => {
  const area: FieldProps = {
    type: 'decimal',
    label: { id: 'Luas bangunan', en: 'Floor area' },
    unit: 'm²',
    minimum: 1,
    maximum: 1000000,
  }

  async function typeAndLeave(wrapper: VueWrapper, name: string, text: string) {
    const box = byLabel(wrapper, name)
    await box.setValue(text)
    await box.trigger('blur')
    return box
  }

  it('is a text box with the decimal keyboard, never type=number, and says how decimals are written', () => {
    const wrapper = mountField(area)
    const box = byLabel(wrapper, 'Luas bangunan')
    expect(box.element.tagName).toBe('INPUT')
    expect(box.attributes('type')).toBe('text')
    expect(box.attributes('inputmode')).toBe('decimal')
    expect(description(wrapper, box)).toBe('Titik untuk ribuan, koma untuk desimal, misalnya 1.200,5.')
  })

  it('1.200 is read as one thousand two hundred square metres, and says so', async () => {
    const wrapper = mountField(area)
    const box = await typeAndLeave(wrapper, 'Luas bangunan', '1.200')
    expect(description(wrapper, box)).toContain('Dibaca sebagai 1.200 m².')
    expect(box.attributes('aria-invalid')).toBeUndefined()
    expect(wrapper.emitted('read')?.at(-1)).toEqual([{ ok: true, value: 1200 }])
  })

  it('1.5 could be read two ways: it is refused with the forms to write, and nothing valid is reported', async () => {
    const wrapper = mountField(area)
    const box = await typeAndLeave(wrapper, 'Luas bangunan', '1.5')
    expect(description(wrapper, box)).toContain(
      '“1.5” bisa dibaca dua cara. Tulis 1.200 untuk seribu dua ratus, atau 1,2 untuk satu koma dua.',
    )
    expect(description(wrapper, box)).not.toContain('Dibaca sebagai')
    expect(box.attributes('aria-invalid')).toBe('true')
    expect(wrapper.emitted('read')).toEqual([[{ ok: false, problem: 'number.ambiguous' }]])
  })

  it('says nothing while the applicant types again', async () => {
    const wrapper = mountField(area)
    const box = await typeAndLeave(wrapper, 'Luas bangunan', '1.5')
    await box.setValue('1,5')
    expect(description(wrapper, box)).not.toContain('dua cara')
    expect(box.attributes('aria-invalid')).toBeUndefined()
    await box.trigger('blur')
    expect(description(wrapper, box)).toContain('Dibaca sebagai 1,5 m².')
  })

  it('in English, takes the same Indonesian input and explains it in English', async () => {
    const wrapper = mountField(area, {}, 'en')
    const box = await typeAndLeave(wrapper, 'Floor area', '1.200')
    expect(description(wrapper, box)).toContain('Read as 1,200 m².')
    await typeAndLeave(wrapper, 'Floor area', '1.5')
    expect(description(wrapper, box)).toContain('write 1.200 for one thousand two hundred, or 1,2 for one point two')
  })

  it('a rupiah field takes `Rp 5.000.000` and shows the amount back as money', async () => {
    const capital: FieldProps = {
      type: 'integer',
      label: { id: 'Kekayaan bersih', en: 'Net assets' },
      unit: 'Rp',
      minimum: 0,
    }
    const wrapper = mountField(capital)
    const box = await typeAndLeave(wrapper, 'Kekayaan bersih', 'Rp 5.000.000')
    expect(description(wrapper, box)).toContain('Dibaca sebagai Rp 5.000.000.')
    expect(wrapper.emitted('read')?.at(-1)).toEqual([{ ok: true, value: 5000000 }])
    expect(wrapper.get('.field__prefix').text()).toBe('Rp')
    expect(wrapper.find('.field__suffix').exists()).toBe(false)
  })

  it('an error from the page shows until the applicant leaves the field with a reading of their own', async () => {
    const wrapper = mountField(area, { error: 'Luas bangunan paling banyak 1.000.000.' })
    const box = byLabel(wrapper, 'Luas bangunan')
    expect(description(wrapper, box)).toContain('paling banyak 1.000.000')
    await typeAndLeave(wrapper, 'Luas bangunan', '12,3,4')
    expect(description(wrapper, box)).toContain('titik untuk ribuan dan koma untuk desimal')
    expect(description(wrapper, box)).not.toContain('paling banyak 1.000.000')
  })
})

describe('units in the reader’s language', () => {
  it('writes the catalogue’s Indonesian unit in English for an English reader, in the label and beside the input', () => {
    const field: FieldProps = { type: 'integer', minimum: 0, unit: 'orang' }
    const indonesian = mountField(field)
    expect(indonesian.get('.field__suffix').text()).toBe('orang')
    const english = mountField(field, {}, 'en')
    expect(english.get('.field__suffix').text()).toBe('people')
    expect(english.get('label').text()).toContain('(people)')
  })

  it('reads a typed number back with the unit agreeing with it', async () => {
    const english = mountField({ type: 'integer', minimum: 0, unit: 'orang' }, {}, 'en')
    const input = english.get('input')
    await input.setValue('1')
    await input.trigger('blur')
    expect(english.text()).toContain('1 person')
  })
})
