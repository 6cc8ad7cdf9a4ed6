import type { FormField } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { formValueText } from './formValueText.ts'

const words = { yes: 'Ya', no: 'Tidak' }
const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key: 'x_field',
  label: { id: 'X', en: 'X' },
  type,
  required: true,
  ...extra,
})

describe('form values as officers read them', () => {
  it('shows the label of a chosen option, in the reader’s language', () => {
    const select = field('select', {
      options: [{ value: 'kecil', label: { id: 'Industri kecil', en: 'Small industry' } }],
    })
    expect(formValueText(select, 'kecil', 'id', words)).toBe('Industri kecil')
    expect(formValueText(select, 'kecil', 'en', words)).toBe('Small industry')
  })

  it('shows numbers in the local format with their unit', () => {
    expect(formValueText(field('decimal', { unit: 'm²' }), 1250.5, 'id', words)).toBe('1.250,5 m²')
    expect(formValueText(field('decimal', { unit: 'm²' }), 12.3456, 'id', words)).toBe('12,3456 m²')
    expect(formValueText(field('integer', { unit: 'Rp' }), 5_000_000, 'en', words)).toBe('Rp 5.000.000')
  })

  it('shows yes/no in words and dates as dates', () => {
    expect(formValueText(field('boolean'), false, 'id', words)).toBe('Tidak')
    expect(formValueText(field('date'), '2026-01-15', 'id', words)).toBe('15 Jan 2026')
  })

  it('says nothing for an empty field, so the page can say "not filled in"', () => {
    expect(formValueText(field('text'), undefined, 'id', words)).toBeNull()
    expect(formValueText(field('text'), '', 'id', words)).toBeNull()
  })
})
