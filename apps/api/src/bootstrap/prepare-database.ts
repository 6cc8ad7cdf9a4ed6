import type { Clock } from '../clock.ts'
import type { Database } from '../db/database.ts'
import { createCatalogueRepository } from '../modules/catalogue/catalogue.repository.ts'
import { seedCatalogue } from '../modules/catalogue/catalogue.seed.ts'
import { ensureOffice, type Office } from '../modules/offices/offices.repository.ts'

/** Brings a database up to date: migrations, the office row and, on first start, the catalogue. */
export async function prepareDatabase(database: Database, clock: Clock): Promise<{ office: Office; seeded: boolean }> {
  await database.migrate()
  return database.db.transaction(async (tx) => {
    const office = await ensureOffice(tx)
    const seeded = await seedCatalogue(tx, createCatalogueRepository(), office, clock.now())
    return { office, seeded }
  })
}
