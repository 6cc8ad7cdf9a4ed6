import type { LocationQueryValue, RouteLocationRaw } from 'vue-router'
import type { AnyErrorCode } from '@pintu/ui/error-code'

/** Why the login page is shown: `diakhiri` (the API ended the session) or `habis` (it could not be renewed). */
type Reason = 'diakhiri' | 'habis'

function reasonFor(code: AnyErrorCode | null): Reason | null {
  if (!code) return null
  return code === 'auth.session_ended' ? 'diakhiri' : 'habis'
}

/**
 * Where an ended session sends the applicant: the login page, back to `next` afterwards, saying
 * why in the address (`?sesi=…`) so the message survives a reload of the login page.
 */
export function loginAfterSessionEnd(next: string, code: AnyErrorCode | null): RouteLocationRaw {
  const reason = reasonFor(code)
  return { name: 'login', query: { next, ...(reason && { sesi: reason }) } }
}

/** The message the login page shows for `?sesi=…`, or null when it came there for another reason. */
export function sessionEndMessageKey(reason: LocationQueryValue | LocationQueryValue[] | undefined): string | null {
  if (reason === 'diakhiri') return 'errors.auth.session_ended'
  if (reason === 'habis') return 'errors.auth.token_expired'
  return null
}
