import type { FormField, LocalizedText } from '@pintu/contract'
import { formatDate } from '@/shared/format.ts'
import { numberText } from './numberText.ts'

type Translate = (key: string, named?: Record<string, unknown>) => string
type Localize = (text: LocalizedText) => string

/** A stored answer as a person reads it: the option's label, Ya/Tidak, a written date, a number with its unit. */
export function answerText(
  field: FormField,
  value: string | number | boolean | undefined,
  t: Translate,
  localize: Localize,
  locale: string,
): string | null {
  if (value === undefined || value === '') return null
  switch (field.type) {
    case 'boolean':
      return value === true ? t('common.yes') : t('common.no')
    case 'select': {
      const option = field.options?.find((o) => o.value === value)
      return option ? localize(option.label) : String(value)
    }
    case 'date':
      return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, locale) : String(value)
    case 'integer':
    case 'decimal':
      return typeof value === 'number' ? numberText(field, value, locale) : String(value)
    default:
      return String(value)
  }
}
