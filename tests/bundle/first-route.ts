// What a browser must download before the first page renders: index.html's module script, its
// modulepreload links, and every chunk they import statically, each gzipped at level 9 (what the
// build's precompress plugin serves). Dynamic import() targets load later and are not counted.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { constants, gzipSync } from 'node:zlib'

export interface ChunkSize {
  file: string
  bytes: number
  gzipBytes: number
}

export interface FirstRoute {
  chunks: ChunkSize[]
  gzipBytes: number
}

// Static `import … from "./x.js"`, `import "./x.js"` and `export … from "./x.js"`; never `import("./x.js")`.
const staticImport = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g
const htmlScripts = /<(?:script[^>]*\btype="module"[^>]*\bsrc|link[^>]*\brel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g

/** The first route's JavaScript of a built SPA (`dist` holds index.html; `base` is its public path). */
export function measureFirstRoute(dist: string, base = '/'): FirstRoute {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8')
  const toFile = (url: string) => path.join(dist, url.startsWith(base) ? url.slice(base.length) : url)
  const pending = [...html.matchAll(htmlScripts)].map((match) => toFile(match[1]!))
  const seen = new Set<string>()
  const chunks: ChunkSize[] = []
  while (pending.length > 0) {
    const file = pending.pop()!
    if (seen.has(file)) continue
    seen.add(file)
    const source = readFileSync(file)
    chunks.push({
      file: path.relative(dist, file),
      bytes: source.length,
      gzipBytes: gzipSync(source, { level: constants.Z_BEST_COMPRESSION }).length,
    })
    for (const match of source.toString('utf8').matchAll(staticImport)) {
      pending.push(path.resolve(path.dirname(file), match[1]!))
    }
  }
  chunks.sort((a, b) => b.gzipBytes - a.gzipBytes)
  return { chunks, gzipBytes: chunks.reduce((sum, chunk) => sum + chunk.gzipBytes, 0) }
}

/** `node tests/bundle/first-route.ts`: prints both SPAs' first-route sizes (after `vite build`). */
if (import.meta.url === `file://${process.argv[1]}`) {
  const root = path.resolve(import.meta.dirname, '../..')
  for (const [app, base] of [
    ['citizen', '/'],
    ['officer', '/officer/'],
  ] as const) {
    const route = measureFirstRoute(path.join(root, 'apps', app, 'dist'), base)
    console.log(`${app}: ${(route.gzipBytes / 1024).toFixed(1)} KiB gzipped`)
    for (const chunk of route.chunks)
      console.log(
        `  ${chunk.file}  ${(chunk.bytes / 1024).toFixed(1)} KiB, ${(chunk.gzipBytes / 1024).toFixed(1)} KiB gz`,
      )
  }
}
