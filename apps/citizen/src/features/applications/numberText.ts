import {
  decimalPlacesOf,
  formatFieldNumber,
  formatIndonesianNumber,
  isMoneyField,
  numberFieldOptions,
  type FormField,
  type NumberProblem,
} from '@pintu/contract'

/** A stored number as the reader reads it (`1.200 m²`, `1,200 m²`, `Rp 5.000.000`); see formatFieldNumber. */
export function numberText(field: FormField, value: number, locale: string): string {
  return formatFieldNumber(field, value, locale === 'en' ? 'en' : 'id')
}

/**
 * A stored number as the input shows it for editing, in the form the parser reads back to the
 * same value (`1200.5` → `1.200,5`), whatever the reader's language. Places are never cut, so
 * saving the page again cannot change the value.
 */
export function numberDraft(field: FormField, value: number): string {
  const decimals = numberFieldOptions(field)?.decimals ?? 0
  return formatIndonesianNumber(value, Math.max(decimals, decimalPlacesOf(value)))
}

type Translate = (key: string, named?: Record<string, unknown>, plural?: number) => string

/**
 * Why a typed number cannot be read, naming the form expected (`Tulis 1.200 untuk seribu dua
 * ratus, atau 1,2 untuk satu koma dua`). `label` is the field's label in the reader's language.
 */
export function numberProblemText(
  field: FormField,
  problem: NumberProblem,
  typed: string,
  label: string,
  t: Translate,
): string {
  const decimals = numberFieldOptions(field)?.decimals ?? 0
  // Plural-aware in English (`1 digit`, `2 digits`); Bahasa Indonesia has one form.
  return t(problemKey(field, problem), { field: label, typed: typed.trim(), n: decimals }, decimals)
}

/** Whole numbers and money get their own words. */
function problemKey(field: FormField, problem: NumberProblem): string {
  const whole = field.type === 'integer'
  switch (problem) {
    case 'number.ambiguous':
      return whole ? 'applications.form.number.ambiguousWhole' : 'applications.form.number.ambiguous'
    case 'number.too_many_decimals':
      return whole ? 'applications.form.number.notWhole' : 'applications.form.number.tooManyDecimals'
    case 'number.invalid':
    case 'number.empty':
      if (isMoneyField(field)) return 'applications.form.number.invalidMoney'
      return whole ? 'applications.form.number.invalidWhole' : 'applications.form.number.invalid'
    case 'number.negative':
      return 'applications.form.number.negative'
    case 'number.too_large':
      return 'applications.form.number.tooLarge'
  }
}
