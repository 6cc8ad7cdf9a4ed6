import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { paymentRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { randomBytes } from 'node:crypto'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import { signCallback } from './callback-signature.ts'
import { simulatedInvoice, type PaymentsDeps } from './payments.usecases.ts'

/**
 * BANK SIMULATOR — not a bank. Enabled only by configuration (PINTU_BANK_SIMULATOR, never with a
 * real bank secret), it pays a virtual account by sending Pintu the same HMAC-signed host-to-host
 * callback a real bank would, over Pintu's own HTTP interface, so demos and browser tests exercise
 * the real payment path. It is never a way around payment: only the invoice's own applicant (the
 * "pay with the simulated bank" button) or a treasurer may use it.
 */
export async function bankSimulatorPlugin(instance: FastifyInstance, options: { deps: PaymentsDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  app.route({
    ...fromContract(paymentRoutes.simulate),
    handler: async (request, reply) => {
      const invoice = await simulatedInvoice(deps, request.body.virtualAccount, requireActor(request))
      const body = JSON.stringify({
        virtualAccount: invoice.virtualAccount,
        amount: request.body.amount ?? invoice.amount,
        paidAt: deps.clock.now().toISOString(),
        bankReference: `SIM-${randomBytes(6).toString('hex').toUpperCase()}`,
      })
      const timestamp = String(Math.floor(deps.clock.now().getTime() / 1000))
      const response = await instance.inject({
        method: 'POST',
        url: '/api/v1/payments/callback',
        payload: body,
        headers: {
          'content-type': 'application/json',
          'x-pintu-timestamp': timestamp,
          'x-pintu-signature': signCallback(deps.callbackSecret, timestamp, body),
        },
      })
      return reply.status(response.statusCode as 200).send(response.json())
    },
  })
}
