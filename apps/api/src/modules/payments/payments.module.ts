import type { FastifyInstance } from 'fastify'
import type { Executor } from '../../db/transaction.ts'
import type { ApplicationRow } from '../applications/applications.repository.ts'
import { bankSimulatorPlugin } from './bank-simulator.routes.ts'
import { createPaymentsRepository } from './payments.repository.ts'
import { paymentRoutesPlugin } from './payments.routes.ts'
import { issueInvoice, type InvoicingDeps, type PaymentsDeps } from './payments.usecases.ts'

/**
 * Invoicing runs as an effect of the transition into awaiting_payment, so it is made before the
 * applications module; the rest of payments (the bank callback, manual confirmation, the simulator)
 * takes the `pay` transition, so it is made after.
 */
export function createInvoicing(deps: Omit<InvoicingDeps, 'payments'>) {
  const invoicing: InvoicingDeps = { ...deps, payments: createPaymentsRepository() }
  return {
    issueInvoice: (tx: Executor, app: ApplicationRow, requestId: string | null) =>
      issueInvoice(invoicing, tx, app, requestId),
    /** The rest of the payments module, once the applications module exists. */
    payments(more: Omit<PaymentsDeps, keyof InvoicingDeps>, options: { bankSimulator: boolean }) {
      const full: PaymentsDeps = { ...invoicing, ...more }
      return {
        async routes(app: FastifyInstance) {
          await app.register(paymentRoutesPlugin, { deps: full })
          if (options.bankSimulator) await app.register(bankSimulatorPlugin, { deps: full })
        },
      }
    },
  }
}
