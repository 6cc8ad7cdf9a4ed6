import multipart from '@fastify/multipart'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { complaintRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import { sendUploadedFile } from '../documents/file-reply.ts'
import { singleFilePart, uploadMultipartOptions } from '../documents/upload-part.ts'
import * as attachments from './attachments.usecases.ts'
import type { ComplaintsDeps } from './complaints.deps.ts'
import * as complaints from './complaints.usecases.ts'
import { complaintFigures, complaintFiguresCsv, ikmFigures, ikmFiguresCsv } from './figures.usecases.ts'
import { answerSurvey, surveyState } from './survey.usecases.ts'

export async function complaintRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: ComplaintsDeps; limitPerMinute: number },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest) => ({ actor: requireActor(request), requestId: request.id })
  // Guessing follow-up codes (and flooding the office with complaints) must be slow, as for tracking.
  const limited = <R extends Parameters<typeof fromContract>[0]>(route: R) => {
    const base = fromContract(route)
    return {
      ...base,
      config: { ...base.config, rateLimit: { name: 'complaints', max: options.limitPerMinute, windowSeconds: 60 } },
    }
  }
  app.route({
    ...limited(complaintRoutes.file),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await complaints.fileComplaint(deps, request.body, { actor: null, requestId: request.id })),
  })
  app.route({
    ...fromContract(complaintRoutes.fileAsApplicant),
    handler: async (request, reply) =>
      reply.status(201).send(await complaints.fileComplaint(deps, request.body, caller(request))),
  })
  app.route({
    ...limited(complaintRoutes.followUp),
    handler: async (request) => complaints.followUp(deps, request.params.number, request.query.code),
  })
  app.route({
    ...limited(complaintRoutes.reply),
    handler: async (request) => complaints.reply(deps, request.params.number, request.body, request.id),
  })
  await app.register(multipart, uploadMultipartOptions)
  app.route({
    ...limited(complaintRoutes.attach),
    handler: async (request, reply) => {
      const file = await singleFilePart(request)
      const attached = await attachments.attach(deps, request.params.number, request.query.code, file, request.id)
      return reply.status(201).send(attached)
    },
  })
  app.route({
    ...limited(complaintRoutes.followUpAttachment),
    handler: async (request, reply) =>
      sendUploadedFile(
        reply,
        await attachments.openAttachmentByCode(
          deps,
          request.params.number,
          request.query.code,
          request.params.attachmentId,
        ),
      ),
  })
  app.route({
    ...fromContract(complaintRoutes.attachment),
    handler: async (request, reply) =>
      sendUploadedFile(
        reply,
        await attachments.openAttachment(deps, request.params.id, request.params.attachmentId, caller(request)),
      ),
  })
  app.route({
    ...fromContract(complaintRoutes.queue),
    handler: async (request) => complaints.queue(deps, requireActor(request)),
  })
  app.route({
    ...fromContract(complaintRoutes.get),
    handler: async (request) => complaints.getComplaint(deps, request.params.id, requireActor(request)),
  })
  app.route({
    ...fromContract(complaintRoutes.step),
    handler: async (request) => complaints.takeStep(deps, request.params.id, request.body, caller(request)),
  })
  app.route({
    ...fromContract(complaintRoutes.surveyState),
    handler: async (request) => surveyState(deps, request.params.id, requireActor(request)),
  })
  app.route({
    ...fromContract(complaintRoutes.answerSurvey),
    handler: async (request, reply) =>
      reply.status(201).send(await answerSurvey(deps, request.params.id, request.body, caller(request))),
  })

  // Public figures: JSON, or CSV when the caller asks for it.
  const csv = (reply: FastifyReply, name: string, body: string) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(body as never)
  const wantsCsv = (request: FastifyRequest) => /\btext\/csv\b/.test(request.headers.accept ?? '')
  app.route({
    ...fromContract(complaintRoutes.complaintFigures),
    handler: async (request, reply) => {
      const figures = await complaintFigures(deps)
      return wantsCsv(request) ? csv(reply, 'pengaduan.csv', complaintFiguresCsv(figures)) : figures
    },
  })
  app.route({
    ...fromContract(complaintRoutes.ikmFigures),
    handler: async (request, reply) => {
      const figures = await ikmFigures(deps, request.query)
      return wantsCsv(request) ? csv(reply, 'ikm.csv', ikmFiguresCsv(figures)) : figures
    },
  })
}
