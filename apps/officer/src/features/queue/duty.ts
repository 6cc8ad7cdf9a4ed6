import type { Queue } from '@pintu/contract'

/**
 * The officer's duty status, if the queue answer carries it. The contract's queue has no such
 * field yet (asked of the API owner); until it does, the status is unknown on page load and only
 * known after the officer sets it. Reading it this way lights up by itself once the field exists.
 */
export function dutyFromQueue(queue: Queue): boolean | null {
  return 'onDuty' in queue && typeof queue.onDuty === 'boolean' ? queue.onDuty : null
}
