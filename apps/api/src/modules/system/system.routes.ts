import { systemRoutes } from '@pintu/contract'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { fromContract } from '../../plugins/route.ts'

export async function systemRoutesPlugin(instance: FastifyInstance) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.route({ ...fromContract(systemRoutes.health), handler: async () => ({ status: 'ok' as const }) })
  app.route({
    ...fromContract(systemRoutes.ready),
    handler: async (_request, reply) => {
      const ok = await app.ctx.database.ping()
      return reply.status(ok ? 200 : 503).send({ status: ok ? 'ready' : 'unavailable', database: app.ctx.database.engine })
    },
  })
}
