/**
 * Indonesian identifiers: NIK (Nomor Induk Kependudukan) and mobile numbers.
 * NIK layout: PP KK CC DDMMYY SSSS — province, regency/city, district of registration, birth date
 * (women: day + 40), serial. Source: domain/ptsp-facts.md §3 (python-stdnum id/nik).
 */

/** Province codes in force (Kepmendagri 300.2.2-2138/2025), including the 2022 Papua splits (93–96). */
export const provinceCodes = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
] as const

export type NikProblem =
  'nik.format' | 'nik.unknown_province' | 'nik.bad_region' | 'nik.bad_birth_date' | 'nik.bad_serial'

export type NikCheck =
  | { ok: true; provinceCode: string; regionCode: string; birthDate: string; sex: 'female' | 'male' }
  | { ok: false; problem: NikProblem }

/** Validates a NIK; `today` decides the century of the two-digit birth year. */
export function checkNik(nik: string, today: Date): NikCheck {
  if (!/^[0-9]{16}$/.test(nik)) return { ok: false, problem: 'nik.format' }
  const provinceCode = nik.slice(0, 2)
  if (!(provinceCodes as readonly string[]).includes(provinceCode))
    return { ok: false, problem: 'nik.unknown_province' }
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return { ok: false, problem: 'nik.bad_region' }

  const rawDay = Number(nik.slice(6, 8))
  const sex = rawDay > 40 ? 'female' : 'male'
  const day = sex === 'female' ? rawDay - 40 : rawDay
  const month = Number(nik.slice(8, 10))
  const yy = Number(nik.slice(10, 12))
  // A two-digit year is in this century unless that date has not come yet.
  let birth = new Date(Date.UTC(2000 + yy, month - 1, day))
  if (birth.getTime() > today.getTime()) birth = new Date(Date.UTC(1900 + yy, month - 1, day))
  if (month < 1 || month > 12 || day < 1 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    return { ok: false, problem: 'nik.bad_birth_date' }
  }
  if (nik.slice(12) === '0000') return { ok: false, problem: 'nik.bad_serial' }
  return {
    ok: true,
    provinceCode,
    regionCode: nik.slice(0, 6),
    birthDate: birth.toISOString().slice(0, 10),
    sex,
  }
}

/**
 * Normalises an Indonesian mobile number to E.164 (`+628…`). Accepts `08…`, `628…` and `+628…`
 * with spaces, dots, dashes or brackets; returns null for anything else (landlines included).
 */
export function normalizeMobileNumber(input: string): string | null {
  const compact = input.trim().replace(/[\s.\-()]/g, '')
  const match = /^(?:\+62|62|0)(8[1-9][0-9]{6,10})$/.exec(compact)
  return match ? `+62${match[1]}` : null
}

/** Separators people print identifiers with: spaces, dots, dashes and slashes. */
const PRINTED_SEPARATORS = /[\s.\-/]/g

/**
 * An identifier as stored, from the way it is printed: NPWP `01.234.567.8-901.000` becomes
 * `012345678901000`, NIB, KBLI, NIK and postal codes lose their spaces and dots, a mobile number
 * becomes `+628…`. Anything that does not reduce to the identifier's digits is returned unchanged,
 * so the form's format check refuses it with its own code.
 */
export function normalizeIdentifier(type: string, value: string): string {
  const digits = value.replace(PRINTED_SEPARATORS, '')
  switch (type) {
    case 'npwp':
    case 'nib':
    case 'kbli':
    case 'nik':
    case 'postal_code':
      return /^[0-9]+$/.test(digits) ? digits : value
    case 'phone':
      return normalizeMobileNumber(value) ?? value
    default:
      return value
  }
}

/**
 * Whether a typed email looks deliverable: `name@domain.tld`, no spaces, at most 254 characters.
 * The SPAs check it before sending, the API after (it decides); nothing stricter is knowable
 * without sending a message.
 */
export function isEmailAddress(value: string): boolean {
  const email = value.trim()
  return email.length <= 254 && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)
}
