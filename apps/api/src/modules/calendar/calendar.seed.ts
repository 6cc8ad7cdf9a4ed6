import { holidays as nationalHolidays, publishedCalendarYears } from '@pintu/catalogue'
import type { Executor } from '../../db/transaction.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CalendarRepository } from './calendar.repository.ts'

/**
 * Seeds the national holidays of @pintu/catalogue year by year: a year with no national entry at all
 * (in force or revoked) gets the catalogue's, so a later release brings a new year without touching the years
 * admins have amended. Then records which years are published in full.
 */
export async function seedHolidays(ex: Executor, repo: CalendarRepository, office: Office, now: Date): Promise<void> {
  const years = [...new Set(nationalHolidays.map((h) => Number(h.date.slice(0, 4))))]
  for (const year of years) {
    if ((await repo.countNationalInYear(ex, office.id, year)) > 0) continue
    for (const h of nationalHolidays.filter((entry) => entry.date.startsWith(`${year}-`))) {
      await repo.insert(ex, {
        officeId: office.id,
        date: h.date,
        kind: h.kind,
        name: h.name,
        legalBasis: h.legalBasis,
        recordedAt: now,
        recordedBy: null,
      })
    }
  }
  for (const year of publishedCalendarYears)
    await repo.recordPublishedYear(ex, { officeId: office.id, ...year, recordedAt: now, recordedBy: null })
}
