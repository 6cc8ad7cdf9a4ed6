import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { existsSync } from 'node:fs'
import path from 'node:path'

export interface SpaOptions {
  citizenDir: string
  officerDir: string
}

/** Hashed assets never change; everything else is revalidated so a new release shows at once. */
function cacheHeaders(reply: { header(name: string, value: string): unknown }, filePath: string) {
  reply.header(
    'cache-control',
    filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  )
}

/** Serves the built citizen SPA at / and the officer SPA at /officer/, with history-mode fallback. */
export const spaPlugin = fp(
  async (app: FastifyInstance, options: SpaOptions) => {
    const missing = [options.citizenDir, options.officerDir].filter((dir) => !existsSync(path.join(dir, 'index.html')))
    if (missing.length) {
      app.log.warn({ missing }, 'SPA build not found; run `pnpm build` to serve the web apps')
      return
    }
    await app.register(async (spa) => {
      spa.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: 'public' }
      })
      await spa.register(fastifyStatic, {
        root: options.citizenDir,
        prefix: '/',
        setHeaders: cacheHeaders,
        preCompressed: true,
      })
      await spa.register(fastifyStatic, {
        root: options.officerDir,
        prefix: '/officer/',
        decorateReply: false,
        setHeaders: cacheHeaders,
        preCompressed: true,
      })
      spa.get('/officer', (_request, reply) => reply.redirect('/officer/', 301))
    })
    app.spaFallback = (request, reply) => {
      const pathname = request.url.split('?')[0] ?? '/'
      // Built files live under assets/: an unknown one is a 404, never the page (a stale chunk must fail loudly).
      const isAsset = /^\/(officer\/)?assets\//.test(pathname)
      if (
        !['GET', 'HEAD'].includes(request.method) ||
        isAsset ||
        pathname.startsWith('/api/') ||
        pathname.startsWith('/docs')
      )
        return false
      const dir = pathname.startsWith('/officer/') ? options.officerDir : options.citizenDir
      void reply.header('cache-control', 'no-cache').sendFile('index.html', dir)
      return true
    }
  },
  { name: 'pintu-spa' },
)
