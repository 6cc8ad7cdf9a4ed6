import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from './support/test-app.ts'

/** The built SPAs: history-mode pages fall back to index.html, built files never do. */
describe('serving the SPAs', () => {
  let t: TestApp
  let root: string
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'pintu-spa-'))
    for (const app of ['citizen', 'officer']) {
      await mkdir(path.join(root, app, 'assets'), { recursive: true })
      await writeFile(path.join(root, app, 'index.html'), `<!doctype html><title>${app}</title>`)
      await writeFile(path.join(root, app, 'assets', 'main-abc123.js'), 'console.log(1)')
    }
    await writeFile(path.join(root, 'officer', 'sw.js'), 'self.addEventListener("fetch", () => {})')
    await writeFile(path.join(root, 'officer', 'manifest.webmanifest'), '{"name":"Pintu"}')
    t = await createTestApp({ spa: { citizenDir: path.join(root, 'citizen'), officerDir: path.join(root, 'officer') } })
  })
  afterAll(async () => {
    await t.close()
    await rm(root, { recursive: true, force: true })
  })

  it('answers a page route with the right index.html', async () => {
    const page = await t.app.inject({ method: 'GET', url: '/layanan/SIUP' })
    expect(page.statusCode).toBe(200)
    expect(page.body).toContain('<title>citizen</title>')
    expect((await t.app.inject({ method: 'GET', url: '/officer/berkas/1' })).body).toContain('<title>officer</title>')
  })

  it('serves a built file with a long cache, and answers an unknown one with 404, never with the page', async () => {
    const asset = await t.app.inject({ method: 'GET', url: '/assets/main-abc123.js' })
    expect(asset.statusCode).toBe(200)
    expect(asset.headers['cache-control']).toContain('immutable')
    for (const url of ['/assets/main-gone999.js', '/officer/assets/old-chunk.js']) {
      const missing = await t.app.inject({ method: 'GET', url })
      expect(missing.statusCode, url).toBe(404)
      expect(missing.json().error.code).toBe('not_found')
    }
  })

  it("serves the officer SPA's service worker and manifest revalidated, so a new release takes over at once", async () => {
    const worker = await t.app.inject({ method: 'GET', url: '/officer/sw.js' })
    expect(worker.statusCode).toBe(200)
    expect(worker.headers['content-type']).toMatch(/javascript/)
    expect(worker.headers['cache-control']).toBe('no-cache')
    const manifest = await t.app.inject({ method: 'GET', url: '/officer/manifest.webmanifest' })
    expect(manifest.statusCode).toBe(200)
    expect(manifest.headers['content-type']).toMatch(/^application\/manifest\+json/)
    expect(manifest.headers['cache-control']).toBe('no-cache')
  })
})
