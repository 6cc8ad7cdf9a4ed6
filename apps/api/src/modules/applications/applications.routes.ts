import multipart from '@fastify/multipart'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { applicationRoutes, counterRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import { parseIdempotencyKey } from '../idempotency/idempotency-key.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import * as agents from './agent-intake.usecases.ts'
import * as documents from './documents.usecases.ts'
import * as intake from './intake.usecases.ts'
import { act } from './lifecycle.usecases.ts'
import { deleteDraft } from './deletion.usecases.ts'
import { singleFilePart } from './upload-part.ts'

/** The largest file any requirement may accept (the contract caps maxSizeKb at 20 MiB). */
const MAX_UPLOAD_BYTES = 20 * 1024 * 1024

/**
 * Types a browser shows itself without running anything from the file (the officer's viewer frames PDFs and images).
 */
const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg'])

function contentDisposition(fileName: string, contentType: string) {
  const disposition = INLINE_TYPES.has(contentType) ? 'inline' : 'attachment'
  return `${disposition}; filename="${fileName.replace(/[^\x20-\x7e]|"/g, '_')}"; filename*=UTF-8''${encodeURIComponent(fileName)}`
}

/**
 * A document is the uploader's bytes: opened directly it may run nothing, load nothing, and is
 * put in a sandbox (no scripts, no forms, an opaque origin), whatever a browser makes of it.
 */
const DOCUMENT_CSP = "default-src 'none'; sandbox"

/** HTTP wiring only; the rules are in the use cases. */
export async function applicationRoutesPlugin(instance: FastifyInstance, options: { deps: ApplicationsDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  // preservePath: see the raw file name, so a name that tries to climb directories is refused, not quietly trimmed.
  // One part is all an upload may have (upload-part.ts refuses a second); small header and field bounds.
  await app.register(multipart, {
    preservePath: true,
    limits: { fileSize: MAX_UPLOAD_BYTES, parts: 1, fieldSize: 1024, fieldNameSize: 100, headerPairs: 16 },
  })

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
      return reply
        .type(file.contentType)
        .header('content-length', file.sizeBytes)
        .header('content-disposition', contentDisposition(file.fileName, file.contentType))
        .header('content-security-policy', DOCUMENT_CSP)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-store')
        .send(file.stream as never)
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
      const { applicantId, ...draft } = request.body
      return reply
        .status(201)
        .send(
          await agents.createAgentDraft(
            deps,
            applicantId,
            draft,
            frontdesk(request),
            parseIdempotencyKey(request.headers['idempotency-key']),
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
