// Registration numbers and tracking codes are typed by hand from a phone screen or a paper note,
// so what people type is forgiven (case, spaces, dashes) before it is sent.

const REGISTRATION_NO = /^REG-[0-9]{4}-[0-9]{6,}$/

/** `reg-2026-000123 ` → `REG-2026-000123`. */
export function normalizeRegistrationNo(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

export function isRegistrationNo(value: string): boolean {
  return REGISTRATION_NO.test(value)
}

/** `abcde-fghjk` or `ABCDE FGHJK` → `ABCDEFGHJK` (the API compares codes in upper case). */
export function normalizeTrackingCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase()
}

/** `ABCDEFGHJK` → `ABCDE FGHJK`: groups of five are easier to read out and copy by hand. */
export function groupTrackingCode(code: string): string {
  return code.match(/.{1,5}/g)?.join(' ') ?? code
}
