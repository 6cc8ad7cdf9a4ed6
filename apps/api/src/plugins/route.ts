import type { DefinedRoute, RouteDefinition } from '@pintu/contract'

/**
 * Fastify route options from a contract route: the schema, who may call it (roles and client
 * scopes), and the error codes it declares travel together, so the error handler can tell an
 * undeclared code (see errors.ts).
 */
export function fromContract<R extends DefinedRoute<RouteDefinition>>(route: R) {
  return {
    method: route.method,
    url: route.url,
    schema: route.schema as R['schema'],
    config: { access: route.access, scopes: route.scopes, errors: new Set(route.errorCodes) },
  }
}
