import type { FormField } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { createTestI18n } from '@/i18n/testing.ts'
import { pickLocalized } from '@/i18n/useLocalized.ts'
import { answerText } from './answerText.ts'

const t = createTestI18n('id').global.t as (key: string) => string
const localize = (text: { id: string; en: string }) => pickLocalized(text, 'id')
const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key: 'k_ey',
  label: { id: 'L', en: 'L' },
  type,
  required: true,
  ...extra,
})

describe('answers as people read them', () => {
  it('writes options, yes/no, dates and numbers with units', () => {
    const select = field('select', {
      options: [{ value: 'skripsi', label: { id: 'Skripsi / tugas akhir', en: 'Undergraduate thesis' } }],
    })
    expect(answerText(select, 'skripsi', t, localize, 'id')).toBe('Skripsi / tugas akhir')
    expect(answerText(field('boolean'), false, t, localize, 'id')).toBe('Tidak')
    expect(answerText(field('date'), '2026-06-01', t, localize, 'id')).toBe('1 Juni 2026')
    expect(answerText(field('integer', { unit: 'orang' }), 1500, t, localize, 'id')).toBe('1.500 orang')
    expect(answerText(field('decimal', { unit: 'm²' }), 12.5, t, localize, 'id')).toBe('12,5 m²')
    expect(answerText(field('decimal', { unit: 'm²' }), 1200, t, localize, 'id')).toBe('1.200 m²')
  })

  it('writes a rupiah field as money, the sign first', () => {
    expect(answerText(field('integer', { unit: 'Rp' }), 5000000, t, localize, 'id')).toBe('Rp 5.000.000')
  })

  it('says nothing for a field not answered yet', () => {
    expect(answerText(field('text'), undefined, t, localize, 'id')).toBeNull()
  })
})
