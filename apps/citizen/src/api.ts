// The one door to the API. Loaded lazily (it pulls in the contract's schemas), so the home page
// stays small. Pages import route objects from '@pintu/contract' and call them through here.
import type { RouteDefinition } from '@pintu/contract'
import { ApiError, createClient, type RouteInput, type RouteOutput } from '@pintu/contract/client'
import { i18n } from '@/i18n/index.ts'
import { useSession } from '@/stores/session.ts'

export { ApiError }
export { applicationRoutes, authRoutes, catalogueRoutes, paymentRoutes, permitRoutes } from '@pintu/contract'

const retryAfterByError = new WeakMap<ApiError, number>()

/** Seconds the server asked us to wait (Retry-After) before trying the call that failed, if it said. */
export function retryAfterSeconds(error: unknown): number | null {
  return error instanceof ApiError ? (retryAfterByError.get(error) ?? null) : null
}

/** Reads a Retry-After header: delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null, now = Date.now()): number | null {
  if (!value) return null
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000))
}

async function send<R extends RouteDefinition>(
  route: R,
  input: RouteInput<R>,
  accessToken: string | null,
): Promise<RouteOutput<R>> {
  // ApiError carries no headers, so each call watches its own response for Retry-After.
  let retryAfter: number | null = null
  const client = createClient({
    baseUrl: '',
    getAccessToken: () => accessToken,
    getLocale: () => i18n.global.locale.value,
    fetch: async (url, init) => {
      const response = await fetch(url, init)
      retryAfter = parseRetryAfter(response.headers.get('retry-after'))
      return response
    },
  })
  try {
    return await client.call(route, input)
  } catch (error) {
    if (error instanceof ApiError && retryAfter !== null) retryAfterByError.set(error, retryAfter)
    throw error
  }
}

/** A public call: never sends a token, so an expired one cannot break browsing the catalogue. */
export function call<R extends RouteDefinition>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
  return send(route, input, null)
}

/**
 * A call as the logged-in account: refreshes the token shortly before expiry, and once after a 401
 * `auth.token_expired`. Any other 401 — `auth.session_ended` after a logout elsewhere, or a token
 * that could not be renewed — ends the session here too, so the app can send the applicant to log in.
 */
export async function callAsAccount<R extends RouteDefinition>(
  route: R,
  input: RouteInput<R>,
): Promise<RouteOutput<R>> {
  const session = useSession()
  const wasLoggedIn = session.isLoggedIn
  const token = await session.ensureAccessToken()
  if (!token) {
    // The session could not be renewed: it has ended, not merely never begun.
    if (wasLoggedIn) session.end('auth.token_expired')
    throw new ApiError(401, 'auth.unauthenticated', 'Not logged in')
  }
  try {
    try {
      return await send(route, input, token)
    } catch (error) {
      const expired = error instanceof ApiError && error.code === 'auth.token_expired'
      if (!expired || !(await session.refresh()) || !session.accessToken) throw error
      return await send(route, input, session.accessToken)
    }
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && wasLoggedIn) session.end(error.code)
    throw error
  }
}
