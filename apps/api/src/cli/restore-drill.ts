// `pnpm drill:restore [--keep]`: proves the backups can be restored (SPEC §9: "backups with a tested
// restore"). Takes a backup exactly as docs/operations.md says (pg_dump -Fc and a copy of the
// document files; for the embedded database a copy of its data directory), restores it into a
// fresh database and a fresh directory, then checks the copy: the audit verifier passes on it,
// every table holds as many rows as the original did at the moment of the dump, and every document
// file's SHA-256 is the one its row records. Exits 0 when all hold, 1 naming each difference.
// Same configuration as the server (DATABASE_URL or PINTU_DATA_DIR); the embedded database must
// not be open in a running server meanwhile (PGlite has no lock between processes).
import { PGlite } from '@electric-sql/pglite'
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { createReadStream, existsSync } from 'node:fs'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import pg from 'pg'
import { loadConfig, type Config } from '../config.ts'
import { openPglite, openPostgres, type Database } from '../db/database.ts'
import { verifyLogOf } from './log-verification.ts'

type Counts = Map<string, number>
const TABLES = `SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) AS name FROM pg_tables
                 WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`

async function countRows(query: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>): Promise<Counts> {
  const counts: Counts = new Map()
  for (const { name } of (await query(TABLES)).rows as { name: string }[])
    counts.set(name, Number((await query(`SELECT count(*) AS n FROM ${name}`)).rows[0]!.n))
  return counts
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}

/** PostgreSQL: counts and dump from one exported snapshot, so writes meanwhile cannot skew the comparison. */
async function backupAndRestorePostgres(url: string, work: string) {
  const source = new pg.Client({ connectionString: url })
  await source.connect()
  const dump = path.join(work, 'pintu.dump')
  let counts: Counts
  try {
    await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const snapshot = (await source.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id
    counts = await countRows((sql) => source.query(sql))
    execFileSync('pg_dump', ['--format=custom', `--snapshot=${snapshot}`, `--file=${dump}`, url], { stdio: 'inherit' })
    await source.query('COMMIT')
    const target = new URL(url)
    const name = `${target.pathname.slice(1) || 'postgres'}_restore_drill`
    await source.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)
    await source.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`)
    target.pathname = `/${name}`
    execFileSync('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${target}`, dump], {
      stdio: 'inherit',
    })
    const drop = () =>
      source.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`).then(() => undefined)
    return { counts, restored: openPostgres(target.toString(), 2), drop, end: () => source.end() }
  } catch (error) {
    await source.end()
    throw error
  }
}

/** The embedded database: a copy of its data directory (the server stopped), opened as a fresh database. */
async function backupAndRestorePglite(config: Config, work: string) {
  const live = path.join(config.dataDir, 'pgdata')
  if (!existsSync(live)) throw new Error(`No database: ${live} does not exist`)
  await cp(live, path.join(work, 'backup', 'pgdata'), { recursive: true })
  const original = await PGlite.create(live)
  const counts = await countRows((sql) => original.query(sql))
  await original.close()
  await cp(path.join(work, 'backup', 'pgdata'), path.join(work, 'restored', 'pgdata'), { recursive: true })
  const restored = openPglite(await PGlite.create(path.join(work, 'restored', 'pgdata')))
  return { counts, restored, drop: async () => undefined, end: async () => undefined }
}

async function main(args: string[]): Promise<number> {
  if (args.some((a) => a !== '--keep')) {
    console.error('usage: pnpm drill:restore [--keep]   (--keep leaves the restored copy for inspection)')
    return 2
  }
  const keep = args.includes('--keep')
  const config = loadConfig()
  const work = await mkdtemp(path.join(os.tmpdir(), 'pintu-restore-drill-'))
  const problems: string[] = []
  const drill = config.databaseUrl
    ? await backupAndRestorePostgres(config.databaseUrl, work)
    : await backupAndRestorePglite(config, work)
  const restored: Database = drill.restored
  try {
    // The document files: backed up, then restored into a directory of their own.
    const documents = path.join(config.dataDir, 'documents')
    const restoredDocuments = path.join(work, 'restored', 'documents')
    if (existsSync(documents)) {
      await cp(documents, path.join(work, 'backup', 'documents'), { recursive: true })
      await cp(path.join(work, 'backup', 'documents'), restoredDocuments, { recursive: true })
    }

    const after = await countRows(
      async (sql) => (await restored.db.execute(sql)) as unknown as { rows: Record<string, unknown>[] },
    )
    for (const [table, n] of drill.counts)
      if (after.get(table) !== n)
        problems.push(`rows of ${table}: ${n} in the original, ${after.get(table) ?? 'none'} restored`)
    for (const table of after.keys()) if (!drill.counts.has(table)) problems.push(`table ${table} only in the copy`)
    const rows = drill.counts.size
    console.log(`Counted rows of ${rows} tables: ${problems.length === 0 ? 'all match' : 'differences below'}.`)

    const { rows: files } = (await restored.db.execute(
      'SELECT storage_key, sha256 FROM application_documents ORDER BY storage_key',
    )) as unknown as { rows: { storage_key: string; sha256: string }[] }
    let matched = 0
    for (const file of files) {
      const where = path.join(restoredDocuments, file.storage_key)
      if (!existsSync(where)) problems.push(`document ${file.storage_key}: missing from the restored files`)
      else if ((await sha256Of(where)) !== file.sha256) problems.push(`document ${file.storage_key}: SHA-256 differs`)
      else matched++
    }
    console.log(`Checked ${files.length} documents: ${matched} match their recorded SHA-256.`)

    const report = await verifyLogOf(restored, config)
    for (const finding of report.findings) problems.push(`audit verifier: ${finding.kind}: ${finding.message}`)
    console.log(`Audit verifier on the copy: ${report.treeSize} log entries, ${report.findings.length} problem(s).`)
  } finally {
    await restored.close()
    if (!keep) {
      await drill.drop()
      await rm(work, { recursive: true, force: true })
    } else console.log(`Kept the backup and restored copy in ${work}.`)
    await drill.end()
  }
  for (const problem of problems) console.log(`DIFFERS ${problem}`)
  console.log(
    problems.length === 0 ? 'The restore drill passed.' : `The restore drill FAILED: ${problems.length} problem(s).`,
  )
  return problems.length === 0 ? 0 : 1
}

process.exitCode = await main(process.argv.slice(2))
