import type { Db } from '../../db/database.ts'
import type { SharedRateCounters } from '../../plugins/rate-counters.ts'
import { createRateLimitsRepository } from './rate-limits.repository.ts'

/**
 * The deployment's rate-limit counters in PostgreSQL, as the rate-limit plugin consumes them: one
 * counter per quota and caller for the whole deployment, whichever office the caller names.
 */
export function createSharedRateCounters(deps: { db: Db }): SharedRateCounters {
  const repository = createRateLimitsRepository()
  return {
    add: (deltas, now) => repository.add(deps.db, deltas, now),
    prune: (before) => repository.prune(deps.db, before),
  }
}
