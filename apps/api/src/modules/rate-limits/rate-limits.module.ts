import type { Db } from '../../db/database.ts'
import type { SharedRateCounters } from '../../plugins/rate-counters.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createRateLimitsRepository } from './rate-limits.repository.ts'

/** The deployment's rate-limit counters in PostgreSQL, as the rate-limit plugin consumes them. */
export function createSharedRateCounters(deps: { db: Db; office: Pick<Office, 'id'> }): SharedRateCounters {
  const repository = createRateLimitsRepository()
  return {
    add: (deltas, now) => repository.add(deps.db, deps.office.id, deltas, now),
    prune: (before) => repository.prune(deps.db, before),
  }
}
