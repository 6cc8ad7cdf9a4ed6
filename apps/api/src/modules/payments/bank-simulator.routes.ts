import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { paymentRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { randomBytes } from 'node:crypto'
import { notFound } from '../../errors/app-error.ts'
import { fromContract } from '../../plugins/route.ts'
import { signCallback } from './callback-signature.ts'
import type { PaymentsDeps } from './payments.usecases.ts'

/**
 * BANK SIMULATOR — not a bank. Enabled only by configuration (PINTU_BANK_SIMULATOR), it pays a
 * virtual account by sending Pintu the same HMAC-signed host-to-host callback a real bank would,
 * over Pintu's own HTTP interface, so demos and browser tests exercise the real payment path.
 */
export async function bankSimulatorPlugin(instance: FastifyInstance, options: { deps: PaymentsDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  app.route({
    ...fromContract(paymentRoutes.simulate),
    handler: async (request, reply) => {
      const invoice = await deps.payments.lockInvoiceByAccount(deps.db, request.body.virtualAccount)
      if (!invoice) throw notFound('payments.no_invoice')
      const body = JSON.stringify({
        virtualAccount: invoice.virtualAccount, amount: request.body.amount ?? invoice.amount, paidAt: deps.clock.now().toISOString(),
        bankReference: `SIM-${randomBytes(6).toString('hex').toUpperCase()}`,
      })
      const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000))
      const response = await instance.inject({
        method: 'POST', url: '/api/v1/payments/callback', payload: body,
        headers: { 'content-type': 'application/json', 'x-pintu-timestamp': timestamp, 'x-pintu-signature': signCallback(deps.callbackSecret, timestamp, body) },
      })
      return reply.status(response.statusCode as 200).send(response.json())
    },
  })
}
