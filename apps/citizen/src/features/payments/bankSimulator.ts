import { paymentRoutes, type paymentOutcomes } from '@pintu/contract'
import { call } from '@/api.ts'

export type PaymentOutcome = (typeof paymentOutcomes)[number]

let offered: Promise<boolean> | null = null

/**
 * Whether this install runs the bank simulator (demo installs only; elsewhere its route does not
 * exist). The contract has no flag for it, so the route itself is asked with an empty body: a 400
 * means it exists and checked the body, a 404 that it does not. Nothing is paid. Asked once per
 * page load.
 */
export function bankSimulatorOffered(doFetch: typeof fetch = fetch): Promise<boolean> {
  offered ??= doFetch(paymentRoutes.simulate.url, {
    method: 'POST',
    headers: { accept: 'application/json', 'content-type': 'application/json' },
    body: '{}',
  })
    .then((response) => response.status === 400)
    .catch(() => false)
  return offered
}

/** Forgets the answer (tests). */
export function resetBankSimulatorProbe() {
  offered = null
}

/** Pays a virtual account the way the bank host would, through the simulator's signed callback. */
export async function payWithBankSimulator(virtualAccount: string): Promise<PaymentOutcome> {
  return (await call(paymentRoutes.simulate, { body: { virtualAccount } })).outcome
}
