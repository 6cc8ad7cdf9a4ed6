import type { FormField } from './catalogue-definition.ts'
import { decimalPlacesOf, formatIndonesianNumber, formatRupiah, type NumberOptions } from './numbers.ts'

// Numbers in form fields: how a typed one is read, and how a stored one is written back. Both SPAs
// use these, so an applicant and an officer see the same figure for the same value.

/** Decimal places of a decimal field: enough for an area in m² (36,55), more if its limits need them (0,001 ton). */
const defaultDecimalPlaces = 2
const mostDecimalPlaces = 6

/** A number field whose unit is the rupiah: it is written and typed as money (`Rp 5.000.000`). */
export const isMoneyField = (field: FormField) => field.unit === 'Rp'

/**
 * How a number typed into an integer or decimal field is read (numbers.ts), or null for other
 * types. Negatives only where the field's minimum is below zero: no catalogue field is negative
 * by nature, and a stray minus sign on an area is a typing slip.
 */
export function numberFieldOptions(field: FormField): NumberOptions | null {
  if (field.type !== 'integer' && field.type !== 'decimal') return null
  const limits = [field.minimum, field.maximum].filter((limit) => limit !== undefined).map(decimalPlacesOf)
  const decimals = field.type === 'integer' ? 0 : Math.min(mostDecimalPlaces, Math.max(defaultDecimalPlaces, ...limits))
  return { decimals, money: isMoneyField(field), negative: field.minimum !== undefined && field.minimum < 0 }
}

/**
 * A stored number of a form field as a person reads it: money as `Rp 5.000.000` in both languages
 * (legal figures read the same everywhere); otherwise in the reader's language with the field's
 * unit, `1.200,5 m²` / `1,200.5 m²`. Written exactly, never rounded: what is shown is what is stored.
 */
/**
 * The catalogue writes units in Bahasa Indonesia (`orang`, `tempat tidur`, `m³/hari`); English readers get
 * them in English, singular or plural by the number. Symbols (m, m², kg, Rp) are the same in both.
 */
const ENGLISH_UNITS: Record<string, readonly [one: string, many: string]> = {
  orang: ['person', 'people'],
  buah: ['item', 'items'],
  bulan: ['month', 'months'],
  hari: ['day', 'days'],
  gerai: ['outlet', 'outlets'],
  kendaraan: ['vehicle', 'vehicles'],
  'tempat tidur': ['bed', 'beds'],
  unit: ['unit', 'units'],
  SRP: ['parking space', 'parking spaces'],
  'ton/bulan': ['tonne a month', 'tonnes a month'],
  'm³/hari': ['m³ a day', 'm³ a day'],
}

/** A field's unit in the reader's language; `count` picks the English singular or plural (plural without one). */
export function unitText(unit: string, locale: 'id' | 'en', count?: number): string {
  const english = locale === 'en' ? ENGLISH_UNITS[unit] : undefined
  if (!english) return unit
  return count === 1 ? english[0] : english[1]
}

export function formatFieldNumber(field: FormField, value: number, locale: 'id' | 'en'): string {
  if (isMoneyField(field)) return formatRupiah(value)
  const places = decimalPlacesOf(value)
  const number =
    locale === 'en'
      ? new Intl.NumberFormat('en-GB', { maximumFractionDigits: places }).format(value)
      : formatIndonesianNumber(value, places)
  return field.unit ? `${number} ${unitText(field.unit, locale, value)}` : number
}
