// The auditor's check of one database's transparency log, shared by `pnpm audit:verify` and the
// restore drill (which runs it on the restored copy).
import { systemClock } from '../clock.ts'
import type { Config } from '../config.ts'
import type { Database } from '../db/database.ts'
import { createCellChangeFeed } from '../modules/changes/changes.module.ts'
import { officeCodesById } from '../modules/offices/offices.repository.ts'
import { loadLogKey } from '../modules/transparency/log-key.ts'
import { createTransparencyLog } from '../modules/transparency/transparency.module.ts'

/** The cell's whole log: every office's entries in this database (there is one log per cell). */
export async function verifyLogOf(database: Database, config: Config, witnessNotes: string[] = []) {
  // The key is read from the data directory or the setting, never created: a missing key is a finding.
  const key = await loadLogKey(config.dataDir, config.logOrigin, config.logSigningKey, { create: false })
  const log = createTransparencyLog({
    db: database.db,
    clock: systemClock,
    feed: createCellChangeFeed(),
    officeCodes: officeCodesById,
    key,
    origin: config.logOrigin,
  })
  return log.verify(witnessNotes)
}
