// The verification code printed on a permit (under its QR code) shows the holder's details.
// People copy it by hand, so spaces and dashes are forgiven and case does not matter (the API
// compares in capitals); the API accepts 1–32 letters and digits (VerifyPermitQuerySchema).

const CODE = /^[A-Z0-9]{1,32}$/

/** `abcde-fghjk ` → `ABCDEFGHJK`. */
export function normalizeVerifyCode(input: string): string {
  return input.replace(/[\s-]+/g, '').toUpperCase()
}

export function isPlausibleVerifyCode(value: string): boolean {
  return CODE.test(value)
}

/** The address of the verification page for a number and, when given, its code (`?nomor=…&kode=…`). */
export function verifyQuery(number: string, code: string): { nomor: string; kode?: string } {
  return code ? { nomor: number, kode: code } : { nomor: number }
}

/** The code in a permit's QR link (its `verifyUrl`), or '' when the link carries none. */
export function codeFromVerifyUrl(verifyUrl: string | null): string {
  if (!verifyUrl) return ''
  try {
    return normalizeVerifyCode(new URL(verifyUrl, 'http://localhost').searchParams.get('kode') ?? '')
  } catch {
    return ''
  }
}
