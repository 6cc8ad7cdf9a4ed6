import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { backEntryRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import * as backEntries from './backentry.usecases.ts'

export async function backEntryRoutesPlugin(instance: FastifyInstance, options: { deps: backEntries.BackEntryDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  app.route({
    ...fromContract(backEntryRoutes.create),
    handler: async (request, reply) =>
      reply.status(201).send(await backEntries.enterBackEntry(deps, request.body, caller(request))),
  })
  app.route({
    ...fromContract(backEntryRoutes.list),
    handler: async (request) => backEntries.listBackEntries(deps, request.query, caller(request)),
  })
  app.route({
    ...fromContract(backEntryRoutes.approve),
    handler: async (request) => backEntries.approveBackEntry(deps, request.params.id, caller(request)),
  })
  app.route({
    ...fromContract(backEntryRoutes.reject),
    handler: async (request) => backEntries.rejectBackEntry(deps, request.params.id, request.body, caller(request)),
  })
}
