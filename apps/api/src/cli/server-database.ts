// The server's own database for an operator command run beside it (pnpm office:admin,
// office:auditor, audit:verify): the same configuration as the server, DATABASE_URL or the data
// directory, and never a new, empty database beside the server's when PINTU_DATA_DIR is wrong.
import { existsSync } from 'node:fs'
import type { Config } from '../config.ts'
import { openDatabase, type Database } from '../db/database.ts'

/** Opens the server's database, or says why there is none (exit code 2, a usage error) and answers null. */
export async function openServerDatabase(config: Config): Promise<Database | null> {
  if (!config.databaseUrl && !existsSync(config.dataDir)) {
    console.error(
      `No database: ${config.dataDir} does not exist (set PINTU_DATA_DIR or DATABASE_URL as for the server).`,
    )
    return null
  }
  return openDatabase(config)
}
