import { paymentRoutes, type paymentOutcomes } from '@pintu/contract'
import { callAsAccount } from '@/api.ts'

export type PaymentOutcome = (typeof paymentOutcomes)[number]

/**
 * Pays a virtual account the way the bank host would, through the simulator's signed callback.
 * The simulator only pays the logged-in applicant's own invoice, so it is called with the session.
 * Whether the simulator is on at all comes from the installation facts (`useSite`), not from here.
 */
export async function payWithBankSimulator(virtualAccount: string): Promise<PaymentOutcome> {
  return (await callAsAccount(paymentRoutes.simulate, { body: { virtualAccount } })).outcome
}
