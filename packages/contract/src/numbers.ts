/**
 * Numbers as they are written in Indonesia, for everything a person types into Pintu (form fields,
 * money). It lives in the contract so both SPAs read a typed number one way, and so the rules the
 * API's data rests on are tested in one place. The API itself only takes JSON numbers.
 *
 * Why strict: the app writes `1.200` for one thousand two hundred. Reading a typed `1.200` as the
 * English 1.2 stored areas a thousand times too small, and the fee was computed from them. So a
 * reading is either certain or refused; the parser never guesses.
 *
 * Rules (each is a row of numbers.test.ts):
 *  1. `,` is the decimal mark and `.` groups thousands: `1.200` = 1200, `1.200,5` = 1200.5,
 *     `1,5` = 1.5. Digits alone are read as they are: `5000000` = 5000000.
 *  2. Thousands groups have exactly 3 digits after a first group of 1–3 digits that does not start
 *     with 0: `12.345.678`. A single `.` that does not form such a group (`1.5`, `1.20`, `12.3456`,
 *     `0.500`, `1234.567`) is how English writes a decimal point: `number.ambiguous`.
 *  3. English forms are refused as ambiguous, never converted: a `,` before a `.` (`1,200.50`), and
 *     `1,200` (one comma, exactly 3 digits after a first group of 1–3 digits) when the field takes
 *     fewer than 3 decimals, where it can only be an English thousands separator. In a field with
 *     3 or more decimals `1,200` is 1.2, as Indonesian says; the SPA shows that reading back.
 *  4. Anything else malformed is `number.invalid`: more than one comma, a dot after the comma
 *     other than rule 3, a separator at the start or end (`.5`, `5.`, `,5`, `5,`), groups of the
 *     wrong size with several dots (`1.20.000`), letters, spaces inside the number.
 *  5. Spaces around the number, including no-break spaces, are ignored. Nothing left is `number.empty`.
 *  6. Money (`money: true`) may carry the rupiah sign and the invoice dash: `Rp 5.000.000`,
 *     `Rp5.000.000`, `Rp. 5.000.000`, `rp 5.000.000,-` (any case). Other fields refuse them.
 *  7. A minus sign (`-` or `−`, before or after `Rp`) only where `negative: true`, else `number.negative`.
 *  8. More decimals than `decimals` is `number.too_many_decimals`, except trailing zeros, which
 *     change nothing (`Rp 5.000.000,00`, `12,50` in a field of 1 decimal).
 *  9. Whole numbers above Number.MAX_SAFE_INTEGER, and numbers with decimals of more than 15
 *     significant digits, cannot be held exactly in a JSON number: `number.too_large`.
 */

export const numberProblems = [
  'number.empty',
  'number.invalid',
  'number.ambiguous',
  'number.too_many_decimals',
  'number.negative',
  'number.too_large',
] as const
export type NumberProblem = (typeof numberProblems)[number]
export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem }

export interface NumberOptions {
  /** Decimal places the field takes; 0 for whole numbers (integer fields, rupiah). */
  decimals: number
  /** Accept the rupiah sign and the `,-` suffix. */
  money?: boolean
  /** Accept a minus sign. */
  negative?: boolean
}

/** Significant digits a double holds exactly for any decimal (DBL_DIG). */
const exactDigits = 15
const groupedThousands = /^[1-9][0-9]{0,2}(\.[0-9]{3})+$/
const englishThousands = /^[1-9][0-9]{0,2}$/
const minus = /^[-\u2212]/

const refuse = (problem: NumberProblem): ParsedNumber => ({ ok: false, problem })

/** Reads a typed number by the rules above. */
export function parseIndonesianNumber(text: string, options: NumberOptions): ParsedNumber {
  if (!Number.isInteger(options.decimals) || options.decimals < 0 || options.decimals > 10) {
    throw new RangeError(`decimals must be a whole number from 0 to 10, not ${options.decimals}`)
  }
  let rest = text.trim()
  if (rest === '') return refuse('number.empty')
  let negative = false
  if (minus.test(rest)) [negative, rest] = [true, rest.slice(1).trimStart()]
  if (options.money) {
    rest = rest.replace(/^rp\.?\s*/i, '')
    if (!negative && minus.test(rest)) [negative, rest] = [true, rest.slice(1)]
    rest = rest.replace(/,-$/, '')
  }
  if (!/^[0-9.,]+$/.test(rest)) return refuse('number.invalid')

  if (/^[0-9]+,[0-9]+\.[0-9]+$/.test(rest)) return refuse('number.ambiguous') // 1,200.50: English thousands and point
  const parts = rest.split(',')
  if (parts.length > 2) return refuse('number.invalid')
  const [whole = '', fraction] = parts
  if (whole === '' || (fraction !== undefined && !/^[0-9]+$/.test(fraction))) return refuse('number.invalid')

  const wholeDigits = readWhole(whole, fraction !== undefined)
  if (typeof wholeDigits !== 'string') return wholeDigits
  if (fraction?.length === 3 && englishThousands.test(whole) && options.decimals < 3) return refuse('number.ambiguous')

  const decimals = (fraction ?? '').replace(/0+$/, '')
  if (decimals.length > options.decimals) return refuse('number.too_many_decimals')
  const significant = (wholeDigits + decimals).replace(/^0+/, '')
  if (decimals === '' ? Number(wholeDigits) > Number.MAX_SAFE_INTEGER : significant.length > exactDigits) {
    return refuse('number.too_large')
  }

  const value = Number(decimals === '' ? wholeDigits : `${wholeDigits}.${decimals}`)
  if (value === 0) return { ok: true, value: 0 } // never -0
  if (negative && !options.negative) return refuse('number.negative')
  return { ok: true, value: negative ? -value : value }
}

/** The digits of the part before the comma, or why it cannot be read. */
function readWhole(whole: string, hasFraction: boolean): string | ParsedNumber {
  if (!whole.includes('.')) return whole
  if (groupedThousands.test(whole)) return whole.replace(/\./g, '')
  // One dot between digits, and no comma: the English decimal point (1.5, 1.20, 0.500).
  if (!hasFraction && /^[0-9]+\.[0-9]+$/.test(whole)) return refuse('number.ambiguous')
  return refuse('number.invalid')
}

/**
 * A number written the way parseIndonesianNumber reads it: `1200.5` → `1.200,5`. At most
 * `decimals` places, rounded, without trailing zeros; no grouping space, so it can be typed back.
 */
export function formatIndonesianNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value) // toFixed would write an exponent
  const [whole = '0', fraction = ''] = Math.abs(value).toFixed(decimals).split('.')
  const places = fraction.replace(/0+$/, '')
  const shown = whole.replace(/\B(?=([0-9]{3})+$)/g, '.') + (places ? `,${places}` : '')
  return value < 0 && /[1-9]/.test(shown) ? `-${shown}` : shown
}

/**
 * Rupiah the Indonesian way, with the sign first and an ordinary space: `Rp 5.000.000`. Used in
 * both languages: amounts are legal figures that must read the same everywhere (SPEC: money is an
 * integer number of rupiah).
 */
export function formatRupiah(amount: number): string {
  const shown = formatIndonesianNumber(Math.abs(amount), 0)
  return amount < 0 && shown !== '0' ? `-Rp ${shown}` : `Rp ${shown}`
}

/** Decimal places a number needs to be written exactly (at most 10): `12.5` → 1, `1200` → 0. */
export function decimalPlacesOf(value: number): number {
  for (let places = 0; places < 10; places++) {
    if (Number(value.toFixed(places)) === value) return places
  }
  return 10
}
