import type { Static, TSchema } from 'typebox'
import type { ErrorResponse } from './common.ts'
import { OFFICE_HEADER } from './office-header.ts'
import type { RouteDefinition } from './route.ts'

type Part<R extends RouteDefinition, K extends 'params' | 'querystring' | 'body'> = R['schema'][K] extends TSchema
  ? Static<R['schema'][K]>
  : undefined

/** What a call of route R takes: only the parts the route declares. */
export type RouteInput<R extends RouteDefinition> = (R['schema']['params'] extends TSchema
  ? { params: Part<R, 'params'> }
  : { params?: undefined }) &
  (R['schema']['querystring'] extends TSchema ? { query?: Part<R, 'querystring'> } : { query?: undefined }) &
  (R['schema']['body'] extends TSchema ? { body: Part<R, 'body'> } : { body?: undefined }) & { idempotencyKey?: string }

type SuccessStatus = 200 | 201 | 202
/** What a successful call of route R returns. */
export type RouteOutput<R extends RouteDefinition> = {
  [S in SuccessStatus]: R['schema']['response'][S] extends TSchema ? Static<R['schema']['response'][S]> : never
}[SuccessStatus] extends infer O
  ? [O] extends [never]
    ? null
    : O
  : never

/** An API error, carrying the stable code the SPAs switch on. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: NonNullable<ErrorResponse['error']['details']> = [],
    /** Seconds to wait before retrying, from Retry-After (429, 423), when the server said. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export interface ClientOptions {
  /** Origin of the API, '' for same-origin (the SPAs). */
  baseUrl: string
  getAccessToken?: () => string | null | undefined
  /** 'id' or 'en'; sent as Accept-Language so error messages come in the reader's language. */
  getLocale?: () => string
  /**
   * The office to send requests to (a Kemendagri code, sent as X-Pintu-Office) when the
   * deployment serves several; nothing is sent when it returns null, and the default office answers.
   */
  getOffice?: () => string | null | undefined
  fetch?: typeof fetch
}

export function buildUrl(
  route: RouteDefinition,
  params?: Record<string, unknown>,
  query?: Record<string, unknown>,
): string {
  const path = route.url.replace(/:([a-zA-Z]+)/g, (_, name: string) => encodeURIComponent(String(params?.[name] ?? '')))
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value))
  }
  const qs = search.toString()
  return qs ? `${path}?${qs}` : path
}

/**
 * The typed client every SPA and integration test uses: `client.call(catalogueRoutes.list, { query: { q: 'reklame' }
 * })`.
 */
export function createClient(options: ClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis)
  return {
    async call<R extends RouteDefinition>(route: R, input: RouteInput<R>): Promise<RouteOutput<R>> {
      const { params, query, body, idempotencyKey } = input as {
        params?: Record<string, unknown>
        query?: Record<string, unknown>
        body?: unknown
        idempotencyKey?: string
      }
      const headers: Record<string, string> = {
        accept: 'application/json',
        'accept-language': options.getLocale?.() ?? 'id',
      }
      const token = options.getAccessToken?.()
      if (token) headers.authorization = `Bearer ${token}`
      const office = options.getOffice?.()
      if (office) headers[OFFICE_HEADER] = office
      if (body !== undefined) headers['content-type'] = 'application/json'
      if (idempotencyKey) headers['idempotency-key'] = idempotencyKey
      const response = await doFetch(options.baseUrl + buildUrl(route, params, query), {
        method: route.method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      if (response.status === 204) return null as RouteOutput<R>
      const payload = (await response.json().catch(() => null)) as unknown
      if (!response.ok) {
        const error = (payload as ErrorResponse | null)?.error
        const retryAfter = Number(response.headers.get('retry-after'))
        throw new ApiError(
          response.status,
          error?.code ?? 'network.unexpected_response',
          error?.message ?? response.statusText,
          error?.details,
          Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
        )
      }
      return payload as RouteOutput<R>
    },
  }
}
export type ApiClient = ReturnType<typeof createClient>
