import type { FieldProblem } from '../../errors/app-error.ts'
import { commonPasswords, isTrivialSequence } from './common-passwords.ts'

export const PASSWORD_MIN_LENGTH = 10
export const PASSWORD_MAX_LENGTH = 128

/** NIST SP 800-63B style: length and a deny list, no composition rules. */
export function checkPassword(password: string, personal: { email?: string; nik?: string }): FieldProblem[] {
  const field = '/password'
  if ([...password].length < PASSWORD_MIN_LENGTH) return [{ field, code: 'password.too_short' }]
  if ([...password].length > PASSWORD_MAX_LENGTH) return [{ field, code: 'password.too_long' }]
  const lower = password.toLowerCase()
  if (commonPasswords.has(lower) || isTrivialSequence(password)) return [{ field, code: 'password.too_common' }]
  const emailName = personal.email?.split('@')[0]?.toLowerCase()
  if (
    (emailName && emailName.length >= 4 && lower.includes(emailName)) ||
    (personal.nik && password.includes(personal.nik))
  ) {
    return [{ field, code: 'password.contains_personal_data' }]
  }
  return []
}
