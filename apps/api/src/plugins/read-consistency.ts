import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import type { PublicReads } from '../db/public-reads.ts'

/** Header of the consistency token, on the answer to a write and, from callers without cookies, on a read. */
export const CONSISTENCY_HEADER = 'pintu-consistency-token'
/** The same token as a cookie, so a browser sends it back without the SPAs knowing about it. */
export const CONSISTENCY_COOKIE = 'pintu_consistency'
/** Long past any healthy replica's lag; a replica that lags more is a fault the operator sees in /ready. */
const COOKIE_MAX_AGE_SECONDS = 300

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A non-GET route that changes nothing in the database (a beacon, a verification): no consistency token. */
    changesNothing?: boolean
  }
}

/** The token a request carries: its header first (integration clients), then its cookie (browsers). */
export function consistencyToken(request: Pick<FastifyRequest, 'headers'>): string | undefined {
  const header = request.headers[CONSISTENCY_HEADER]
  if (typeof header === 'string' && header !== '') return header
  const cookies = request.headers.cookie
  if (!cookies) return undefined
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name === CONSISTENCY_COOKIE) return value.join('=') || undefined
  }
  return undefined
}

/**
 * Read-your-writes with a replica: the answer to every successful write carries the primary's WAL
 * position after it (its transaction has committed by the time the answer is sent), and a public
 * read carrying that token is served by the replica only once the replica has replayed that far
 * (see db/public-reads.ts). Without a replica this plugin adds nothing.
 */
export const readConsistencyPlugin = fp(
  async (app: FastifyInstance, options: { reads: PublicReads }) => {
    if (options.reads.source() === undefined) return
    app.addHook('onSend', async (request, reply, payload) => {
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return payload
      if (reply.statusCode >= 400 || request.routeOptions.config?.changesNothing) return payload
      // A token that cannot be read only costs this caller read-your-writes, never the answer.
      const token = await options.reads.tokenAfterWrite().catch(() => undefined)
      if (!token) return payload
      const secure = request.protocol === 'https' ? '; Secure' : ''
      void reply
        .header(CONSISTENCY_HEADER, token)
        .header(
          'set-cookie',
          `${CONSISTENCY_COOKIE}=${token}; Path=/; Max-Age=${COOKIE_MAX_AGE_SECONDS}; HttpOnly; SameSite=Strict${secure}`,
        )
      return payload
    })
  },
  { name: 'pintu-read-consistency' },
)
