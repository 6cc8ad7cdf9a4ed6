import underPressure from '@fastify/under-pressure'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { AppError } from '../errors/app-error.ts'

export interface LoadSheddingOptions {
  /** Shed when the mean event-loop delay of the last sample exceeds this many milliseconds; 0: never. */
  maxEventLoopDelayMs: number
  /** Shed when the event loop was busy more than this share (0–1) of the last sample; 0: never. */
  maxEventLoopUtilization: number
  /** How often the load is sampled, in milliseconds. */
  sampleIntervalMs?: number
}

/** Seconds a shed client is asked to wait (Retry-After). */
const RETRY_AFTER_SECONDS = 2

/**
 * Answers 503 `service.overloaded` with Retry-After before the event loop stalls: a process that
 * accepts more than it can serve answers everyone late (and a load balancer's checks too), while
 * one that refuses the excess at once keeps serving the rest. The refusal happens in onRequest,
 * before any handler runs, so a shed request changed nothing and is safe to retry.
 */
export const loadSheddingPlugin = fp(
  async (app: FastifyInstance, options: LoadSheddingOptions) => {
    const sampleInterval = options.sampleIntervalMs ?? 500
    // Start-up (migrations, demo accounts) keeps the loop busy for a while; that is not overload.
    // The guard is armed two samples after the server listens, when no sample covers start-up.
    let armedAt = Number.POSITIVE_INFINITY
    app.addHook('onListen', async () => {
      armedAt = Date.now() + 2 * sampleInterval
    })
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelayMs,
      maxEventLoopUtilization: options.maxEventLoopUtilization,
      // The share of the last interval, not since start: the guard must let go once the burst ends.
      eventLoopUtilizationMode: 'interval',
      sampleInterval,
      exposeStatusRoute: false,
      // A rejection goes to the one error handler: the documented shape and code, with Retry-After.
      pressureHandler: async () => {
        if (Date.now() < armedAt) return
        throw new AppError('service.overloaded', { headers: { 'retry-after': String(RETRY_AFTER_SECONDS) } })
      },
    })
  },
  { name: 'pintu-load-shedding' },
)
