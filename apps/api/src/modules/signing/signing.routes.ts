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
}
