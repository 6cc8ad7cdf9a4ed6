import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { delegationRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import * as delegations from './delegations.usecases.ts'

export async function delegationRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: delegations.DelegationsDeps },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  app.route({ ...fromContract(delegationRoutes.list), handler: async () => delegations.listDelegations(deps) })
  app.route({
    ...fromContract(delegationRoutes.create),
    handler: async (request, reply) =>
      reply.status(201).send(await delegations.createDelegation(deps, request.body, caller(request))),
  })
  app.route({
    ...fromContract(delegationRoutes.revoke),
    handler: async (request) => delegations.revokeDelegation(deps, request.params.id, caller(request)),
  })
}
