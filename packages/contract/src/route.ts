import { Type, type TSchema } from 'typebox'
import { ErrorResponseSchema } from './common.ts'
import { errorCatalogue, type ErrorCode } from './errors/index.ts'
import type { ClientScope } from './integrations.ts'
import type { Access } from './roles.ts'

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface RouteSchema {
  summary: string
  description?: string
  tags: readonly string[]
  params?: TSchema
  querystring?: TSchema
  body?: TSchema
  headers?: TSchema
  response: Record<number, TSchema>
  security?: readonly Record<string, readonly string[]>[]
  /** Media types the body may come in, when not only JSON (stated in the OpenAPI document). */
  consumes?: readonly string[]
}

/** One HTTP route of the API, shared by the server, the typed client and the tests. */
export interface RouteDefinition {
  method: HttpMethod
  url: string
  access: Access
  /**
   * The scopes that let an integration client call it (a client token holding one of them).
   * Without it the route refuses client tokens: default deny, so a route added later is safe untouched.
   */
  scopes?: readonly ClientScope[]
  schema: RouteSchema
  /** Codes this operation may answer with, beyond those every route of its kind shares (see `sharedErrors`). */
  errors?: readonly ErrorCode[]
  /**
   * `oauth`: its 400 and 401 answers follow RFC 6749 §5.2 (`{ error, error_description }`), as an
   * OAuth token endpoint must, instead of Pintu's error shape (the token endpoint only).
   */
  errorShape?: 'oauth'
  /** Honours an `Idempotency-Key` header: a retry with the same key returns the first result. */
  idempotent?: boolean
  /** Takes a file as multipart/form-data, one part named `file` (described here, checked by the handler). */
  upload?: { description: string }
  /** Takes its body as raw bytes of one media type (not JSON), parsed and checked by the handler. */
  rawBody?: { contentType: string; description: string }
}

/** A route as defined: every code it may answer with, each under its status in the OpenAPI document. */
export type DefinedRoute<R extends RouteDefinition> = R & { errorCodes: readonly ErrorCode[] }

/** Codes every route shares, by what it takes and who may call it. */
export function sharedErrors(
  route: Pick<RouteDefinition, 'access' | 'idempotent' | 'upload' | 'rawBody' | 'scopes'> & {
    schema: Pick<RouteSchema, 'body'>
  },
): ErrorCode[] {
  return [
    'request.invalid',
    'request.bad_url',
    'request.uri_too_long',
    'internal',
    // Any route may meet a database outage or shed load; both answer 503 with Retry-After.
    'service.unavailable',
    'service.overloaded',
    ...(route.schema.body
      ? ([
          'request.malformed_json',
          'request.empty_body',
          'request.body_too_large',
          'request.unsupported_media_type',
        ] as const)
      : []),
    // Raw bytes of one media type: too many of them, or another type.
    ...(route.rawBody ? (['request.body_too_large', 'request.unsupported_media_type'] as const) : []),
    ...(route.access === 'public'
      ? []
      : ([
          'auth.unauthenticated',
          'auth.token_expired',
          'auth.session_ended',
          'auth.forbidden',
          'auth.wrong_office',
        ] as const)),
    // A client's own quota (its registered rate limit) applies on every route it may call.
    ...(route.scopes?.length ? (['rate_limited'] as const) : []),
    ...(route.idempotent
      ? (['idempotency.bad_key', 'idempotency.key_reused', 'idempotency.in_progress'] as const)
      : []),
    ...(route.upload
      ? ([
          'request.unsupported_media_type',
          'request.body_too_large',
          'request.malformed_multipart',
          'documents.no_file',
          'documents.one_file_only',
          'documents.too_large',
          'documents.type_not_accepted',
          'documents.empty',
          'documents.bad_file_name',
          'documents.not_a_pdf',
          'documents.pdf_active_content',
          'documents.pdf_encrypted',
          'documents.pdf_uninspectable',
          'documents.image_corrupt',
          'documents.image_dimensions',
          'documents.busy',
        ] as const)
      : []),
  ]
}

/**
 * The error response of one status: its codes as an enum, each explained, so integrators need not find them by trial.
 */
function errorResponse(codes: ErrorCode[]) {
  const listed = codes.map((code) => `- \`${code}\`: ${errorCatalogue[code].en}`).join('\n')
  const error = ErrorResponseSchema.properties.error
  return Type.Object(
    {
      error: Type.Object({
        ...error.properties,
        code: Type.Enum(codes, {
          description: 'Stable machine-readable code; clients switch on it, never on the message',
        }),
      }),
    },
    { description: `Error codes of this status:\n${listed}` },
  )
}

/** The Idempotency-Key header of routes that honour it, as the OpenAPI document states it. */
export const IdempotencyHeadersSchema = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[\\x21-\\x7e]{8,128}$',
      description:
        'Makes a retry safe: 8–128 visible ASCII characters chosen by the client (a UUID is ideal), scoped to the calling account. ' +
        'A retry with the same key and the same request returns the first result; the same key with a different request is refused ' +
        '(422 `idempotency.key_reused`); a retry while the first is still running gets 409 `idempotency.in_progress`. Results are kept 24 hours.',
    }),
  ),
})

/**
 * Declares a route. Error responses are listed per status with their codes, from the route's own
 * `errors` and those its kind shares; routes that need a login get the bearer security requirement,
 * and those integration clients may call the OAuth2 requirement with their scopes.
 */
export function defineRoute<const R extends RouteDefinition>(route: R): DefinedRoute<R> {
  const security =
    route.access === 'public'
      ? undefined
      : route.scopes?.length
        ? [{ bearerAuth: [] }, { oauth2: [...route.scopes] }]
        : [{ bearerAuth: [] }]
  const errorCodes = [...new Set([...sharedErrors(route), ...(route.errors ?? [])])]
  const byStatus = new Map<number, ErrorCode[]>()
  for (const code of errorCodes)
    byStatus.set(errorCatalogue[code].status, [...(byStatus.get(errorCatalogue[code].status) ?? []), code])
  const errorResponses = Object.fromEntries(
    [...byStatus].sort(([a], [b]) => a - b).map(([status, codes]) => [status, errorResponse(codes)]),
  )
  return {
    ...route,
    errorCodes,
    schema: {
      ...route.schema,
      ...(route.idempotent && { headers: IdempotencyHeadersSchema }),
      ...(security && { security }),
      response: { ...errorResponses, ...route.schema.response },
    },
  }
}
