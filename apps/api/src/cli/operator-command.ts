// What the operator commands run on the server share (pnpm office:admin, office:auditor,
// audit:verify): the server's own database, with the same configuration as the server (DATABASE_URL
// or the data directory) and never a new, empty one beside it when PINTU_DATA_DIR is wrong; and the
// exit codes and terminal their tests stand in for.
import { existsSync } from 'node:fs'
import { systemClock, type Clock } from '../clock.ts'
import type { Config } from '../config.ts'
import { openDatabase, type Database } from '../db/database.ts'

/** Exit codes: 0 done, 1 refused (the message says why and changes nothing), 2 a usage error. */
export type ExitCode = 0 | 1 | 2

/** A command's arguments and surroundings: tests run it on their own database and read what it printed. */
export interface OperatorCommandRun {
  args: readonly string[]
  /** The offices this deployment serves (PINTU_OFFICES), the default first. */
  served: readonly string[]
  /** Opened only once the arguments are known to be usable. */
  database: () => Promise<Database>
  clock: Clock
  out: (line: string) => void
  err: (line: string) => void
}

/** Opens the server's database, or says why there is none and answers null (a usage error, exit code 2). */
export async function openServerDatabase(config: Config): Promise<Database | null> {
  if (!config.databaseUrl && !existsSync(config.dataDir)) {
    console.error(
      `No database: ${config.dataDir} does not exist (set PINTU_DATA_DIR or DATABASE_URL as for the server).`,
    )
    return null
  }
  return openDatabase(config)
}

/** On the server: the offices and database of its configuration, the system clock and the terminal. */
export function onServer(config: Config): Omit<OperatorCommandRun, 'args'> {
  return {
    served: config.offices,
    database: async () => (await openServerDatabase(config)) ?? process.exit(2),
    clock: systemClock,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  }
}
