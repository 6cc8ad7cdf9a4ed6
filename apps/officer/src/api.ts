import type { RouteDefinition } from '@pintu/contract'
import { buildUrl, createClient, type RouteInput, type RouteOutput } from '@pintu/contract/client'
import { ApiError } from '@pintu/contract/client'
import { i18n } from '@/i18n/index.ts'

/** What the API module needs from the session, wired by main.ts so this module does not import the store. */
export interface SessionBridge {
  accessToken(): string | null
  /** Gets a new access token after the API said the old one expired; false when the session is gone. */
  refreshAfterExpiry(): Promise<boolean>
}

let bridge: SessionBridge = { accessToken: () => null, refreshAfterExpiry: async () => false }

export function connectSession(next: SessionBridge) {
  bridge = next
}

/** The raw typed client: no retry. The session store uses it for login, refresh and logout. */
export const client = createClient({
  baseUrl: '',
  getAccessToken: () => bridge.accessToken(),
  getLocale: () => i18n.global.locale.value,
})

/**
 * Calls an API route as the logged-in officer. The access token lives 15 minutes and is refreshed
 * ahead of time, but a machine waking from sleep can miss that timer: then the API answers
 * `auth.token_expired` and we refresh once and retry.
 */
export async function call<R extends RouteDefinition>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
  try {
    return await client.call(route, input)
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && error.code === 'auth.token_expired' && (await bridge.refreshAfterExpiry())) {
      return client.call(route, input)
    }
    throw error
  }
}

/** One authenticated GET of a file route; the typed client only speaks JSON. */
async function fetchFileOnce(route: RouteDefinition, params: Record<string, string>): Promise<Blob> {
  const token = bridge.accessToken()
  const response = await fetch(buildUrl(route, params), {
    headers: { accept: '*/*', 'accept-language': i18n.global.locale.value, ...(token && { authorization: `Bearer ${token}` }) },
  })
  if (response.ok) return response.blob()
  const payload = (await response.json().catch(() => null)) as { error?: { code?: string; message?: string } } | null
  throw new ApiError(response.status, payload?.error?.code ?? 'network.unexpected_response', payload?.error?.message ?? response.statusText)
}

/**
 * Downloads a file (a document of an application) as the logged-in officer. A plain link cannot
 * carry the bearer token, so the SPA fetches the bytes and shows them through a blob: URL.
 */
export async function fetchFile(route: RouteDefinition, params: Record<string, string>): Promise<Blob> {
  try {
    return await fetchFileOnce(route, params)
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && error.code === 'auth.token_expired' && (await bridge.refreshAfterExpiry())) {
      return fetchFileOnce(route, params)
    }
    throw error
  }
}

/**
 * Runs a request the typed client cannot make (an upload with progress) with the officer's token
 * and language, refreshing once after `auth.token_expired` like `call`.
 */
export async function withSession<T>(send: (session: { accessToken: string | null; locale: string }) => Promise<T>): Promise<T> {
  const current = () => ({ accessToken: bridge.accessToken(), locale: i18n.global.locale.value })
  try {
    return await send(current())
  } catch (error) {
    if (error instanceof ApiError && error.status === 401 && error.code === 'auth.token_expired' && (await bridge.refreshAfterExpiry())) {
      return send(current())
    }
    throw error
  }
}

export { ApiError }
