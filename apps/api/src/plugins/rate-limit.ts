import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors/app-error.ts'
import {
  createRateCounters,
  type RateCounters,
  type RateQuota,
  type RateVerdict,
  type SharedRateCounters,
} from './rate-counters.ts'

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
  interface FastifyInstance {
    /** Reports this process's rate-limit counts to the deployment's counters now (every second when shared). */
    shareRateLimits(): Promise<void>
    /** Counts one request of `key` against a quota decided at run time (an integration client's own). */
    takeRateLimit(quota: RateQuota, key: string): Promise<RateVerdict>
  }
  interface FastifyContextConfig {
    /** Limits the route per client address and advertises the quota in RateLimit headers. */
    rateLimit?: RatePolicy
  }
}

/**
 * The deployment's rate-limit counters in this process: one set, however many offices the process
 * serves, so a caller (an address, an account, a client) has one quota per policy across the
 * deployment and never a fresh one by naming another office (X-Pintu-Office). With `shared`
 * (PostgreSQL) the quota holds for the deployment, however many API processes serve it: counts are
 * added up in the database every `syncIntervalMs` and, near the limit, before each answer (see
 * rate-counters.ts for the bound). Without it each process counts for itself. The sync runs for
 * `app`'s lifetime; register this after the database's close hook, so the last counts are sent first.
 */
export function deploymentRateCounters(
  app: FastifyInstance,
  options: { now?: () => number; shared?: SharedRateCounters; syncIntervalMs?: number } = {},
): RateCounters {
  const counters = createRateCounters({ now: options.now ?? Date.now, shared: options.shared })
  if (!options.shared) return counters
  let timer: NodeJS.Timeout | undefined
  let failing = false
  let running = false
  const sync = async () => {
    // A slow round must not pile up behind itself: the next tick finds the counts still unsent.
    if (running) return
    running = true
    try {
      await counters.sync()
      failing = false
    } catch (err) {
      // Once per outage, not every second: the database being down is reported elsewhere too.
      if (!failing) app.log.warn({ err }, 'rate-limit counts not shared; retrying')
      failing = true
    } finally {
      running = false
    }
  }
  app.addHook('onReady', async () => {
    timer = setInterval(() => void sync(), options.syncIntervalMs ?? 1_000)
    timer.unref()
  })
  // A process stopping (a rolling restart) reports what it counted; sync() never throws.
  app.addHook('onClose', async () => {
    clearInterval(timer)
    await sync()
  })
  return counters
}

/**
 * A fixed-window limiter per policy and client address, advertising its state in the RateLimit
 * header fields of draft-ietf-httpapi-ratelimit-headers (`RateLimit-Policy: "lookup";q=60;w=60`,
 * `RateLimit: "lookup";r=59;t=42`), on every answer of a limited route, refusals included. It
 * counts on the deployment's counters (deploymentRateCounters), which every office's module set
 * of the process shares.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: { counters: RateCounters }) => {
    const { counters } = options
    app.decorate('shareRateLimits', () => counters.sync())
    app.decorate('takeRateLimit', async (quota: RateQuota, key: string) => counters.take(quota, key))

    async function limit(reply: FastifyReply, key: string, policy: RatePolicy) {
      const state = await counters.take(policy, key)
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
