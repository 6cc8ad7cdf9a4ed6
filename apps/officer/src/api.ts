import type { RouteDefinition } from '@pintu/contract'
import { buildUrl, createClient, type RouteInput, type RouteOutput } from '@pintu/contract/client'
import { ApiError } from '@pintu/contract/client'
import { i18n } from '@/i18n/index.ts'
import { errorCode } from '@pintu/ui/error-code'
import { currentSession, recoverableRefusals, type SessionRefusal } from '@/shared/sessionBridge.ts'
import { officeHeaders, officerOffice } from '@/features/auth/officerOffice.ts'

// It never imports the session store: main.ts connects the store through the session bridge.

/** The refusal code when `error` says the access token no longer works, else null. */
export function sessionRefusal(error: unknown): SessionRefusal | null {
  const code = errorCode(error)
  if (!code || (error as ApiError).status !== 401) return null
  return (recoverableRefusals as readonly string[]).includes(code) ? (code as SessionRefusal) : null
}

/** Runs `send` once more with a new token after the session's token was refused, or rethrows. */
async function retryAfterRefusal<T>(error: unknown, send: () => Promise<T>): Promise<T> {
  const refusal = sessionRefusal(error)
  if (refusal && (await currentSession().refreshAfterExpiry(refusal))) return send()
  throw error
}

/** The raw typed client: no retry. The session store uses it for login, refresh and logout. */
export const client = createClient({
  baseUrl: '',
  getAccessToken: () => currentSession().accessToken(),
  getLocale: () => i18n.global.locale.value,
  // The office chosen at sign-in: the login goes there, and every later call with it.
  getOffice: () => officerOffice.value,
})

/**
 * Calls an API route as the logged-in officer. The access token lives 15 minutes and is refreshed
 * ahead of time, but a machine waking from sleep can miss that timer (`auth.token_expired`), and
 * the API ends sessions at once on logout, deactivation or a change of roles (`auth.session_ended`):
 * then we refresh once — the new token carries the new roles — and retry.
 */
export async function call<R extends RouteDefinition>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
  try {
    return await client.call(route, input)
  } catch (error) {
    return retryAfterRefusal(error, () => client.call(route, input))
  }
}

/** One authenticated GET of a file route; the typed client only speaks JSON. */
async function fetchFileOnce(
  route: RouteDefinition,
  params: Record<string, string>,
  query?: Record<string, string>,
  accept = '*/*',
): Promise<Blob> {
  const token = currentSession().accessToken()
  const response = await fetch(buildUrl(route, params, query), {
    headers: {
      accept,
      'accept-language': i18n.global.locale.value,
      ...officeHeaders(),
      ...(token && { authorization: `Bearer ${token}` }),
    },
  })
  if (response.ok) return response.blob()
  const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null
  throw new ApiError(
    response.status,
    payload?.error?.code ?? 'network.unexpected_response',
    payload?.error?.message ?? response.statusText,
  )
}

/** A public resource of the transparency log (`checkpoint`, `tile/…`): plain bytes, no token. */
export async function fetchLogResource(path: string): Promise<Uint8Array> {
  const response = await fetch(`/api/v1/transparency/log/${path}`, { headers: officeHeaders() })
  if (!response.ok) throw new ApiError(response.status, 'network.unexpected_response', response.statusText)
  return new Uint8Array(await response.arrayBuffer())
}

/**
 * Downloads a file (a document of an application) as the logged-in officer. A plain link cannot
 * carry the bearer token, so the SPA fetches the bytes and shows them through a blob: URL.
 * `accept` picks the form of a route that answers JSON or CSV (`text/csv`: the reports).
 */
export async function fetchFile(
  route: RouteDefinition,
  params: Record<string, string>,
  query?: Record<string, string>,
  accept?: string,
): Promise<Blob> {
  try {
    return await fetchFileOnce(route, params, query, accept)
  } catch (error) {
    return retryAfterRefusal(error, () => fetchFileOnce(route, params, query, accept))
  }
}

/**
 * Runs a request the typed client cannot make (an upload with progress) with the officer's token
 * and language, refreshing once after a refused token like `call`.
 */
export async function withSession<T>(
  send: (session: { accessToken: string | null; locale: string; office: string | null }) => Promise<T>,
): Promise<T> {
  const current = () => ({
    accessToken: currentSession().accessToken(),
    locale: i18n.global.locale.value,
    office: officerOffice.value,
  })
  try {
    return await send(current())
  } catch (error) {
    return retryAfterRefusal(error, () => send(current()))
  }
}

export { ApiError }
