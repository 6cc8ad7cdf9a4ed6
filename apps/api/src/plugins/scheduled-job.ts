import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

/** Runs a job on an interval once the app is ready, and stops it when the app closes; a failed run is logged. */
export const scheduledJob = fp(
  async (app: FastifyInstance, options: { name: string; intervalMs: number; run: () => Promise<unknown> }) => {
    let timer: NodeJS.Timeout | undefined
    app.addHook('onReady', async () => {
      timer = setInterval(
        () => void options.run().catch((err) => app.log.error({ err }, `${options.name} failed`)),
        options.intervalMs,
      )
      timer.unref()
    })
    app.addHook('onClose', async () => clearInterval(timer))
  },
)
