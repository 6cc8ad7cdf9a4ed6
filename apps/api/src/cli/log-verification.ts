// The auditor's check of one database's transparency log, shared by `pnpm audit:verify` and the
// restore drill (which runs it on the restored copy).
import { systemClock } from '../clock.ts'
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { createChangesModule } from '../modules/changes/changes.module.ts'
import { ensureOffice } from '../modules/offices/offices.repository.ts'
import { loadLogKey } from '../modules/transparency/log-key.ts'
import { createTransparencyLog } from '../modules/transparency/transparency.module.ts'

export async function verifyLogOf(database: Database, config: Config, witnessNotes: string[] = []) {
  const office = await ensureOffice(database.db)
  const { feed } = createChangesModule({ office, clock: systemClock })
  // The key is read from the data directory or the setting, never created: a missing key is a finding.
  const key = await loadLogKey(config.dataDir, config.logOrigin, config.logSigningKey, { create: false })
  const log = createTransparencyLog({
    db: database.db,
    clock: systemClock,
    office,
    feed,
    key,
    origin: config.logOrigin,
  })
  return log.verify(witnessNotes)
}
