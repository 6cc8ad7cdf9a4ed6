import multipart from '@fastify/multipart'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { applicationRoutes, counterRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { fieldError } from '../../errors/app-error.ts'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import { sendUploadedFile } from '../documents/file-reply.ts'
import { singleFilePart, uploadMultipartOptions } from '../documents/upload-part.ts'
import { parseIdempotencyKey } from '../idempotency/idempotency-key.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import * as agents from './agent-intake.usecases.ts'
import * as documents from './documents.usecases.ts'
import * as intake from './intake.usecases.ts'
import { act } from './lifecycle.usecases.ts'
import { deleteDraft } from './deletion.usecases.ts'

/** HTTP wiring only; the rules are in the use cases. */
export async function applicationRoutesPlugin(instance: FastifyInstance, options: { deps: ApplicationsDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  await app.register(multipart, uploadMultipartOptions)

  app.route({
    ...fromContract(applicationRoutes.create),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await intake.createDraft(
            deps,
            request.body,
            caller(request),
            parseIdempotencyKey(request.headers['idempotency-key']),
          ),
        ),
  })
  app.route({
    ...fromContract(applicationRoutes.mine),
    handler: async (request) => intake.listMine(deps, request.query, caller(request)),
  })
  app.route({
    ...fromContract(applicationRoutes.get),
    handler: async (request) => intake.getApplication(deps, request.params.id, caller(request)),
  })
  app.route({
    ...fromContract(applicationRoutes.remove),
    handler: async (request, reply) => {
      await deleteDraft(deps, request.params.id, request.query.version, caller(request))
      return reply.status(204).send(null)
    },
  })
  app.route({
    ...fromContract(applicationRoutes.updateForm),
    handler: async (request) => intake.updateForm(deps, request.params.id, request.body, caller(request)),
  })
  app.route({
    ...fromContract(applicationRoutes.act),
    handler: async (request) =>
      act(
        deps,
        request.params.id,
        request.params.action,
        request.body,
        caller(request),
        parseIdempotencyKey(request.headers['idempotency-key']),
        { includeService: request.query.include === 'service' },
      ),
  })
  app.route({
    ...fromContract(applicationRoutes.upload),
    handler: async (request, reply) => {
      const file = await singleFilePart(request)
      const doc = await documents.uploadDocument(
        deps,
        request.params.id,
        request.params.requirementKey,
        file,
        caller(request),
      )
      return reply.status(201).send(doc)
    },
  })
  app.route({
    ...fromContract(applicationRoutes.uploadReviewAttachment),
    handler: async (request, reply) => {
      const file = await singleFilePart(request)
      return reply
        .status(201)
        .send(await documents.uploadReviewAttachment(deps, request.params.id, file, caller(request)))
    },
  })
  app.route({
    ...fromContract(applicationRoutes.download),
    handler: async (request, reply) => {
      const file = await documents.openDocument(deps, request.params.id, request.params.documentId, caller(request))
      return sendUploadedFile(reply, file)
    },
  })
  app.route({
    ...fromContract(applicationRoutes.removeDocument),
    handler: async (request, reply) => {
      await documents.removeDocument(deps, request.params.id, request.params.documentId, caller(request))
      return reply.status(204).send(null)
    },
  })
  app.route({
    ...fromContract(applicationRoutes.applicant),
    handler: async (request) => intake.applicantData(deps, request.params.id, caller(request)),
  })
  // Counter intake on a walk-in applicant's behalf (agent-intake.usecases.ts); finding the applicant is in identity.
  const frontdesk = (request: FastifyRequest): agents.AgentCaller => {
    const officer = requireActor(request)
    return {
      agent: { actor: { id: officer.id, role: 'frontdesk' }, channel: 'counter' },
      requestId: request.id,
      officeCode: officer.officeCode,
    }
  }
  app.route({
    ...fromContract(counterRoutes.create),
    handler: async (request, reply) => {
      const { applicantId, provisionalNo, provisionalCode, ...draft } = request.body
      // A provisional receipt comes as its number and its code together, or not at all.
      if (!provisionalNo !== !provisionalCode)
        throw fieldError(provisionalNo ? '/provisionalCode' : '/provisionalNo', 'request.invalid')
      const provisional =
        provisionalNo && provisionalCode ? { number: provisionalNo, code: provisionalCode } : undefined
      return reply
        .status(201)
        .send(
          await agents.createAgentDraft(
            deps,
            applicantId,
            draft,
            frontdesk(request),
            parseIdempotencyKey(request.headers['idempotency-key']),
            provisional,
          ),
        )
    },
  })
  app.route({
    ...fromContract(counterRoutes.get),
    handler: async (request) => agents.getAgentApplication(deps, request.params.id, frontdesk(request)),
  })
  app.route({
    ...fromContract(counterRoutes.updateForm),
    handler: async (request) => agents.updateAgentForm(deps, request.params.id, request.body, frontdesk(request)),
  })
  app.route({
    ...fromContract(counterRoutes.upload),
    handler: async (request, reply) => {
      const file = await singleFilePart(request)
      return reply
        .status(201)
        .send(
          await agents.uploadAgentDocument(
            deps,
            request.params.id,
            request.params.requirementKey,
            file,
            frontdesk(request),
          ),
        )
    },
  })
  app.route({
    ...fromContract(counterRoutes.submit),
    handler: async (request) =>
      agents.submitAgentApplication(
        deps,
        request.params.id,
        request.body.version,
        frontdesk(request),
        parseIdempotencyKey(request.headers['idempotency-key']),
      ),
  })
}
