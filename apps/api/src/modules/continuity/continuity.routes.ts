import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { continuityRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import * as continuity from './continuity.usecases.ts'

export async function continuityRoutesPlugin(instance: FastifyInstance, options: { deps: continuity.ContinuityDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  app.route({ ...fromContract(continuityRoutes.closures), handler: async () => continuity.listClosures(deps) })
  app.route({
    ...fromContract(continuityRoutes.declareClosure),
    handler: async (request, reply) =>
      reply.status(201).send(await continuity.declareClosure(deps, request.body, caller(request))),
  })
  app.route({
    ...fromContract(continuityRoutes.endClosure),
    handler: async (request) => continuity.endClosure(deps, request.params.id, request.body.endsOn, caller(request)),
  })
  app.route({ ...fromContract(continuityRoutes.notifications), handler: async () => continuity.notifications(deps) })
}
