import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors/app-error.ts'

/** A named quota: at most `max` requests per client address (or per account) per `windowSeconds`. */
export interface RatePolicy {
  name: string
  max: number
  windowSeconds: number
  /**
   * `account`: counted per calling account, once it is known (officers of one office often share
   * one address, and the quota is about what one person may do). Default `address`.
   */
  per?: 'address' | 'account'
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Limits the route per client address and advertises the quota in RateLimit headers. */
    rateLimit?: RatePolicy
  }
}

/** Counters kept at most; past it the oldest windows are dropped rather than let memory grow. */
const MAX_KEYS = 100_000

interface Window {
  startedAt: number
  count: number
}

/**
 * A fixed-window limiter per policy and client address, advertising its state in the RateLimit
 * header fields of draft-ietf-httpapi-ratelimit-headers (`RateLimit-Policy: "lookup";q=60;w=60`,
 * `RateLimit: "lookup";r=59;t=42`), on every answer of a limited route, refusals included.
 * Counters are per process: behind a load balancer each process enforces its own share.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: { now?: () => number } = {}) => {
    const now = options.now ?? Date.now
    const windows = new Map<string, Window>()

    function take(policy: RatePolicy, address: string): { remaining: number; resetSeconds: number; allowed: boolean } {
      const key = `${policy.name}|${address}`
      const at = now()
      let window = windows.get(key)
      if (!window || at - window.startedAt >= policy.windowSeconds * 1000) {
        windows.delete(key)
        if (windows.size >= MAX_KEYS) windows.delete(windows.keys().next().value!)
        window = { startedAt: at, count: 0 }
        windows.set(key, window)
      }
      window.count += 1
      const resetSeconds = Math.max(1, Math.ceil((window.startedAt + policy.windowSeconds * 1000 - at) / 1000))
      return { remaining: Math.max(0, policy.max - window.count), resetSeconds, allowed: window.count <= policy.max }
    }

    async function limit(reply: FastifyReply, key: string, policy: RatePolicy) {
      const state = take(policy, key)
      void reply.header('ratelimit-policy', `"${policy.name}";q=${policy.max};w=${policy.windowSeconds}`)
      void reply.header('ratelimit', `"${policy.name}";r=${state.remaining};t=${state.resetSeconds}`)
      if (!state.allowed) throw new AppError('rate_limited', { headers: { 'retry-after': String(state.resetSeconds) } })
    }

    app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
      const policy = request.routeOptions.config?.rateLimit
      if (policy && policy.per !== 'account') await limit(reply, request.ip, policy)
    })
    // After authentication (an onRequest hook registered later): the account is known by now.
    app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
      const policy = request.routeOptions.config?.rateLimit
      const account = request.actor?.id ?? request.client?.id ?? request.ip
      if (policy?.per === 'account') await limit(reply, `account:${account}`, policy)
    })
  },
  { name: 'pintu-rate-limit' },
)
