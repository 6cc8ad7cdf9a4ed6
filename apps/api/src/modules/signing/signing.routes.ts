import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { signingRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import * as signing from './signing.usecases.ts'

export async function signingRoutesPlugin(instance: FastifyInstance, options: { deps: signing.SigningDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  app.route({ ...fromContract(signingRoutes.signers), handler: async () => signing.listSigners(deps) })
  app.route({
    ...fromContract(signingRoutes.enrol),
    handler: async (request, reply) =>
      reply.status(201).send(await signing.enrolSigner(deps, request.body, caller(request))),
  })
  app.route({
    ...fromContract(signingRoutes.revoke),
    handler: async (request) => signing.revokeSigner(deps, request.params.id, request.body.reason, caller(request)),
  })
  app.route({ ...fromContract(signingRoutes.simulatorCa), handler: async () => signing.simulatorCertificates(deps) })
  app.route({
    ...fromContract(signingRoutes.simulatorCrl),
    handler: async (_request, reply) =>
      reply
        .type('application/pkix-crl')
        .header('cache-control', 'public, max-age=60')
        .send((await signing.simulatorCrl(deps)) as never),
  })
  await app.register(tsaRoutePlugin, { deps })
}

/**
 * RFC 3161 over HTTP: the body is a DER TimeStampReq, read raw in its own scope so no other route
 * learns the parser; any other content type is refused with 415 by Fastify before the handler.
 */
async function tsaRoutePlugin(instance: FastifyInstance, options: { deps: signing.SigningDeps }) {
  instance.addContentTypeParser(
    'application/timestamp-query',
    { parseAs: 'buffer', bodyLimit: 4096 },
    (_request, body, done) => done(null, body),
  )
  const route = fromContract(signingRoutes.simulatorTsa)
  instance.route({
    ...route,
    // Signing is cheap but not free: a per-address limit keeps the public endpoint from being a load lever.
    config: { ...route.config, rateLimit: { name: 'simulator-tsa', max: 120, windowSeconds: 60 } },
    handler: async (request, reply) =>
      reply
        .type('application/timestamp-reply')
        .header('cache-control', 'no-store')
        .send((await signing.simulatorTimestamp(options.deps, request.body)) as never),
  })
}
