import { formatFieldNumber, type FormField } from '@pintu/contract'
import type { Locale } from '@/i18n/index.ts'
import { formatDate, localized } from '@/shared/format.ts'

type Value = string | number | boolean | undefined

/**
 * A form value as the officer reads it: a select shows its option's label, a yes/no field the
 * words, a number its unit (never rounded; money as Rp 5.000.000); null when the applicant left
 * the field empty.
 */
export function formValueText(
  field: FormField,
  value: Value,
  locale: Locale,
  words: { yes: string; no: string },
): string | null {
  if (value === undefined || value === '') return null
  if (typeof value === 'boolean') return value ? words.yes : words.no
  if (field.type === 'select') {
    const option = field.options?.find((candidate) => candidate.value === value)
    return option ? localized(option.label, locale) : String(value)
  }
  if (typeof value === 'number') return formatFieldNumber(field, value, locale)
  if (field.type === 'date') return formatDate(value, locale)
  return value
}
