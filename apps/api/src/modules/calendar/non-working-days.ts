import type { Executor } from '../../db/transaction.ts'
import type { CalendarRepository } from './calendar.repository.ts'

/** Holidays change a few times a year; every API process re-reads them at most this often. */
const CACHE_MS = 10_000

export interface NonWorkingDays {
  /**
   * Jakarta dates that are not working days (besides weekends). Reads through the caller's
   * executor: inside a transaction a second connection could wait on the first (PGlite has one).
   */
  get(ex: Executor): Promise<ReadonlySet<string>>
  /** Drops this process's copy at once, after a change made here. */
  invalidate(): void
}

export function createNonWorkingDays(deps: {
  repo: CalendarRepository
  officeId: string
  /** More non-working dates from elsewhere: the days of declared closures. */
  extraDates?: (ex: Executor) => Promise<string[]>
  now?: () => number
}): NonWorkingDays {
  const now = deps.now ?? Date.now
  let cached: { at: number; dates: Promise<ReadonlySet<string>> } | undefined
  return {
    get(ex) {
      if (!cached || now() - cached.at > CACHE_MS) {
        // One query after the other: `ex` may be a transaction, whose single connection runs one query at a time.
        const dates = (async () => {
          const rows = await deps.repo.inForce(ex, deps.officeId)
          const extra = (await deps.extraDates?.(ex)) ?? []
          return new Set([...rows.map((r) => r.date), ...extra]) as ReadonlySet<string>
        })()
        cached = { at: now(), dates }
        dates.catch(() => (cached = undefined))
      }
      return cached.dates
    },
    invalidate() {
      cached = undefined
    },
  }
}
