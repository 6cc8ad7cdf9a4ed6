import { authRoutes, officerRoutes } from '@pintu/contract'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import { createAuditRepository } from '../audit/audit.repository.ts'
import { createIdentityRepository } from './identity.repository.ts'
import * as identity from './identity.usecases.ts'

/** HTTP wiring only; the rules are in identity.usecases.ts. */
export async function identityRoutes(instance: FastifyInstance, options: { registerLimitPerMinute: number }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const deps: identity.IdentityDeps = {
    db: app.ctx.database.db,
    clock: app.ctx.clock,
    office: app.ctx.office,
    identity: createIdentityRepository(),
    audit: createAuditRepository(),
    signAccessToken: (claims) => app.signAccessToken(claims),
  }
  const context = (request: FastifyRequest): identity.RequestContext => ({ requestId: request.id, ip: request.ip, actorId: request.actor?.id })

  const register = fromContract(authRoutes.register)
  app.route({
    ...register,
    config: { ...register.config, rateLimit: { max: options.registerLimitPerMinute, timeWindow: 60_000 } },
    handler: async (request, reply) => reply.status(201).send(await identity.registerApplicant(deps, request.body, context(request))),
  })
  app.route({ ...fromContract(authRoutes.login), handler: async (request) => identity.login(deps, request.body, context(request)) })
  app.route({ ...fromContract(authRoutes.refresh), handler: async (request) => identity.refreshSession(deps, request.body.refreshToken) })
  app.route({
    ...fromContract(authRoutes.logout),
    handler: async (request, reply) => {
      await identity.logout(deps, request.body.refreshToken)
      return reply.status(204).send(null)
    },
  })
  app.route({ ...fromContract(authRoutes.me), handler: async (request) => identity.getMe(deps, requireActor(request).id) })
  app.route({
    ...fromContract(officerRoutes.create),
    handler: async (request, reply) => reply.status(201).send(await identity.createOfficer(deps, request.body, context(request))),
  })
  app.route({ ...fromContract(officerRoutes.list), handler: async () => identity.listOfficers(deps) })
}
