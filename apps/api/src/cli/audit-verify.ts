// `pnpm audit:verify [--witness <file>]…`: the auditor's check of the transparency log, run on the
// office's own database (the same configuration as the server: DATABASE_URL or the data
// directory). Each --witness file is a witness's cosigned.jsonl (apps/witness) or a file of
// checkpoint notes separated by blank lines; they are what catches a log rewritten and re-signed.
// Exits 0 when the log verifies clean, 1 naming each problem found, 2 on a usage error.
import { readFile } from 'node:fs/promises'
import { loadConfig } from '../config.ts'
import { witnessNotes } from '../modules/transparency/witness-notes.ts'
import { verifyLogOf } from './log-verification.ts'
import { openServerDatabase } from './operator-command.ts'

async function main(args: string[]): Promise<number> {
  const files: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--witness' && args[i + 1]) files.push(args[++i]!)
    else {
      console.error('usage: pnpm audit:verify [--witness <cosigned.jsonl or checkpoint file>]…')
      return 2
    }
  }
  const config = loadConfig()
  const database = await openServerDatabase(config)
  if (!database) return 2
  try {
    await database.migrate()
    const notes = (await Promise.all(files.map((file) => readFile(file, 'utf8')))).flatMap(witnessNotes)
    const report = await verifyLogOf(database, config, notes)
    console.log(
      `Checked ${report.treeSize} entries, ${report.checkpoints} signed checkpoints and ${report.witnessCheckpoints} witness checkpoints of ${config.logOrigin}.`,
    )
    for (const finding of report.findings) console.log(`BROKEN ${finding.kind}: ${finding.message}`)
    console.log(
      report.findings.length === 0 ? 'The log verifies clean.' : `${report.findings.length} problem(s) found.`,
    )
    return report.findings.length === 0 ? 0 : 1
  } finally {
    await database.close()
  }
}

process.exitCode = await main(process.argv.slice(2))
