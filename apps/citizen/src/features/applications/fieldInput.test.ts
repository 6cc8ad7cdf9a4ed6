import { formFieldTypes, type FormField } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { inputSpec, isMissing, toApiValue, toDraftValue } from './fieldInput.ts'

const field = (type: FormField['type'], extra: Partial<FormField> = {}): FormField => ({
  key: 'f_key',
  label: { id: 'L', en: 'L' },
  type,
  required: true,
  ...extra,
})

describe('field type → input', () => {
  it.each([
    ['text', 'input', 'text', undefined],
    ['textarea', 'textarea', undefined, undefined],
    ['integer', 'input', 'text', 'decimal'],
    ['decimal', 'input', 'text', 'decimal'],
    ['date', 'input', 'date', undefined],
    ['select', 'select', undefined, undefined],
    ['boolean', 'checkbox', undefined, undefined],
    ['nik', 'input', 'text', 'numeric'],
    ['npwp', 'input', 'text', 'numeric'],
    ['nib', 'input', 'text', 'numeric'],
    ['kbli', 'input', 'text', 'numeric'],
    ['phone', 'input', 'tel', 'tel'],
    ['email', 'input', 'email', 'email'],
    ['postal_code', 'input', 'text', 'numeric'],
  ] as const)('%s is a %s (type %s) with the %s keyboard', (type, control, inputType, inputmode) => {
    const spec = inputSpec(field(type))
    expect(spec.control).toBe(control)
    expect(spec.type).toBe(inputType)
    expect(spec.inputmode).toBe(inputmode)
  })

  it('covers every field type of the contract', () => {
    for (const type of formFieldTypes) expect(inputSpec(field(type)).control).toBeTruthy()
  })

  it('never uses type=number, which would drop the leading zeros of identifiers', () => {
    for (const type of formFieldTypes) expect(inputSpec(field(type)).type).not.toBe('number')
  })

  it('limits text to the field’s length, or the API’s default', () => {
    expect(inputSpec(field('text', { maxLength: 150 })).maxlength).toBe(150)
    expect(inputSpec(field('text')).maxlength).toBe(200)
    expect(inputSpec(field('textarea')).maxlength).toBe(2000)
  })
})

describe('typed values → API values', () => {
  it('clears a field left empty', () => {
    expect(toApiValue(field('text'), '  ')).toEqual({ ok: true, value: null })
  })

  it('reads whole numbers with Indonesian thousands dots', () => {
    expect(toApiValue(field('integer'), '1.500.000')).toEqual({ ok: true, value: 1500000 })
    expect(toApiValue(field('integer'), '12,5')).toEqual({ ok: false, problem: 'number.too_many_decimals' })
    expect(toApiValue(field('integer'), '1,200')).toEqual({ ok: false, problem: 'number.ambiguous' })
  })

  it('reads decimals the Indonesian way: 1.200 is one thousand two hundred, never 1.2', () => {
    const area = field('decimal', { minimum: 1, unit: 'm²' })
    expect(toApiValue(area, '1.200')).toEqual({ ok: true, value: 1200 })
    expect(toApiValue(area, '12,5')).toEqual({ ok: true, value: 12.5 })
    expect(toApiValue(area, '1.250,75')).toEqual({ ok: true, value: 1250.75 })
    expect(toApiValue(area, 'dua')).toEqual({ ok: false, problem: 'number.invalid' })
  })

  it('refuses a number that could be read two ways instead of guessing', () => {
    expect(toApiValue(field('decimal'), '12.5')).toEqual({ ok: false, problem: 'number.ambiguous' })
    expect(toApiValue(field('decimal'), '1,200.50')).toEqual({ ok: false, problem: 'number.ambiguous' })
  })

  it('takes rupiah as they are written in a money field', () => {
    const capital = field('integer', { unit: 'Rp', minimum: 0 })
    expect(toApiValue(capital, 'Rp 5.000.000')).toEqual({ ok: true, value: 5000000 })
    const people = field('integer', { unit: 'orang' })
    expect(toApiValue(people, 'Rp 5.000.000')).toEqual({ ok: false, problem: 'number.invalid' })
  })

  it('shows a stored number the way it is typed, so saving again keeps it', () => {
    const area = field('decimal', { unit: 'm²' })
    expect(toDraftValue(area, 1200.5)).toBe('1.200,5')
    expect(toDraftValue(field('integer'), 5000000)).toBe('5.000.000')
    for (const value of [1200, 1200.5, 0.25, 36.55, 1000000]) {
      expect(toApiValue(area, toDraftValue(area, value))).toEqual({ ok: true, value })
    }
    // More places than the field takes (stored before it had a limit): shown whole, not rounded.
    expect(toDraftValue(area, 1.2345)).toBe('1,2345')
  })

  it('keeps only the digits of identifiers typed with separators', () => {
    expect(toApiValue(field('npwp'), '01.234.567.8-901.000')).toEqual({ ok: true, value: '012345678901000' })
    expect(toApiValue(field('nik'), '3273 0145 0890 0001')).toEqual({ ok: true, value: '3273014508900001' })
    expect(toApiValue(field('phone'), '0812-3456 7890')).toEqual({ ok: true, value: '081234567890' })
  })

  it('sends a yes/no field as a boolean, and shows a stored one as a tick', () => {
    expect(toApiValue(field('boolean'), false)).toEqual({ ok: true, value: false })
    expect(toDraftValue(field('boolean'), true)).toBe(true)
    expect(toDraftValue(field('integer'), 42)).toBe('42')
    expect(toDraftValue(field('text'), '1.200')).toBe('1.200')
    expect(toDraftValue(field('text'), undefined)).toBe('')
  })

  it('knows when a required field has no value yet', () => {
    expect(isMissing(field('text'), {})).toBe(true)
    expect(isMissing(field('text'), { f_key: 'x' })).toBe(false)
    expect(isMissing(field('text', { required: false }), {})).toBe(false)
  })
})
