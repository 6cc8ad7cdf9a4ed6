import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { paymentRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { AppError } from '../../errors/app-error.ts'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import { checkCallbackSignature } from './callback-signature.ts'
import * as payments from './payments.usecases.ts'
import { csvFileName, receivedCsv, receivedDeps as withReceived, receivedPayments } from './received.usecases.ts'

declare module 'fastify' {
  interface FastifyRequest {
    rawBody?: string
  }
}

export async function paymentRoutesPlugin(instance: FastifyInstance, options: { deps: payments.PaymentsDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })

  app.route({
    ...fromContract(paymentRoutes.invoice),
    handler: async (request) => payments.invoiceOf(deps, request.params.id, caller(request)),
  })
  for (const [route, kind] of [
    [paymentRoutes.invoicePdf, 'invoice'],
    [paymentRoutes.receiptPdf, 'receipt'],
  ] as const) {
    app.route({
      ...fromContract(route),
      handler: async (request, reply) => {
        const { pdf, fileName } = await payments.invoiceDocument(deps, request.params.id, kind, caller(request))
        return reply
          .type('application/pdf')
          .header('content-disposition', `attachment; filename="${fileName}"`)
          .header('cache-control', 'private, no-store')
          .send(pdf as never)
      },
    })
  }
  app.route({ ...fromContract(paymentRoutes.reconciliation), handler: async () => payments.reconciliation(deps) })
  // Received payments: JSON, or CSV for the regional finance system (by Accept or the .csv address).
  const receivedDeps = withReceived(deps)
  const sendCsv = (reply: FastifyReply, report: Awaited<ReturnType<typeof receivedPayments>>) =>
    reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${csvFileName(report)}"`)
      .header('cache-control', 'private, no-store')
      .send(receivedCsv(report) as never)
  app.route({
    ...fromContract(paymentRoutes.received),
    handler: async (request, reply) => {
      const report = await receivedPayments(receivedDeps, request.query)
      const wantsCsv = /\btext\/csv\b/.test(request.headers.accept ?? '')
      return wantsCsv ? sendCsv(reply, report) : report
    },
  })
  app.route({
    ...fromContract(paymentRoutes.receivedCsv),
    handler: async (request, reply) => sendCsv(reply, await receivedPayments(receivedDeps, request.query)),
  })
  app.route({
    ...fromContract(paymentRoutes.requestManual),
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await payments.requestManualConfirmation(deps, request.params.id, request.body, caller(request))),
  })
  app.route({
    ...fromContract(paymentRoutes.approveManual),
    handler: async (request) => payments.approveManualConfirmation(deps, request.params.id, caller(request)),
  })

  // The callback is signed over its exact bytes, so this scope keeps the raw body beside the parsed one.
  await app.register(async (bank) => {
    bank.addContentTypeParser(
      'application/json',
      { parseAs: 'string', bodyLimit: 16 * 1024 },
      (request, body, done) => {
        request.rawBody = body as string
        try {
          done(null, JSON.parse(body as string))
        } catch {
          done(new AppError('request.malformed_json'), undefined)
        }
      },
    )
    bank.withTypeProvider<TypeBoxTypeProvider>().route({
      ...fromContract(paymentRoutes.callback),
      // Checked before the body schema: an unsigned request learns nothing about the expected shape.
      preValidation: async (request) => {
        const check = checkCallbackSignature({
          secret: deps.callbackSecret,
          timestamp: request.headers['x-pintu-timestamp'] as string | undefined,
          signature: request.headers['x-pintu-signature'] as string | undefined,
          rawBody: request.rawBody ?? '',
          now: deps.clock.now(),
        })
        if (check !== 'ok') throw new AppError(check)
      },
      handler: async (request) => payments.receiveBankCallback(deps, request.body, request.id),
    })
  })
}
