import type { RouteDefinition } from '@pintu/contract'

/** Fastify route options from a contract route: the schema and the access declaration travel together. */
export function fromContract<R extends RouteDefinition>(route: R) {
  return { method: route.method, url: route.url, schema: route.schema as R['schema'], config: { access: route.access } }
}
