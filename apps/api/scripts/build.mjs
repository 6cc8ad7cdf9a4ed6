// Compiles the API for production: one ESM bundle of the server (with the workspace's own
// TypeScript packages inside it), the document-check worker beside it, and the SQL migrations,
// all under dist/. Dependencies from node_modules stay external, loaded as installed.
import { build } from 'esbuild'
import { cp, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const dist = path.join(root, 'dist')
const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'))
// Workspace packages ship TypeScript sources: they are bundled; everything else is external.
const external = Object.keys(manifest.dependencies).filter((name) => !name.startsWith('@pintu/'))

await rm(dist, { recursive: true, force: true })
await build({
  entryPoints: {
    server: path.join(root, 'src/server.ts'),
    'content-check.worker': path.join(root, 'src/modules/documents/content-check.worker.ts'),
  },
  outdir: dist,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  sourcemap: true,
  external,
  // Some dependencies are CommonJS and call require(): give the ESM bundle one.
  banner: {
    js: "import { createRequire as __pintuRequire } from 'node:module'; const require = __pintuRequire(import.meta.url);",
  },
  logLevel: 'warning',
})
await cp(path.join(root, 'src/db/migrations'), path.join(dist, 'migrations'), { recursive: true })
console.log(`built ${path.relative(process.cwd(), dist)}`)
