import { allRoutes } from '@pintu/contract'
import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openapiDocument, openapiFile } from '../scripts/openapi-document.ts'
import { createTestApp, type TestApp } from './support/test-app.ts'

describe('OpenAPI document', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('the committed packages/contract/openapi.json matches the running app (run `pnpm openapi` after changing routes)', async () => {
    const committed = await readFile(openapiFile, 'utf8')
    expect(committed).toBe(openapiDocument(t.app))
  })

  it('documents every route of the contract with its security and error shape', () => {
    const doc = JSON.parse(openapiDocument(t.app))
    expect(doc.openapi).toBe('3.1.0')
    for (const route of allRoutes) {
      // Fastify's wildcard becomes the path parameter `{*}` (the tile path, slashes included).
      const path = route.url.replace(/:(\w+)/g, '{$1}').replace(/\*$/, '{*}')
      const operation = doc.paths[path]?.[route.method.toLowerCase()]
      expect(operation, `${route.method} ${route.url}`).toBeDefined()
      expect(operation.summary).toBeTruthy()
      expect(Boolean(operation.security), `${route.url} security`).toBe(route.access !== 'public')
      if (route.url.startsWith('/api/')) expect(operation.responses['400']).toBeDefined()
    }
  })
})
