import type { Clock } from '../clock.ts'
import type { Database } from '../db/database.ts'
import { advisoryXactLock } from '../db/advisory-lock.ts'
import { installJobQueue } from '../db/job-queue.ts'
import { createCatalogueRepository } from '../modules/catalogue/catalogue.repository.ts'
import { seedCatalogue } from '../modules/catalogue/catalogue.seed.ts'
import { ensureOffice, type Office } from '../modules/offices/offices.repository.ts'
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
export async function prepareDatabase(database: Database, clock: Clock): Promise<{ office: Office; seeded: boolean }> {
  await database.migrate()
  await installJobQueue(database, [notificationQueue(), deliveryQueue()])
  return database.db.transaction(async (tx) => {
    await advisoryXactLock(tx, BOOTSTRAP_LOCK_KEY)
    const office = await ensureOffice(tx)
    const seeded = await seedCatalogue(tx, createCatalogueRepository(), office, clock.now())
    await seedHolidays(tx, createCalendarRepository(), office, clock.now())
    return { office, seeded }
  })
}
