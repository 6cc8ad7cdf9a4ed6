import { catalogueRoutes } from '@pintu/contract'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { PublicReads } from '../../db/public-reads.ts'
import { requireActor } from '../../plugins/auth.ts'
import { consistencyToken } from '../../plugins/read-consistency.ts'
import { fromContract } from '../../plugins/route.ts'
import * as catalogue from './catalogue.usecases.ts'

/** HTTP wiring only; the rules are in catalogue.usecases.ts. */
export async function catalogueRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: catalogue.CatalogueDeps; reads: PublicReads },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  // The published catalogue is a public read: from the replica when there is one (see db/public-reads.ts).
  const publicRead = <T>(request: FastifyRequest, step: (d: catalogue.CatalogueDeps) => Promise<T>) =>
    options.reads.run(consistencyToken(request), (db) => step({ ...deps, db }))
  const actor = (request: FastifyRequest): catalogue.ActorContext => ({
    actorId: requireActor(request).id,
    requestId: request.id,
  })

  app.route({
    ...fromContract(catalogueRoutes.list),
    handler: async (request) => publicRead(request, (d) => catalogue.searchServices(d, request.query)),
  })
  app.route({
    ...fromContract(catalogueRoutes.get),
    handler: async (request) => publicRead(request, (d) => catalogue.getService(d, request.params.code)),
  })
  app.route({
    ...fromContract(catalogueRoutes.adminList),
    handler: async (request) => catalogue.adminListServices(deps, request.query),
  })
  app.route({
    ...fromContract(catalogueRoutes.create),
    handler: async (request, reply) =>
      reply.status(201).send(await catalogue.createService(deps, request.body.definition, actor(request))),
  })
  app.route({
    ...fromContract(catalogueRoutes.versions),
    handler: async (request) => catalogue.listVersions(deps, request.params.code),
  })
  app.route({
    ...fromContract(catalogueRoutes.createDraft),
    handler: async (request, reply) =>
      reply.status(201).send(await catalogue.createDraft(deps, request.params.code, request.body, actor(request))),
  })
  app.route({
    ...fromContract(catalogueRoutes.retire),
    handler: async (request) => catalogue.retireService(deps, request.params.code, request.body, actor(request)),
  })
  app.route({
    ...fromContract(catalogueRoutes.getVersion),
    handler: async (request) => catalogue.getVersion(deps, request.params.id),
  })
  app.route({
    ...fromContract(catalogueRoutes.updateDraft),
    handler: async (request) => catalogue.updateDraft(deps, request.params.id, request.body, actor(request)),
  })
  app.route({
    ...fromContract(catalogueRoutes.publish),
    handler: async (request) => catalogue.publishDraft(deps, request.params.id, request.body, actor(request)),
  })
  app.route({
    ...fromContract(catalogueRoutes.discard),
    handler: async (request) => catalogue.discardDraft(deps, request.params.id, actor(request)),
  })
}
