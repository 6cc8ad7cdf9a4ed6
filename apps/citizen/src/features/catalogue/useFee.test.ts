import type { FormSchema, LocalizedText } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { feeExplanation, feeSummary } from './useFee.ts'

const form: FormSchema = {
  sections: [
    {
      key: 'billboard',
      title: { id: 'Reklame', en: 'Billboard' },
      fields: [
        {
          key: 'area_m2',
          label: { id: 'luas bidang reklame', en: 'billboard area' },
          type: 'decimal',
          required: true,
          unit: 'm²',
        },
      ],
    },
  ],
}
const perUnit = { kind: 'per_unit', field: 'area_m2', ratePerUnit: 25000, baseAmount: 100000, minimum: 150000 } as const

function translators(locale: 'id' | 'en') {
  const t = createTestI18n(locale).global.t as (key: string, named?: Record<string, unknown>) => string
  return { t, localize: (text: LocalizedText) => text[locale] }
}

describe('fees in the service standard', () => {
  it('shows a free service as Rp 0, in words the reader understands', () => {
    expect(feeSummary({ kind: 'free' }, translators('id').t)).toBe('Gratis (Rp 0)')
    expect(feeSummary({ kind: 'free' }, translators('en').t)).toBe('Free (Rp 0)')
  })

  it('shows a fixed fee in rupiah, written the Indonesian way in both languages', () => {
    expect(feeSummary({ kind: 'fixed', amount: 150000 }, translators('id').t)).toBe('Rp 150.000')
    expect(feeSummary({ kind: 'fixed', amount: 150000 }, translators('en').t)).toBe('Rp 150.000')
  })

  it('explains a per-unit fee with its rate, the field it uses, the base and the minimum', () => {
    const { t, localize } = translators('id')
    expect(feeExplanation(perUnit, form, t, localize)).toBe(
      'Rp 25.000 per m² luas bidang reklame, ditambah biaya dasar Rp 100.000, paling sedikit Rp 150.000.',
    )
    const english = translators('en')
    expect(feeExplanation(perUnit, form, english.t, english.localize)).toBe(
      'Rp 25.000 per m² of billboard area, plus a base fee of Rp 100.000, at least Rp 150.000.',
    )
  })

  it('writes the field label in lower case inside the sentence, but keeps acronyms', () => {
    const { t, localize } = translators('id')
    const labelled = (label: string): FormSchema => ({
      sections: [
        {
          key: 's',
          title: { id: 'S', en: 'S' },
          fields: [{ ...form.sections[0]!.fields[0]!, label: { id: label, en: label } }],
        },
      ],
    })
    expect(feeExplanation({ ...perUnit, baseAmount: 0, minimum: 0 }, labelled('Luas ruang usaha'), t, localize)).toBe(
      'Rp 25.000 per m² luas ruang usaha.',
    )
    expect(feeExplanation({ ...perUnit, baseAmount: 0, minimum: 0 }, labelled('KW terpasang'), t, localize)).toBe(
      'Rp 25.000 per m² KW terpasang.',
    )
  })

  it('leaves out a zero base and a zero minimum', () => {
    const { t, localize } = translators('id')
    expect(feeExplanation({ ...perUnit, baseAmount: 0, minimum: 0 }, form, t, localize)).toBe(
      'Rp 25.000 per m² luas bidang reklame.',
    )
  })

  it('only says "computed" in the short summary of a per-unit fee', () => {
    expect(feeSummary(perUnit, translators('id').t)).toBe('Dihitung dari isian permohonan')
  })
})
