import { officeDays, type OfficeTimeZone, type WorkingCalendar } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import type { CalendarRepository } from './calendar.repository.ts'

/** Holidays change a few times a year; every API process re-reads them at most this often. */
const CACHE_MS = 10_000

export interface NonWorkingDays {
  /**
   * The office's dates that are not working days (besides weekends). Reads through the caller's
   * executor: inside a transaction a second connection could wait on the first (PGlite has one).
   */
  get(ex: Executor): Promise<ReadonlySet<string>>
  /** The same dates with the office's time zone: what a clock needs to count working days. */
  calendar(ex: Executor): Promise<WorkingCalendar>
  /** The last year whose official calendar is entered in full; due dates after it are provisional. */
  publishedThrough(ex: Executor): Promise<number>
  /** Drops this process's copy at once, after a change made here. */
  invalidate(): void
}

interface Calendar {
  dates: ReadonlySet<string>
  publishedThrough: number
}

export function createNonWorkingDays(deps: {
  repo: CalendarRepository
  officeId: string
  timezone: OfficeTimeZone
  /** More non-working dates from elsewhere: the days of declared closures. */
  extraDates?: (ex: Executor) => Promise<string[]>
  now?: () => number
}): NonWorkingDays {
  const now = deps.now ?? Date.now
  let cached: { at: number; calendar: Promise<Calendar> } | undefined
  function load(ex: Executor): Promise<Calendar> {
    if (!cached || now() - cached.at > CACHE_MS) {
      // One query after the other: `ex` may be a transaction, whose single connection runs one query at a time.
      const calendar = (async () => {
        const rows = await deps.repo.inForce(ex, deps.officeId)
        const extra = (await deps.extraDates?.(ex)) ?? []
        const years = await deps.repo.publishedYears(ex, deps.officeId)
        return { dates: new Set([...rows.map((r) => r.date), ...extra]), publishedThrough: years[0]?.year ?? 0 }
      })()
      cached = { at: now(), calendar }
      calendar.catch(() => (cached = undefined))
    }
    return cached.calendar
  }
  return {
    get: async (ex) => (await load(ex)).dates,
    calendar: async (ex) => ({ days: officeDays(deps.timezone), nonWorking: (await load(ex)).dates }),
    publishedThrough: async (ex) => (await load(ex)).publishedThrough,
    invalidate() {
      cached = undefined
    },
  }
}
