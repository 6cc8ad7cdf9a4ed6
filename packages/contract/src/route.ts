import type { TSchema } from 'typebox'
import { ErrorResponseSchema } from './common.ts'
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
}

/** One HTTP route of the API, shared by the server, the typed client and the tests. */
export interface RouteDefinition {
  method: HttpMethod
  url: string
  access: Access
  schema: RouteSchema
}

const errorResponses = {
  400: ErrorResponseSchema,
  401: ErrorResponseSchema,
  403: ErrorResponseSchema,
  404: ErrorResponseSchema,
  409: ErrorResponseSchema,
  413: ErrorResponseSchema,
  415: ErrorResponseSchema,
  422: ErrorResponseSchema,
  423: ErrorResponseSchema,
  429: ErrorResponseSchema,
  500: ErrorResponseSchema,
} as const

/**
 * Declares a route. Error responses share one documented shape; routes that need a login get the
 * bearer security requirement so the OpenAPI document says so.
 */
export function defineRoute<const R extends RouteDefinition>(route: R): R {
  const security = route.access === 'public' ? undefined : [{ bearerAuth: [] }]
  return {
    ...route,
    schema: {
      ...route.schema,
      ...(security && { security }),
      response: { ...errorResponses, ...route.schema.response },
    },
  }
}
