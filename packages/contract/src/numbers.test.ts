import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decimalPlacesOf,
  formatIndonesianNumber,
  formatRupiah,
  parseIndonesianNumber,
  type NumberOptions,
} from './numbers.ts'

const whole: NumberOptions = { decimals: 0 }
const area: NumberOptions = { decimals: 2 }
const tonnes: NumberOptions = { decimals: 3 }
const money: NumberOptions = { decimals: 0, money: true }

type Row = [text: string, options: NumberOptions, expected: number | string]
const read = ([text, options]: Row) => {
  const parsed = parseIndonesianNumber(text, options)
  return parsed.ok ? parsed.value : parsed.problem
}

describe('Indonesian numbers: what the issue reported', () => {
  it.each<Row>([
    ['1.200', area, 1200], // was stored as 1.2
    ['1.200,5', area, 1200.5],
    ['1,5', area, 1.5],
    ['5000000', whole, 5000000],
    ['5.000.000', whole, 5000000],
    ['Rp 5.000.000', money, 5000000],
    ['1.5', area, 'number.ambiguous'],
  ])('%j with %j reads as %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 1: comma for decimals, dot for thousands', () => {
  it.each<Row>([
    ['0', whole, 0],
    ['12', whole, 12],
    ['007', whole, 7],
    ['12,5', area, 12.5],
    ['0,25', area, 0.25],
    ['36,55', area, 36.55],
    ['1.250,75', area, 1250.75],
    ['12.345.678', whole, 12345678],
    ['12.345.678,9', area, 12345678.9],
    ['0,001', tonnes, 0.001],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 2: a dot that is not a thousands group is an English decimal point, so ambiguous', () => {
  it.each<Row>([
    ['1.5', area, 'number.ambiguous'],
    ['1.20', area, 'number.ambiguous'],
    ['12.3456', area, 'number.ambiguous'],
    ['0.500', area, 'number.ambiguous'],
    ['1234.567', area, 'number.ambiguous'],
    ['01.200', area, 'number.ambiguous'],
    ['1.5', whole, 'number.ambiguous'],
    ['12.5', money, 'number.ambiguous'],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 3: English forms are refused, never converted', () => {
  it.each<Row>([
    ['1,200.50', area, 'number.ambiguous'],
    ['1,200.5', whole, 'number.ambiguous'],
    ['1,200', area, 'number.ambiguous'], // an area cannot have 3 decimals: English thousands
    ['12,500', whole, 'number.ambiguous'],
    ['Rp 150,000', money, 'number.ambiguous'],
    ['1,200', tonnes, 1.2], // a field of 3 decimals: Indonesian 1,200 is 1.2 (shown back to the applicant)
    ['0,500', area, 0.5], // 0,500 is never English thousands
    ['1.234,567', tonnes, 1234.567],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 4: anything else malformed is invalid', () => {
  it.each<Row>([
    ['1,2,3', area, 'number.invalid'],
    ['1,200,000', whole, 'number.invalid'],
    ['1.200,50.3', area, 'number.invalid'],
    ['.5', area, 'number.invalid'],
    ['5.', area, 'number.invalid'],
    [',5', area, 'number.invalid'],
    ['5,', area, 'number.invalid'],
    ['1.20.000', whole, 'number.invalid'],
    ['1..200', whole, 'number.invalid'],
    ['1.20,5', area, 'number.invalid'],
    ['01.200.000', whole, 'number.invalid'],
    ['1 200', whole, 'number.invalid'],
    ['dua', whole, 'number.invalid'],
    ['12a', whole, 'number.invalid'],
    ['1e3', whole, 'number.invalid'],
    ['0x10', whole, 'number.invalid'],
    ['Infinity', area, 'number.invalid'],
    ['+5', whole, 'number.invalid'],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 5: surrounding spaces are ignored, nothing is empty', () => {
  it.each<Row>([
    ['  1.200  ', area, 1200],
    ['\u00a01.200\u00a0', area, 1200],
    ['\t12\n', whole, 12],
    ['', area, 'number.empty'],
    ['   ', area, 'number.empty'],
    ['\u00a0', money, 'number.empty'],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 6: money may carry the rupiah sign and the invoice dash, other fields may not', () => {
  it.each<Row>([
    ['Rp 5.000.000', money, 5000000],
    ['Rp5.000.000', money, 5000000],
    ['Rp. 5.000.000', money, 5000000],
    ['rp 5.000.000,-', money, 5000000],
    ['RP 150.000', money, 150000],
    ['Rp\u00a0150.000', money, 150000],
    ['150000', money, 150000],
    ['5.000.000,-', money, 5000000],
    ['Rp', money, 'number.invalid'],
    ['Rp 5.000.000', whole, 'number.invalid'],
    ['5.000.000,-', whole, 'number.invalid'],
    ['IDR 5.000', money, 'number.invalid'],
    ['Rp 5.000 Rp', money, 'number.invalid'],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 7: a minus sign only where the field allows it', () => {
  it.each<Row>([
    ['-5', whole, 'number.negative'],
    ['-1.200,5', area, 'number.negative'],
    ['-5', { decimals: 0, negative: true }, -5],
    ['\u22121.200,5', { decimals: 2, negative: true }, -1200.5],
    ['-Rp 5.000', { ...money, negative: true }, -5000],
    ['Rp -5.000', { ...money, negative: true }, -5000],
    ['Rp -5.000', money, 'number.negative'],
    ['-0', whole, 0],
    ['--5', { decimals: 0, negative: true }, 'number.invalid'],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))

  it('never returns negative zero', () => {
    expect(Object.is(read(['-0,0', { decimals: 1, negative: true }, 0]), 0)).toBe(true)
  })
})

describe('rule 8: no more decimals than the field takes, but trailing zeros are harmless', () => {
  it.each<Row>([
    ['12,5', whole, 'number.too_many_decimals'],
    ['0,555', area, 'number.too_many_decimals'],
    ['12,3456', area, 'number.too_many_decimals'],
    ['1.234,5678', tonnes, 'number.too_many_decimals'],
    ['Rp 5.000.000,50', money, 'number.too_many_decimals'],
    ['Rp 5.000.000,00', money, 5000000],
    ['12,0', whole, 12],
    ['12,50', { decimals: 1 }, 12.5],
    ['0,5000', area, 0.5],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))
})

describe('rule 9: nothing a JSON number cannot hold exactly', () => {
  it.each<Row>([
    ['9007199254740991', whole, Number.MAX_SAFE_INTEGER],
    ['9.007.199.254.740.991', whole, Number.MAX_SAFE_INTEGER],
    ['9007199254740992', whole, 'number.too_large'],
    ['99999999999999999999999', whole, 'number.too_large'],
    ['1234567890123,45', area, 1234567890123.45],
    ['12345678901234,56', area, 'number.too_large'],
    ['0,0000000001', { decimals: 10 }, 0.0000000001],
  ])('%j with %j → %s', (...row) => expect(read(row)).toBe(row[2]))

  it('a field set up with impossible decimals is a programming error, not a typing one', () => {
    expect(() => parseIndonesianNumber('1', { decimals: 11 })).toThrow(RangeError)
    expect(() => parseIndonesianNumber('1', { decimals: 1.5 })).toThrow(RangeError)
  })
})

describe('writing numbers back', () => {
  it.each([
    [1200, 2, '1.200'],
    [1200.5, 2, '1.200,5'],
    [1.5, 2, '1,5'],
    [0.001, 3, '0,001'],
    [5000000, 0, '5.000.000'],
    [999, 0, '999'],
    [0, 2, '0'],
    [-1200.25, 2, '-1.200,25'],
    [-0.001, 2, '0'],
    [12.345, 1, '12,3'],
    [Number.MAX_SAFE_INTEGER, 0, '9.007.199.254.740.991'],
  ])('%s with %s decimals → %j', (value, decimals, text) => {
    expect(formatIndonesianNumber(value, decimals)).toBe(text)
  })

  it('writes rupiah with the sign first and an ordinary space', () => {
    expect(formatRupiah(0)).toBe('Rp 0')
    expect(formatRupiah(150000)).toBe('Rp 150.000')
    expect(formatRupiah(5_000_000)).toBe('Rp 5.000.000')
    expect(formatRupiah(-5000)).toBe('-Rp 5.000')
  })

  it('counts the decimal places a value needs', () => {
    expect([1200, 12.5, 36.55, 0.001, -1.25].map(decimalPlacesOf)).toEqual([0, 1, 2, 3, 2])
  })
})

describe('what is written is read back as the same number', () => {
  it('for whole numbers up to the largest safe integer', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (value) => {
        expect(parseIndonesianNumber(formatIndonesianNumber(value, 0), whole)).toEqual({ ok: true, value })
      }),
    )
  })

  it('for decimals of 1 to 6 places within 15 significant digits, negative ones included', () => {
    const decimal = fc
      .integer({ min: 1, max: 6 })
      .chain((decimals) =>
        fc
          .integer({ min: -(10 ** 15 - 1), max: 10 ** 15 - 1 })
          .map((scaled) => ({ decimals, value: scaled / 10 ** decimals })),
      )
    fc.assert(
      fc.property(decimal, ({ decimals, value }) => {
        const text = formatIndonesianNumber(value, decimals)
        expect(parseIndonesianNumber(text, { decimals, negative: true })).toEqual({ ok: true, value })
      }),
    )
  })

  it('for rupiah, with the Rp sign', () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (amount) => {
        expect(parseIndonesianNumber(formatRupiah(amount), money)).toEqual({ ok: true, value: amount })
      }),
    )
  })
})
