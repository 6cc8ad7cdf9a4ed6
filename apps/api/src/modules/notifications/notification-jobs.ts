// The applicant notifications' queue in pg-boss: one job per delivery row (one message on one
// channel), written in the row's transaction. The row stays the record; the job claims and times
// its attempts. No order is kept between messages (each stands alone), so the policy is standard.
import { inTransaction, type JobQueue, type QueueDefinition } from '../../db/job-queue.ts'
import type { Executor } from '../../db/transaction.ts'

export const NOTIFICATION_QUEUE = 'applicant-notifications'

/** The notifier's default claim and backoff (its options start from these). */
export const NOTIFICATION_DEFAULTS = { claimMs: 120_000, retryBaseMs: 30_000, retryMaxMs: 3_600_000 }

export interface NotificationJob {
  deliveryId: number
}

/**
 * The notifier sets each retry's time itself (its doubling backoff), so pg-boss's retry settings only
 * apply to a job it expired (its process died mid-send); `retryLimit` is out of reach because a
 * message is never dropped.
 */
export function notificationQueue(
  options: { claimMs: number; retryBaseMs: number; retryMaxMs: number } = NOTIFICATION_DEFAULTS,
) {
  return {
    name: NOTIFICATION_QUEUE,
    policy: 'standard',
    retryLimit: 1_000_000,
    retryDelay: Math.max(1, Math.round(options.retryBaseMs / 1000)),
    retryBackoff: true,
    retryDelayMax: Math.max(1, Math.round(options.retryMaxMs / 1000)),
    expireInSeconds: Math.ceil(options.claimMs / 1000),
    retentionSeconds: 30 * 86_400,
    deleteAfterSeconds: 7 * 86_400,
  } satisfies QueueDefinition
}

/** Enqueues the deliveries' jobs in the caller's transaction: a job exists if and only if its row committed. */
export async function enqueueNotifications(jobs: JobQueue, tx: Executor, deliveryIds: number[]): Promise<void> {
  if (deliveryIds.length === 0) return
  await jobs.insert(
    NOTIFICATION_QUEUE,
    deliveryIds.map((deliveryId) => ({ data: { deliveryId } })),
    inTransaction(tx),
  )
}
