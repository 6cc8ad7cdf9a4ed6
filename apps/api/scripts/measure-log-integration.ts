// Measures how fast the transparency log's sequencer integrates recorded changes, against a
// baseline in the same run: inserting the same number of one-row audit+outbox pairs, which is the
// least work any change costs. On PostgreSQL when DATABASE_URL is set, else on in-memory PGlite.
// Run: pnpm --filter @pintu/api exec tsx scripts/measure-log-integration.ts [entries]
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { prepareDatabase } from '../src/bootstrap/prepare-database.ts'
import { systemClock } from '../src/clock.ts'
import { loadConfig } from '../src/config.ts'
import { openPglite, openPostgres, type Database } from '../src/db/database.ts'
import { createCellChangeFeed } from '../src/modules/changes/changes.module.ts'
import { officeCodesById } from '../src/modules/offices/offices.repository.ts'
import { createTransparencyLog } from '../src/modules/transparency/transparency.module.ts'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { testLogKey, TEST_LOG_ORIGIN } from '../test/support/test-log-key.ts'

const entries = Number(process.argv[2] ?? 20_000)

/** A fresh database: in-memory PGlite, or a throw-away database beside DATABASE_URL's. */
async function open(): Promise<{ database: Database; done: () => Promise<void> }> {
  const url = loadConfig().databaseUrl
  if (!url) {
    const database = openPglite(await PGlite.create())
    return { database, done: () => database.close() }
  }
  const name = `pintu_measure_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create database ${name}`)
  const target = new URL(url)
  target.pathname = `/${name}`
  const database = openPostgres(target.toString())
  return {
    database,
    async done() {
      await database.close()
      await admin.query(`drop database ${name} with (force)`)
      await admin.end()
    },
  }
}

/** Writes `n` recorded changes the way record() does (one audit row, one outbox row each), in batches. */
async function recordChanges(database: Database, officeId: string, n: number) {
  for (let written = 0; written < n; written += 1_000) {
    const size = Math.min(1_000, n - written)
    await database.db.execute(sql`
      with audit as (
        insert into audit_log (office_id, occurred_at, actor_role, action, entity_type, entity_id, details)
        select ${officeId}, now(), 'applicant', 'application.form_updated', 'application', gen_random_uuid()::text,
               jsonb_build_object('fields', jsonb_build_array('luas_bangunan', 'alamat'))
        from generate_series(1, ${size})
        returning id, action, entity_type, entity_id, occurred_at, details)
      insert into outbox (office_id, audit_id, type, entity_type, entity_id, occurred_at, payload)
      select ${officeId}, id, action, entity_type, entity_id, occurred_at, details from audit`)
  }
}

const { database, done } = await open()
try {
  const { office } = await prepareDatabase(database, systemClock)
  const log = createTransparencyLog({
    db: database.db,
    clock: systemClock,
    feed: createCellChangeFeed(),
    officeCodes: officeCodesById,
    key: await testLogKey(),
    origin: TEST_LOG_ORIGIN,
  })
  await log.integrateAll()

  let started = performance.now()
  await recordChanges(database, office.id, entries)
  const recordMs = performance.now() - started

  started = performance.now()
  const integrated = await log.integrateAll()
  const integrateMs = performance.now() - started

  const report = await log.verify()
  const perSecond = (n: number, ms: number) => Math.round((n / ms) * 1000)
  console.log(`engine: ${database.engine}, entries: ${integrated}`)
  console.log(`baseline, recording the changes (audit + outbox rows): ${perSecond(entries, recordMs)} /s`)
  console.log(`integrating them into the log (tiles, bundles, checkpoints): ${perSecond(integrated, integrateMs)} /s`)
  console.log(`ratio: ${(recordMs / integrateMs).toFixed(2)}; verifier findings: ${report.findings.length}`)
} finally {
  await done()
}
