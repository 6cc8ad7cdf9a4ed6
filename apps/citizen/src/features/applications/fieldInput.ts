import {
  numberFieldOptions,
  parseIndonesianNumber,
  type FormField,
  type FormFieldType,
  type NumberProblem,
} from '@pintu/contract'
import { numberDraft } from './numberText.ts'

/** What the browser shows for a form field: the control, and the keyboard a phone opens for it. */
export interface InputSpec {
  control: 'input' | 'textarea' | 'select' | 'checkbox'
  type?: 'text' | 'email' | 'tel' | 'date'
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email'
  autocomplete?: string
  maxlength?: number
}

// Numbers use a text input with a numeric keyboard, not type=number: type=number drops leading
// zeros (NIK, postal codes), changes value on scroll, reads badly in screen readers (GOV.UK) and
// each browser parses `1.200` its own way. Integers and decimals get the `decimal` keyboard: it
// has the `.` and `,` that Indonesian numbers are written with (1.200, 12,5), which `numeric`
// lacks on iOS.
const specs: Record<FormFieldType, InputSpec> = {
  text: { control: 'input', type: 'text' },
  textarea: { control: 'textarea' },
  integer: { control: 'input', type: 'text', inputmode: 'decimal' },
  decimal: { control: 'input', type: 'text', inputmode: 'decimal' },
  date: { control: 'input', type: 'date' },
  select: { control: 'select' },
  boolean: { control: 'checkbox' },
  nik: { control: 'input', type: 'text', inputmode: 'numeric', autocomplete: 'off' },
  npwp: { control: 'input', type: 'text', inputmode: 'numeric', autocomplete: 'off' },
  nib: { control: 'input', type: 'text', inputmode: 'numeric', autocomplete: 'off' },
  kbli: { control: 'input', type: 'text', inputmode: 'numeric', autocomplete: 'off' },
  phone: { control: 'input', type: 'tel', inputmode: 'tel', autocomplete: 'tel' },
  email: { control: 'input', type: 'email', inputmode: 'email', autocomplete: 'email' },
  postal_code: { control: 'input', type: 'text', inputmode: 'numeric', autocomplete: 'postal-code' },
}

export function inputSpec(field: FormField): InputSpec {
  const spec = specs[field.type]
  if (field.type === 'text' || field.type === 'textarea')
    return { ...spec, maxlength: field.maxLength ?? (field.type === 'text' ? 200 : 2000) }
  return spec
}

/**
 * Field types whose format the form explains under the label: the national identifier formats,
 * and decimals, whose comma an English reader would not expect.
 */
export const typesWithFormatHint: readonly FormFieldType[] = [
  'decimal',
  'nik',
  'npwp',
  'nib',
  'kbli',
  'phone',
  'postal_code',
]

/** What the page holds while someone types: text, or a tick for a yes/no field. */
export type DraftValue = string | boolean
export type ApiValue = string | number | boolean | null

/** A stored value as the control shows it; a number in the form it is typed (1.200,5). */
export function toDraftValue(field: FormField, stored: string | number | boolean | undefined): DraftValue {
  if (field.type === 'boolean') return stored === true
  if (typeof stored === 'number' && numberFieldOptions(field)) return numberDraft(field, stored)
  return stored === undefined ? '' : String(stored)
}

export type Parsed = { ok: true; value: ApiValue } | { ok: false; problem: NumberProblem }

/** Digits of an identifier typed with the usual separators: NPWP `01.234.567.8-901.000`, NIK `3273 0145 …`. */
const digitsOf = (text: string) => text.replace(/[\s.-]/g, '')

/**
 * A typed value as the API takes it; an empty entry clears the field (null). Numbers are read
 * the Indonesian way by the contract's parser (1.200 is 1200), and one that could be read two
 * ways is refused rather than guessed (numbers.ts).
 */
export function toApiValue(field: FormField, draft: DraftValue): Parsed {
  if (field.type === 'boolean') return { ok: true, value: draft === true }
  const text = String(draft).trim()
  if (text === '') return { ok: true, value: null }
  const number = numberFieldOptions(field)
  if (number) return parseIndonesianNumber(text, number)
  switch (field.type) {
    case 'nik':
    case 'npwp':
    case 'nib':
    case 'kbli':
    case 'postal_code':
      return { ok: true, value: digitsOf(text) }
    case 'phone':
      return { ok: true, value: text.replace(/[\s\-().]/g, '') }
    default:
      return { ok: true, value: text }
  }
}

/** Whether a required field still has no value in the stored data. */
export function isMissing(field: FormField, formData: Record<string, unknown>): boolean {
  return field.required && (formData[field.key] === undefined || formData[field.key] === '')
}
