// A permit number is read off paper or a QR code (`510/1/ITPMB/DPMPTSP/XI/2026`); what people
// type is forgiven for spaces only: formats come from the catalogue, so case is left as typed.

/** Longest and shortest number the API accepts (PermitNumberParamsSchema). */
export const PERMIT_NUMBER_MIN = 3
export const PERMIT_NUMBER_MAX = 80

/** ` 510 / 1 / ITPMB ` → `510/1/ITPMB`. */
export function normalizePermitNumber(input: string): string {
  return input.replace(/\s+/g, '')
}

export function isPlausiblePermitNumber(value: string): boolean {
  return value.length >= PERMIT_NUMBER_MIN && value.length <= PERMIT_NUMBER_MAX
}
