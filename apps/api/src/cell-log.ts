// The deployment's one transparency log (issue 16: one log per cell, with the office in each
// leaf): made once, whatever number of offices the deployment serves, and handed to each office's
// module set. Its sequencer and its witnesses run once per deployment, not once per office.
import type { PintuOptions } from './app-options.ts'
import { createCellChangeFeed } from './modules/changes/changes.module.ts'
import { officeCodesById } from './modules/offices/offices.repository.ts'
import { createTransparencyLog, type TransparencyLog } from './modules/transparency/transparency.module.ts'

export function createCellLog(options: PintuOptions): TransparencyLog {
  return createTransparencyLog({
    db: options.database.db,
    clock: options.clock,
    feed: createCellChangeFeed(),
    officeCodes: officeCodesById,
    key: options.transparencyLog.key,
    origin: options.transparencyLog.origin,
    witnesses: options.transparencyLog.witnesses,
  })
}
