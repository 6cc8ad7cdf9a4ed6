import { formatRupiah, unitText, type FeeRule, type FormSchema, type LocalizedText } from '@pintu/contract'

type Translate = (key: string, named?: Record<string, unknown>) => string
type Localize = (text: LocalizedText) => string

/** A form label used inside a sentence: `Luas bidang` → `luas bidang`, but `NPWP` stays. */
function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLocaleLowerCase('id') + label.slice(1) : label
}

/** Short fee for summaries: `Gratis (Rp 0)`, `Rp 150.000`, or that it is computed from the application. */
export function feeSummary(fee: FeeRule, t: Translate): string {
  switch (fee.kind) {
    case 'free':
      return t('service.cost.free')
    case 'fixed':
      return formatRupiah(fee.amount)
    case 'per_unit':
      return t('labels.feeKind.per_unit')
  }
}

/**
 * The fee rule written out for the published standard. A per-unit fee names the form field it is
 * computed from, so an applicant can work out the amount before applying:
 * fee = max(minimum, baseAmount + ratePerUnit × field).
 */
export function feeExplanation(
  fee: FeeRule,
  form: FormSchema,
  t: Translate,
  localize: Localize,
  locale: 'id' | 'en' = 'id',
): string {
  if (fee.kind !== 'per_unit') return feeSummary(fee, t)
  const field = form.sections.flatMap((section) => section.fields).find((candidate) => candidate.key === fee.field)
  const parts = [
    t('service.cost.perUnitRate', {
      rate: formatRupiah(fee.ratePerUnit),
      unit: field?.unit ? unitText(field.unit, locale, 1) : t('service.cost.unitFallback'),
      field: field ? midSentence(localize(field.label)) : fee.field,
    }),
  ]
  if (fee.baseAmount > 0) parts.push(t('service.cost.perUnitBase', { base: formatRupiah(fee.baseAmount) }))
  if (fee.minimum > 0) parts.push(t('service.cost.perUnitMinimum', { minimum: formatRupiah(fee.minimum) }))
  return `${parts.join(', ')}.`
}
