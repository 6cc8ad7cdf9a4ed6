import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { counterRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import { allocateRange, type ProvisionalDeps } from './provisional.usecases.ts'

export async function provisionalRoutesPlugin(instance: FastifyInstance, options: { deps: ProvisionalDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  app.route({
    ...fromContract(counterRoutes.allocateProvisional),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await allocateRange(deps, request.body, { actor: requireActor(request), requestId: request.id })),
  })
}
