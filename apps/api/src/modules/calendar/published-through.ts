import type { Executor } from '../../db/transaction.ts'
import type { CalendarRepository } from './calendar.repository.ts'

/**
 * The last year with a published calendar of each of several offices (0 for one with none). An
 * applicant's list spans every office they applied at, and a file's date is provisional by the
 * calendar of the office it is filed at, not of the office that answers the list.
 */
export type PublishedThroughOf = (ex: Executor, officeIds: readonly string[]) => Promise<(officeId: string) => number>

export function createPublishedThroughOf(repo: CalendarRepository): PublishedThroughOf {
  return async (ex, officeIds) => {
    const years = new Map(
      (await repo.lastPublishedYears(ex, [...new Set(officeIds)])).map((row) => [row.officeId, row.year]),
    )
    return (officeId) => years.get(officeId) ?? 0
  }
}
