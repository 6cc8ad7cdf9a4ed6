// `pnpm office:auditor --email … --province 32`: which other offices this deployment serves an
// auditor may read (or --offices 32.77,… ; --none takes the rights away), on the server's own
// database (DATABASE_URL or the data directory). Exits 0 when set, 1 when refused (no such active
// auditor), 2 on a usage error (an unknown province, an office not served).
import { loadConfig } from '../config.ts'
import { runOfficeAuditor } from './office-auditor-command.ts'
import { onServer } from './operator-command.ts'

const config = loadConfig()
process.exitCode = await runOfficeAuditor({ args: process.argv.slice(2), ...onServer(config) })
