import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

/** Every module specifier reachable from an entry file through relative imports and re-exports. */
function importsReachableFrom(entry: string): Set<string> {
  const seen = new Set<string>()
  const external = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file)) return
    seen.add(file)
    const source = readFileSync(new URL(file, import.meta.url), 'utf8')
    for (const [, specifier] of source.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'/g)) {
      if (specifier!.startsWith('./')) visit(specifier!)
      else external.add(specifier!)
    }
  }
  visit(entry)
  return external
}

describe('entry points', () => {
  it('keep node:crypto and every other Node module out of the core and the browser build', () => {
    expect([...importsReachableFrom('./index.ts')]).toEqual([])
    expect([...importsReachableFrom('./browser.ts')]).toEqual(['@noble/hashes/sha2.js'])
    expect([...importsReachableFrom('./node.ts')]).toEqual(['node:crypto'])
  })

  it('offer the same platform functions from node and browser', async () => {
    const node = await import('./node.ts')
    const browser = await import('./browser.ts')
    expect(Object.keys(browser).sort()).toEqual(Object.keys(node).sort())
  })
})
