// `pnpm office:admin --office 73.71 --email … --name … --nip …`: the first admin of an office this
// deployment serves (PINTU_OFFICES), on the server's own database (DATABASE_URL or the data
// directory). Prints the admin's one-time password once. Exits 0 when created, 1 when refused
// (the office has an admin already: the message says how to recover), 2 on a usage error.
import { systemClock } from '../clock.ts'
import { loadConfig } from '../config.ts'
import { openServerDatabase } from './server-database.ts'
import { runOfficeAdmin } from './office-admin-command.ts'

const config = loadConfig()
process.exitCode = await runOfficeAdmin({
  args: process.argv.slice(2),
  served: config.offices,
  async database() {
    return (await openServerDatabase(config)) ?? process.exit(2)
  },
  clock: systemClock,
  publicUrl: config.publicUrl,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
})
