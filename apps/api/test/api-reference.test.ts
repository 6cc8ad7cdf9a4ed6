import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/test-app.ts'

describe('the accessible API reference beside Swagger UI', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp()
  })
  afterAll(() => t.close())

  it('serves every documented operation as plain HTML, without a script', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/reference' })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8')
    const html = res.body
    expect(html).not.toContain('<script')
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/)
    const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json()
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, unknown>>)) {
      for (const method of Object.keys(item).filter((m) => ['get', 'post', 'put', 'patch', 'delete'].includes(m)))
        expect(html, `${method} ${path}`).toContain(`${method.toUpperCase()}</span> <code>${path}</code>`)
    }
    expect(html).toContain('<code>/api/v1/payments/received.csv</code>')
    // One main landmark, named sections, captioned tables.
    expect(html.match(/<main/g)).toHaveLength(1)
    expect(html).toContain('<nav aria-label="Sections of the reference">')
  })

  it('escapes what it prints and links back to the interactive docs', async () => {
    const html = (await t.app.inject({ method: 'GET', url: '/docs/reference' })).body
    expect(html).toContain('<a href="/docs">')
    expect(html).not.toMatch(/<code>[^<]*<(?!\/code>)/)
  })
})
