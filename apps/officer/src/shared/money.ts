import { formatIndonesianNumber, parseIndonesianNumber, type NumberProblem, type ParsedNumber } from '@pintu/contract'

/**
 * Rupiah typed by an officer, read by the contract's parser exactly as the citizen SPA reads
 * them: `Rp 5.000.000`, `5.000.000` and `5000000` are five million; `5.000.5` or `1,200` could be
 * read two ways and are refused. Rupiah have no cents.
 */
export function readRupiah(text: string): ParsedNumber {
  return parseIndonesianNumber(text, { decimals: 0, money: true })
}

/** An amount in the input, as it is typed back: `5000000` → `5.000.000` (the Rp sign stands before the input). */
export function rupiahDraft(amount: number): string {
  return formatIndonesianNumber(amount, 0)
}

const problemKeys: Record<NumberProblem, string> = {
  'number.empty': 'forms.rupiah.empty',
  'number.invalid': 'forms.rupiah.invalid',
  'number.ambiguous': 'forms.rupiah.ambiguous',
  'number.too_many_decimals': 'forms.rupiah.tooManyDecimals',
  'number.negative': 'forms.rupiah.negative',
  'number.too_large': 'forms.rupiah.tooLarge',
}

/** Why typed rupiah cannot be read, as an i18n key and its parameters (what was typed). */
export function rupiahProblem(problem: NumberProblem, typed: string): { key: string; params: { typed: string } } {
  return { key: problemKeys[problem], params: { typed: typed.trim() } }
}
