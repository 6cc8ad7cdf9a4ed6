import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { applicationRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { PublicReads } from '../../db/public-reads.ts'
import { requireActor } from '../../plugins/auth.ts'
import { consistencyToken } from '../../plugins/read-consistency.ts'
import { fromContract } from '../../plugins/route.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import { track } from './tracking.usecases.ts'
import { searchBoard, searchMyQueue, workSearchDeps } from './work-search.usecases.ts'
import * as work from './work.usecases.ts'

export async function workRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: ApplicationsDeps; trackLimitPerMinute: number; reads: PublicReads },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  const searchDeps = workSearchDeps(deps)

  app.route({
    ...fromContract(applicationRoutes.queue),
    handler: async (request) => searchMyQueue(searchDeps, caller(request), request.query),
  })
  app.route({
    ...fromContract(applicationRoutes.board),
    handler: async (request) => searchBoard(searchDeps, request.query),
  })
  app.route({
    ...fromContract(applicationRoutes.reassign),
    handler: async (request) => work.reassign(deps, request.params.id, request.body, caller(request)),
  })
  app.route({
    ...fromContract(applicationRoutes.duty),
    handler: async (request) => work.setDuty(deps, request.body.onDuty, caller(request)),
  })

  const trackRoute = fromContract(applicationRoutes.track)
  app.route({
    ...trackRoute,
    // Guessing tracking codes must be slow: a per-address limit on top of ~49-bit codes.
    config: {
      ...trackRoute.config,
      rateLimit: { name: 'tracking', max: options.trackLimitPerMinute, windowSeconds: 60 },
    },
    // A public read: from the replica when it has the caller's own last write (see db/public-reads.ts).
    handler: async (request) =>
      options.reads.run(consistencyToken(request), (db) =>
        track({ ...deps, db }, request.params.registrationNo, request.query.code),
      ),
  })
}
