import cors from '@fastify/cors'
import helmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors/app-error.ts'
import type { RateCounters } from './rate-counters.ts'
import { rateLimitPlugin } from './rate-limit.ts'

/** Longest request target accepted; search terms and ids fit easily, abuse does not. */
const MAX_URL_LENGTH = 2048

export const securityPlugin = fp(
  async (app: FastifyInstance, options: { corsOrigins: string[]; rateCounters: RateCounters }) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        // blob: lets the officer SPA show an authenticated download (PDF in a frame, image) inline.
        directives: {
          'img-src': ["'self'", 'data:', 'blob:'],
          'frame-src': ["'self'", 'blob:'],
          'connect-src': ["'self'"],
          'upgrade-insecure-requests': null,
        },
      },
    })
    // Browsers elsewhere may call the API only from origins the operator lists.
    await app.register(cors, { origin: options.corsOrigins.length ? options.corsOrigins : false })
    // Opt-in per route (config.rateLimit), on the counters every office of the process shares.
    await app.register(rateLimitPlugin, { counters: options.rateCounters })
    app.addHook('onRequest', async (request) => {
      if (request.url.length > MAX_URL_LENGTH) throw new AppError('request.uri_too_long')
    })
  },
  { name: 'pintu-security' },
)
