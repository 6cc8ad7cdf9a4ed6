import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import type { Clock } from '../clock.ts'
import type { Database } from '../db/database.ts'
import type { Office } from '../modules/offices/offices.repository.ts'

/** What every feature module needs: the database, the clock and the office served. */
export interface AppContext {
  database: Database
  clock: Clock
  office: Office
}

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext
  }
}

export const contextPlugin = fp(
  async (app: FastifyInstance, options: AppContext) => {
    app.decorate('ctx', options)
    app.addHook('onClose', async () => options.database.close())
  },
  { name: 'pintu-context' },
)
