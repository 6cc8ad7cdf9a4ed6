// The one door to the API. Loaded lazily (it pulls in the contract's schemas), so the home page
// stays small. Pages import route objects from '@pintu/contract' and call them through here.
// It never imports the session store: main.ts connects the store through the session bridge.
import type { RouteDefinition } from '@pintu/contract'
import { ApiError, createClient, type RouteInput, type RouteOutput } from '@pintu/contract/client'
import { i18n } from '@/i18n/index.ts'
import { errorCode } from '@pintu/ui/error-code'
import { currentSession } from '@/shared/sessionBridge.ts'
import { chosenOffice } from '@/features/office/chosenOffice.ts'

export { ApiError }
export {
  applicationRoutes,
  authRoutes,
  catalogueRoutes,
  complaintRoutes,
  paymentRoutes,
  permitRoutes,
  statsRoutes,
  transparencyRoutes,
} from '@pintu/contract'

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
    getOffice: () => chosenOffice.value,
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

/**
 * A public call: never sends a token, so an expired one cannot break browsing the catalogue. It is
 * also the raw client the session store uses for login, refresh and logout.
 */
export function call<R extends RouteDefinition>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
  return send(route, input, null)
}

/**
 * Runs `run` with the logged-in account's token: renewed shortly before expiry, and once more after
 * a 401 `auth.token_expired`. Any other 401 — `auth.session_ended` after a logout elsewhere, or a
 * token that could not be renewed — ends the session here too, so the app can send the applicant
 * to log in. `callAsAccount` and the authenticated downloads both go through here.
 */
export async function asAccount<T>(run: (accessToken: string) => Promise<T>): Promise<T> {
  const session = currentSession()
  const wasLoggedIn = session.isLoggedIn()
  let ended = false
  const token = async () => {
    const accessToken = await session.accessToken()
    if (accessToken) return accessToken
    // The session could not be renewed: it has ended (it ran out), not merely never begun.
    if (wasLoggedIn) session.end('auth.token_expired')
    ended = true
    throw new ApiError(401, 'auth.unauthenticated', 'Not logged in')
  }
  try {
    try {
      return await run(await token())
    } catch (error) {
      if (errorCode(error) !== 'auth.token_expired' || !(await session.refreshAfterExpiry('auth.token_expired')))
        throw error
      return await run(await token())
    }
  } catch (error) {
    const code = errorCode(error)
    if (code && (error as ApiError).status === 401 && wasLoggedIn && !ended) session.end(code)
    throw error
  }
}

/** A call as the logged-in account (see `asAccount`). */
export function callAsAccount<R extends RouteDefinition>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
  return asAccount((accessToken) => send(route, input, accessToken))
}
