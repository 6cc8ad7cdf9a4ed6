import type { FormField } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { numberDraft, numberProblemText, numberText } from './numberText.ts'

const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key: 'k_ey',
  label: { id: 'Luas', en: 'Area' },
  type,
  required: true,
  ...extra,
})
const area = field('decimal', { minimum: 1, unit: 'm²' })
const capital = field('integer', { minimum: 0, unit: 'Rp' })
type Translate = (key: string, named?: Record<string, unknown>) => string
const translate = (locale: 'id' | 'en') => createTestI18n(locale).global.t as Translate

describe('numbers shown back to the applicant', () => {
  it('in the reader’s language, money as rupiah in both', () => {
    expect(numberText(area, 1200, 'id')).toBe('1.200 m²')
    expect(numberText(area, 1200, 'en')).toBe('1,200 m²')
    expect(numberText(capital, 5000000, 'en')).toBe('Rp 5.000.000')
  })

  it('in the input, the way it is typed and never rounded', () => {
    expect(numberDraft(area, 1200.5)).toBe('1.200,5')
    expect(numberDraft(area, 12.3456)).toBe('12,3456')
  })
})

describe('why a typed number cannot be read', () => {
  it('names the two readings of an ambiguous entry, in the reader’s language', () => {
    expect(numberProblemText(area, 'number.ambiguous', ' 1.5 ', 'Luas', translate('id'))).toBe(
      'Luas: “1.5” bisa dibaca dua cara. Tulis 1.200 untuk seribu dua ratus, atau 1,2 untuk satu koma dua.',
    )
    expect(numberProblemText(area, 'number.ambiguous', '1.5', 'Area', translate('en'))).toContain(
      'write 1.200 for one thousand two hundred, or 1,2 for one point two',
    )
  })

  it('has its own words for whole numbers and money', () => {
    const id = translate('id')
    expect(numberProblemText(field('integer'), 'number.ambiguous', '1,200', 'Jumlah', id)).toContain('bilangan bulat')
    expect(numberProblemText(field('integer'), 'number.too_many_decimals', '12,5', 'Jumlah', id)).toBe(
      'Jumlah harus berupa bilangan bulat, tanpa angka di belakang koma.',
    )
    expect(numberProblemText(capital, 'number.invalid', 'lima juta', 'Modal', id)).toContain('Rp 5.000.000')
    expect(numberProblemText(area, 'number.too_many_decimals', '1,555', 'Luas', id)).toBe(
      'Luas paling banyak 2 angka di belakang koma.',
    )
  })
})
