// The webhook deliveries' queue in pg-boss: one job per delivery row, written in the row's
// transaction. The row stays the record (the delivery log, the dead-letter state); the job is what
// orders, claims and times its attempts.
import { randomBytes } from 'node:crypto'
import { inTransaction, type JobQueue, type QueueDefinition } from '../../db/job-queue.ts'
import type { Executor } from '../../db/transaction.ts'

export const DELIVERY_QUEUE = 'webhook-deliveries'

/** How long an attempt may hold its job by default (the relay's `claimMs`). */
export const DEFAULT_CLAIM_MS = 120_000

export interface DeliveryJob {
  deliveryId: number
}

/**
 * `key_strict_fifo`: jobs of one key run one at a time in the order they were made, and a job that
 * is active or waiting for its retry holds back the ones after it, while other keys go on. The key
 * is the subscription and the application, so one application's events reach an endpoint in order
 * across retries, and a failing application does not hold up the others.
 *
 * The relay sets each retry's time itself (Standard Webhooks' schedule), so pg-boss's own retry
 * settings only apply when a process died mid-attempt and pg-boss expired the job: then it tries
 * again after 5 s, doubling to at most 10 h, like the schedule's first steps. `retryLimit` is out
 * of reach on purpose: the relay decides when a delivery is dead and completes its job, so a dead
 * delivery never blocks the application's later events (as it never did).
 */
export function deliveryQueue(options: { claimMs: number } = { claimMs: DEFAULT_CLAIM_MS }): QueueDefinition {
  return {
    name: DELIVERY_QUEUE,
    policy: 'key_strict_fifo',
    retryLimit: 1_000_000,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 36_000,
    // How long an attempt may hold its job before another process may take it over.
    expireInSeconds: Math.ceil(options.claimMs / 1000),
    // A job waiting for a retry is kept past the schedule's three days; a finished one a week.
    retentionSeconds: 30 * 86_400,
    deleteAfterSeconds: 7 * 86_400,
  }
}

/** Jobs of one key are ordered by the time of their transaction, then by id: the id keeps the delivery order. */
export function jobIdOf(deliveryId: number): string {
  const order = deliveryId.toString(16).padStart(16, '0')
  const unique = randomBytes(8).toString('hex')
  return `${order.slice(0, 8)}-${order.slice(8, 12)}-${order.slice(12, 16)}-${unique.slice(0, 4)}-${unique.slice(4)}`
}

export const streamKeyOf = (delivery: { subscriptionId: string; applicationId: string }) =>
  `${delivery.subscriptionId}:${delivery.applicationId}`

/**
 * Enqueues the deliveries' jobs in the caller's transaction: a job exists if and only if its row
 * committed. Each job is in its client's pg-boss group, which is what the relay shares a round's
 * slots by (`fairFetch`). Jobs enqueued before groups existed have none and are fetched as before.
 */
export async function enqueueDeliveries(
  jobs: JobQueue,
  tx: Executor,
  deliveries: { id: number; subscriptionId: string; applicationId: string; clientId: string }[],
): Promise<void> {
  if (deliveries.length === 0) return
  await jobs.insert(
    DELIVERY_QUEUE,
    deliveries.map((d) => ({
      id: jobIdOf(d.id),
      singletonKey: streamKeyOf(d),
      group: { id: d.clientId },
      data: { deliveryId: d.id },
    })),
    inTransaction(tx),
  )
}

/**
 * Takes up to `slots` jobs for one round, shared fairly between clients. pg-boss counts a group's
 * active jobs when it picks, but cuts its candidates to the batch size before dropping a group's
 * excess, so one fetch alone can hand out fewer jobs than there are slots while other clients wait.
 * Fetching again at the same cap until nothing more comes fixes that: a client at its cap is no
 * longer a candidate, so the next fetch reaches the others. Slots no client used within its cap go
 * to whoever still has work (a last fetch without the cap). `key_strict_fifo` holds in every fetch,
 * so each application's order per subscription is unchanged.
 */
export async function fairFetch<T>(
  jobs: JobQueue,
  slots: number,
  clientCap: number,
): Promise<{ id: string; retryCount: number; data: T }[]> {
  const taken: { id: string; retryCount: number; data: T }[] = []
  // Each capped fetch either fills a client to its cap or returns nothing new: bounded by slots/cap fetches.
  for (let fetches = 0; taken.length < slots && fetches <= Math.ceil(slots / clientCap); fetches++) {
    const batch = await jobs.fetch<T>(DELIVERY_QUEUE, { batchSize: slots - taken.length, groupConcurrency: clientCap })
    if (batch.length === 0) break
    taken.push(...batch)
  }
  if (taken.length < slots) taken.push(...(await jobs.fetch<T>(DELIVERY_QUEUE, { batchSize: slots - taken.length })))
  return taken
}
