import { describe, expect, it } from 'vitest'
import type { FormField } from './catalogue-definition.ts'
import { formatFieldNumber, numberFieldOptions, unitText } from './field-numbers.ts'
import { parseIndonesianNumber } from './numbers.ts'

const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key: 'f_key',
  label: { id: 'L', en: 'L' },
  type,
  required: true,
  ...extra,
})

describe('how a number typed into a form field is read', () => {
  it('integer fields take no decimals, decimal fields two', () => {
    expect(numberFieldOptions(field('integer', { minimum: 0 }))).toEqual({ decimals: 0, money: false, negative: false })
    const area = numberFieldOptions(field('decimal', { minimum: 1, unit: 'm²' }))
    expect(area).toEqual({ decimals: 2, money: false, negative: false })
  })

  it('a decimal field takes as many places as its limits need', () => {
    expect(numberFieldOptions(field('decimal', { minimum: 0.001, maximum: 100000 }))?.decimals).toBe(3)
    expect(numberFieldOptions(field('decimal', { minimum: 0.1, maximum: 50 }))?.decimals).toBe(2)
  })

  it('a field in rupiah is money: `Rp 5.000.000` is accepted there', () => {
    const capital = numberFieldOptions(field('integer', { minimum: 0, unit: 'Rp' }))!
    expect(capital.money).toBe(true)
    expect(parseIndonesianNumber('Rp 5.000.000', capital)).toEqual({ ok: true, value: 5_000_000 })
  })

  it('allows a minus sign only where the minimum is below zero', () => {
    expect(numberFieldOptions(field('decimal'))?.negative).toBe(false)
    expect(numberFieldOptions(field('decimal', { minimum: -10 }))?.negative).toBe(true)
  })

  it('the area of an IMB: 1.200 is one thousand two hundred square metres', () => {
    const area = numberFieldOptions(field('decimal', { minimum: 1, maximum: 1000000, unit: 'm²' }))!
    expect(parseIndonesianNumber('1.200', area)).toEqual({ ok: true, value: 1200 })
    expect(parseIndonesianNumber('1.2', area)).toEqual({ ok: false, problem: 'number.ambiguous' })
  })

  it('other field types are not numbers', () => {
    for (const type of ['text', 'nik', 'postal_code', 'date'] as const) {
      expect(numberFieldOptions(field(type))).toBeNull()
    }
  })
})

describe('how a stored number is written back', () => {
  const area = field('decimal', { minimum: 1, unit: 'm²' })
  const capital = field('integer', { minimum: 0, unit: 'Rp' })

  it('in Bahasa Indonesia with dots for thousands and a decimal comma, with the unit', () => {
    expect(formatFieldNumber(area, 1200, 'id')).toBe('1.200 m²')
    expect(formatFieldNumber(area, 1200.5, 'id')).toBe('1.200,5 m²')
    expect(formatFieldNumber(field('integer'), 42, 'id')).toBe('42')
  })

  it('in English the English way', () => {
    expect(formatFieldNumber(area, 1200, 'en')).toBe('1,200 m²')
    expect(formatFieldNumber(area, 0.001, 'en')).toBe('0.001 m²')
  })

  it("with the catalogue's Indonesian units in English, singular or plural by the number", () => {
    const employees = field('integer', { minimum: 0, unit: 'orang' })
    expect(formatFieldNumber(employees, 12, 'id')).toBe('12 orang')
    expect(formatFieldNumber(employees, 12, 'en')).toBe('12 people')
    expect(formatFieldNumber(employees, 1, 'en')).toBe('1 person')
    expect(formatFieldNumber(field('integer', { minimum: 0, unit: 'tempat tidur' }), 1, 'en')).toBe('1 bed')
    expect(unitText('kendaraan', 'en')).toBe('vehicles')
    expect(unitText('kendaraan', 'id')).toBe('kendaraan')
    expect(unitText('m²', 'en', 1)).toBe('m²')
  })

  it('money as rupiah with the sign first, the same in both languages', () => {
    expect(formatFieldNumber(capital, 5_000_000, 'id')).toBe('Rp 5.000.000')
    expect(formatFieldNumber(capital, 5_000_000, 'en')).toBe('Rp 5.000.000')
  })

  it('never rounds what is stored', () => {
    expect(formatFieldNumber(area, 12.3456, 'id')).toBe('12,3456 m²')
    expect(formatFieldNumber(area, 12.3456, 'en')).toBe('12.3456 m²')
  })
})
