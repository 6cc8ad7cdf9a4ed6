import multipart from '@fastify/multipart'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { consentRoutes, integrationFilingRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor, requireClient } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import { singleFilePart, uploadMultipartOptions } from '../documents/upload-part.ts'
import { parseIdempotencyKey } from '../idempotency/idempotency-key.ts'
import * as consents from './consents.usecases.ts'
import { continueFiling, startFiling, type FilingReads } from './filing.usecases.ts'
import type { IntegrationsDeps } from './integrations.usecases.ts'

/** The applicant's consents, and the filing a consented client does with them. */
export async function consentRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: IntegrationsDeps; reads: FilingReads },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps, reads } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  await app.register(multipart, uploadMultipartOptions)
  app.route({
    ...fromContract(consentRoutes.list),
    handler: async (request) => consents.listConsents(deps, caller(request)),
  })
  app.route({ ...fromContract(consentRoutes.clients), handler: async () => consents.filingClients(deps) })
  app.route({
    ...fromContract(consentRoutes.grant),
    handler: async (request, reply) =>
      reply.status(201).send(await consents.grantConsent(deps, request.body, caller(request))),
  })
  app.route({
    ...fromContract(consentRoutes.revoke),
    handler: async (request) => consents.revokeConsent(deps, request.params.id, caller(request)),
  })

  const filing = (request: FastifyRequest & { params: { id: string } }) =>
    continueFiling(deps, reads, requireClient(request), request.params.id, request.id)
  app.route({
    ...fromContract(integrationFilingRoutes.create),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await startFiling(
            deps,
            reads,
            requireClient(request),
            request.body,
            request.id,
            parseIdempotencyKey(request.headers['idempotency-key']),
          ),
        ),
  })
  app.route({
    ...fromContract(integrationFilingRoutes.get),
    handler: async (request) => reads.agentIntake.get(request.params.id, await filing(request)),
  })
  app.route({
    ...fromContract(integrationFilingRoutes.updateForm),
    handler: async (request) => reads.agentIntake.updateForm(request.params.id, request.body, await filing(request)),
  })
  app.route({
    ...fromContract(integrationFilingRoutes.upload),
    handler: async (request, reply) => {
      const who = await filing(request)
      const file = await singleFilePart(request)
      return reply
        .status(201)
        .send(await reads.agentIntake.upload(request.params.id, request.params.requirementKey, file, who))
    },
  })
  app.route({
    ...fromContract(integrationFilingRoutes.submit),
    handler: async (request) =>
      reads.agentIntake.submit(
        request.params.id,
        request.body.version,
        await filing(request),
        parseIdempotencyKey(request.headers['idempotency-key']),
      ),
  })
}
