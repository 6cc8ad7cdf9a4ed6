/**
 * The words a permit prints, shared by the API (the PDF, the signed data) and the officer SPA (the
 * signing preview), so what a signer previews is what the PDF prints.
 */
import type { ApplicationKind, FormField, ServiceDefinition } from './catalogue-definition.ts'
import { formatFieldNumber } from './field-numbers.ts'
import type { PermitParticular } from './permits.ts'

const MONTHS_ID = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const

/** `2026-12-01` → `1 Desember 2026`, the long form of Indonesian official letters (no leading zero). */
export function longDateId(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) return isoDate
  const [, year, month, day] = match
  const name = MONTHS_ID[Number(month) - 1]
  return name ? `${Number(day)} ${name} ${year}` : isoDate
}

/**
 * The validity as the permit prints it and the SPAs show it: the last day, or that there is none
 * (the catalogue's `validity.months` null); the catalogue's note is printed beside it.
 */
export function validityTextId(validUntil: string | null): string {
  return validUntil ? `Sampai dengan ${longDateId(validUntil)}` : 'Tidak ada tanggal berakhir'
}

/** The application kind in words, as printed on the permit (Bahasa Indonesia). */
export const applicationKindWordsId: Record<ApplicationKind, string> = {
  baru: 'Baru',
  perpanjangan: 'Perpanjangan',
  perubahan: 'Perubahan',
  penggantian: 'Penggantian (izin hilang atau rusak)',
  pencabutan: 'Pencabutan',
}

/** Field types that identify a person: never printed on a permit, whatever a catalogue says. */
export const unprintableFieldTypes: readonly FormField['type'][] = ['nik', 'phone', 'email']

/** A stored form value as printed (Bahasa Indonesia): select labels, numbers with units, long dates. */
export function printedFieldValue(field: FormField, value: string | number | boolean): string {
  if (typeof value === 'boolean') return value ? 'Ya' : 'Tidak'
  if (typeof value === 'number') return formatFieldNumber(field, value, 'id')
  if (field.type === 'select') return field.options?.find((option) => option.value === value)?.label.id ?? value
  if (field.type === 'date') return longDateId(value)
  return value
}

/**
 * The service's key data printed on its permit: the form fields its catalogue entry names in
 * `permitFields`, in that order, with their labels and values; fields left empty are left out.
 */
export function permitParticulars(
  definition: Pick<ServiceDefinition, 'form' | 'permitFields'>,
  formData: Record<string, unknown>,
): PermitParticular[] {
  const fields = new Map(definition.form.sections.flatMap((section) => section.fields).map((f) => [f.key, f]))
  const particulars: PermitParticular[] = []
  for (const key of definition.permitFields ?? []) {
    const field = fields.get(key)
    const value = formData[key]
    if (!field || unprintableFieldTypes.includes(field.type)) continue
    if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') continue
    if (value === '') continue
    particulars.push({ key, label: field.label, value: printedFieldValue(field, value) })
  }
  return particulars
}
