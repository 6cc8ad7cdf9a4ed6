import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { permitRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import * as permits from './permits.usecases.ts'

export async function permitRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: permits.PermitsDeps; lookupLimitPerMinute: number },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  app.route({ ...fromContract(permitRoutes.publicKey), handler: async () => permits.publicKey(deps) })
  const verifyRoute = fromContract(permitRoutes.verify)
  app.route({
    ...verifyRoute,
    // Same per-address limit as public tracking: verification must not be a way to list permits.
    config: {
      ...verifyRoute.config,
      rateLimit: { name: 'permit-lookup', max: options.lookupLimitPerMinute, windowSeconds: 60 },
    },
    handler: async (request) => permits.verifyPermit(deps, request.params.number, request.query.code),
  })
  app.route({
    ...fromContract(permitRoutes.ofApplication),
    handler: async (request) => permits.permitOfApplication(deps, request.params.id, caller(request)),
  })
  app.route({
    ...fromContract(permitRoutes.preview),
    handler: async (request) => permits.previewPermit(deps, request.params.id, caller(request)),
  })
  app.route({
    ...fromContract(permitRoutes.pdf),
    handler: async (request, reply) => {
      const { pdf, fileName } = await permits.permitPdf(deps, request.params.id, caller(request))
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(pdf as never)
    },
  })
  app.route({
    ...fromContract(permitRoutes.revoke),
    handler: async (request) => permits.revokePermit(deps, request.params.number, request.body.reason, caller(request)),
  })
}
