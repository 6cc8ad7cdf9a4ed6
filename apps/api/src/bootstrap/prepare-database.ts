import type { Clock } from '../clock.ts'
import type { Database } from '../db/database.ts'
import { advisoryXactLock } from '../db/advisory-lock.ts'
import { installJobQueue } from '../db/job-queue.ts'
import { createCatalogueRepository } from '../modules/catalogue/catalogue.repository.ts'
import { seedCatalogue } from '../modules/catalogue/catalogue.seed.ts'
import { OFFICE } from '@pintu/catalogue'
import { ensureOffices, type Office } from '../modules/offices/offices.repository.ts'
import { createCalendarRepository } from '../modules/calendar/calendar.repository.ts'
import { seedHolidays } from '../modules/calendar/calendar.seed.ts'
// The queues' files only (not the modules): the app brings their options up to date when it starts.
import { notificationQueue } from '../modules/notifications/notification-jobs.ts'
import { deliveryQueue } from '../modules/webhooks/delivery-jobs.ts'

/** Arbitrary constant naming the first-start seeding among PostgreSQL advisory locks. */
const BOOTSTRAP_LOCK_KEY = 7_303_279

/**
 * Brings a database up to date: migrations, pg-boss's schema and queues, the office row and, on
 * first start, the catalogue. API processes starting at once on a new database seed one after the
 * other (a lock): the first seeds, the others find the catalogue there, instead of failing on each
 * other's rows (pg-boss serialises its own install the same way).
 */
export async function prepareDatabase(
  database: Database,
  clock: Clock,
  /** The offices served (PINTU_OFFICES); the first is the default office. */
  officeCodes: readonly string[] = [OFFICE.code],
): Promise<{
  office: Office
  otherOffices: Office[]
  /** Whether the default office's catalogue was new (a first start). */
  seeded: boolean
  /** The offices whose catalogue was new at this start, in the order served: their demo accounts follow. */
  seededOffices: Office[]
}> {
  await database.migrate()
  await installJobQueue(database, [notificationQueue(), deliveryQueue()])
  return database.db.transaction(async (tx) => {
    await advisoryXactLock(tx, BOOTSTRAP_LOCK_KEY)
    const [office, ...otherOffices] = await ensureOffices(tx, officeCodes)
    const seededOffices: Office[] = []
    for (const each of [office!, ...otherOffices]) {
      if (await seedCatalogue(tx, createCatalogueRepository(), each, clock.now())) seededOffices.push(each)
      await seedHolidays(tx, createCalendarRepository(), each, clock.now())
    }
    return { office: office!, otherOffices, seeded: seededOffices.includes(office!), seededOffices }
  })
}
