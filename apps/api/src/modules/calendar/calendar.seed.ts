import { holidays as nationalHolidays } from '@pintu/catalogue'
import type { Executor } from '../../db/transaction.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CalendarRepository } from './calendar.repository.ts'

/** Seeds the 2025–2026 holidays and cuti bersama once, from @pintu/catalogue. */
export async function seedHolidays(ex: Executor, repo: CalendarRepository, office: Office, now: Date): Promise<void> {
  if ((await repo.count(ex, office.id)) > 0) return
  for (const h of nationalHolidays) {
    await repo.insert(ex, { officeId: office.id, date: h.date, kind: h.kind, name: h.name, legalBasis: h.legalBasis, recordedAt: now, recordedBy: null })
  }
}
