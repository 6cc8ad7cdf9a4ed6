// `pnpm office:admin --office 73.71 --email … --name … --nip …`: the first admin of an office this
// deployment serves (PINTU_OFFICES), on the server's own database (DATABASE_URL or the data
// directory). Prints the admin's one-time password once. Exits 0 when created, 1 when refused
// (the office has an admin already: the message says how to recover), 2 on a usage error.
import { loadConfig } from '../config.ts'
import { runOfficeAdmin } from './office-admin-command.ts'
import { onServer } from './operator-command.ts'

const config = loadConfig()
process.exitCode = await runOfficeAdmin({
  args: process.argv.slice(2),
  ...onServer(config),
  publicUrl: config.publicUrl,
})
