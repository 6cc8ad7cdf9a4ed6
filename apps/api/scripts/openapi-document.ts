import type { FastifyInstance } from 'fastify'
import { fileURLToPath } from 'node:url'

export const openapiFile = fileURLToPath(new URL('../../../packages/contract/openapi.json', import.meta.url))

/** The OpenAPI document as committed: stable key order from the registration order, 2-space JSON. */
export function openapiDocument(app: FastifyInstance): string {
  return `${JSON.stringify(app.swagger(), null, 2)}\n`
}
