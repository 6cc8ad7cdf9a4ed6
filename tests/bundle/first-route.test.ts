import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { measureFirstRoute } from './first-route.ts'

// Budgets for the JavaScript a phone downloads before the first page renders (issue 9): sizes of a
// build are deterministic, so this is a check, not a timing. The test command builds the SPAs
// first (scripts/test.mjs); run `vite build` in the app before running this file alone.
const KB = 1000
const budgets = [
  { app: 'citizen', base: '/', budget: 60 * KB },
  // The officer SPA imports the contract's route declarations; their OpenAPI prose is dropped at
  // build (packages/contract/build/strip-route-prose.mjs), which took it from 154.5 to 132.3 KB.
  { app: 'officer', base: '/officer/', budget: 150 * KB },
] as const

const root = path.resolve(import.meta.dirname, '../..')

describe('first-route JavaScript, gzipped', () => {
  it.each(budgets)('the $app SPA stays within $budget bytes', ({ app, base, budget }) => {
    const dist = path.join(root, 'apps', app, 'dist')
    expect(existsSync(path.join(dist, 'index.html')), `build apps/${app} first`).toBe(true)
    const route = measureFirstRoute(dist, base)
    const detail = route.chunks.map((chunk) => `${chunk.file} ${chunk.gzipBytes}`).join(', ')
    expect(route.gzipBytes, `${app} first route: ${route.gzipBytes} bytes (${detail})`).toBeLessThanOrEqual(budget)
  })

  it('ships the contract without its OpenAPI prose, and with the catalogue schema’s own `description` field', () => {
    const assets = path.join(root, 'apps/officer/dist/assets')
    const bundle = readdirSync(assets)
      .filter((name) => name.endsWith('.js'))
      .map((name) => readFileSync(path.join(assets, name), 'utf8'))
      .join('\n')
    // A route's description (integration clients' list) and a schema field's description are gone…
    expect(bundle).not.toContain('Every registered client with its scopes')
    expect(bundle).not.toContain('Service types whose applications it may read or file')
    // …but the routes are there, and a schema property that is itself named `description` stays.
    expect(bundle).toContain('/api/v1/clients')
    expect(bundle).toMatch(/description:\s*[A-Za-z_$][\w$]*/)
  })

  it('counts the statically imported chunks and not the lazy ones', () => {
    const route = measureFirstRoute(path.join(root, 'apps/citizen/dist'), '/')
    const files = route.chunks.map((chunk) => chunk.file)
    expect(files.some((file) => /^assets\/index-.*\.js$/.test(file))).toBe(true)
    expect(files.length).toBeGreaterThan(1)
    // The API module and the other pages load on demand, after the home page is up.
    expect(files.some((file) => /\/(api|CataloguePage|pages\.en)-/.test(file))).toBe(false)
  })

  // The citizen SPA ships vue-i18n's runtime-only build: a message left as a plain string would be
  // shown as written, braces and all. So every message the build loads on demand must be compiled.
  it('ships every lazily loaded citizen message precompiled, with the same keys in both languages', async () => {
    const assets = path.join(root, 'apps/citizen/dist/assets')
    const load = async (prefix: string) => {
      const file = readdirSync(assets).find((name) => name.startsWith(`${prefix}-`) && name.endsWith('.js'))
      expect(file, `${prefix} chunk`).toBeDefined()
      return ((await import(pathToFileURL(path.join(assets, file!)).href)) as { default: object }).default
    }
    const leaves = (node: object, prefix = ''): [string, unknown][] =>
      Object.entries(node).flatMap(([key, value]): [string, unknown][] =>
        value && typeof value === 'object' && !isCompiled(value)
          ? leaves(value, `${prefix}${key}.`)
          : [[prefix + key, value]],
      )
    const isCompiled = (value: object) => 't' in value && ('b' in value || 'body' in value)
    const keysOf = (entries: [string, unknown][]) => entries.map(([key]) => key).sort()
    const pagesId = leaves(await load('pages.id'))
    const pagesEn = leaves(await load('pages.en'))
    const shellEn = leaves(await load('shell.en'))
    expect(pagesId.length).toBeGreaterThan(300)
    expect(keysOf(pagesEn)).toEqual(keysOf(pagesId))
    for (const [key, value] of [...pagesId, ...pagesEn, ...shellEn]) {
      expect(typeof value === 'object' && value !== null && isCompiled(value), key).toBe(true)
    }
  })
})
