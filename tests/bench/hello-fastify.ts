// Baseline: the same Fastify version as the API, one JSON route, no plugins, no logging.
// Fastify is a dependency of apps/api, not of tests/, so it is resolved from there.
import { createRequire } from 'node:module'

const require = createRequire(new URL('../../apps/api/package.json', import.meta.url))
const Fastify = require('fastify') as (options?: object) => {
  get(url: string, handler: () => unknown): void
  listen(options: { port: number; host: string }): Promise<string>
  close(): Promise<void>
}

const app = Fastify({ logger: false })
app.get('/hello', () => ({ hello: 'world' }))
const address = await app.listen({ port: Number(process.env.PORT ?? 0), host: '127.0.0.1' })
console.log(`listening on ${address}`)
process.once('SIGTERM', () => app.close().then(() => process.exit(0)))
