import type { FormField, FormFieldType } from '@pintu/contract'

/** What the browser shows for a form field: the control, and the keyboard a phone opens for it. */
export interface InputSpec {
  control: 'input' | 'textarea' | 'select' | 'checkbox'
  type?: 'text' | 'email' | 'tel' | 'date'
  inputmode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email'
  autocomplete?: string
  maxlength?: number
}

// Numbers use a text input with a numeric keyboard, not type=number: type=number drops leading
// zeros (NIK, postal codes), changes value on scroll and reads badly in screen readers (GOV.UK).
// Decimals get the `decimal` keyboard, which has the separator a `numeric` one lacks on iOS.
const specs: Record<FormFieldType, InputSpec> = {
  text: { control: 'input', type: 'text' },
  textarea: { control: 'textarea' },
  integer: { control: 'input', type: 'text', inputmode: 'numeric' },
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
  if (field.type === 'text' || field.type === 'textarea') return { ...spec, maxlength: field.maxLength ?? (field.type === 'text' ? 200 : 2000) }
  return spec
}

/** Field types whose format the form explains under the label (the national identifier formats). */
export const typesWithFormatHint: readonly FormFieldType[] = ['nik', 'npwp', 'nib', 'kbli', 'phone', 'postal_code']

/** What the page holds while someone types: text, or a tick for a yes/no field. */
export type DraftValue = string | boolean
export type ApiValue = string | number | boolean | null

/** A stored value as the control shows it. */
export function toDraftValue(field: FormField, stored: string | number | boolean | undefined): DraftValue {
  if (field.type === 'boolean') return stored === true
  return stored === undefined ? '' : String(stored)
}

export type Parsed = { ok: true; value: ApiValue } | { ok: false; problem: 'not_integer' | 'not_number' }

/** Digits of an identifier typed with the usual separators: NPWP `01.234.567.8-901.000`, NIK `3273 0145 …`. */
const digitsOf = (text: string) => text.replace(/[\s.\-]/g, '')

/**
 * A typed value as the API takes it; an empty entry clears the field (null). Indonesian numbers
 * use `.` for thousands and `,` for decimals, so both are read the Indonesian way when they
 * could only mean that.
 */
export function toApiValue(field: FormField, draft: DraftValue): Parsed {
  if (field.type === 'boolean') return { ok: true, value: draft === true }
  const text = String(draft).trim()
  if (text === '') return { ok: true, value: null }
  switch (field.type) {
    case 'integer': {
      const plain = text.replace(/[\s.]/g, '')
      return /^-?[0-9]+$/.test(plain) ? { ok: true, value: Number(plain) } : { ok: false, problem: 'not_integer' }
    }
    case 'decimal': {
      let plain = text.replace(/\s/g, '')
      if (plain.includes(',')) plain = plain.replace(/\./g, '').replace(',', '.')
      return /^-?[0-9]+(\.[0-9]+)?$/.test(plain) ? { ok: true, value: Number(plain) } : { ok: false, problem: 'not_number' }
    }
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
