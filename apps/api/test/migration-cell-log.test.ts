// Migration 0042 makes the transparency log the cell's instead of the office's. A deployment
// upgraded from 0041 had one office's log, already published and witnessed: it must become the
// cell's log unchanged (same positions, tiles, bundles and checkpoints), so that a checkpoint a
// witness saved before the upgrade is consistent with the ones signed after it.
import { PGlite } from '@electric-sql/pglite'
import { canonicalJson } from '@pintu/contract'
import {
  encodeEntryBundle,
  formatCheckpoint,
  fromBase64,
  hasher,
  integrate,
  integrateEntries,
  loadVerifier,
  openNote,
  parseCheckpoint,
  signNote,
  verifyConsistency,
  type TileData,
} from '@pintu/tlog/node'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { systemClock } from '../src/clock.ts'
import { openPglite, type Database } from '../src/db/database.ts'
import { createCellChangeFeed } from '../src/modules/changes/changes.module.ts'
import { ensureOffices, officeCodesById } from '../src/modules/offices/offices.repository.ts'
import { createTransparencyLog } from '../src/modules/transparency/transparency.module.ts'
import { createTransparencyRepository } from '../src/modules/transparency/transparency.repository.ts'
import { consistencyProof } from '../src/modules/transparency/transparency.usecases.ts'
import { queryRows } from './support/test-app.ts'
import { testLogKey, TEST_LOG_ORIGIN } from './support/test-log-key.ts'

const migrations = fileURLToPath(new URL('../src/db/migrations', import.meta.url))
const AT = '2026-01-02T03:04:05.000Z'

/** A database migrated as far as `last` (the migrations as they stood then). */
async function migratedTo(last: number) {
  const folder = await mkdtemp(path.join(os.tmpdir(), `pintu-${last}-`))
  await cp(migrations, folder, { recursive: true })
  const journalFile = path.join(folder, 'meta/_journal.json')
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { idx: number }[] }
  journal.entries = journal.entries.filter((e) => e.idx <= last)
  await writeFile(journalFile, JSON.stringify(journal))
  const client = await PGlite.create()
  await migrate(drizzle(client), { migrationsFolder: folder })
  return {
    client,
    database: openPglite(client),
    done: async () => {
      await client.close()
      await rm(folder, { recursive: true, force: true })
    },
  }
}

/** Records `n` changes of one office the way the change record does (an audit row and an outbox row each). */
async function recordChanges(database: Database, officeId: string, n: number, from: number) {
  await database.db.execute(sql`
    with audit as (
      insert into audit_log (office_id, occurred_at, actor_role, action, entity_type, entity_id, details)
      select ${officeId}, ${AT}::timestamptz, 'applicant', 'application.form_updated', 'application',
             'app-' || n, jsonb_build_object('n', n)
      from generate_series(${from}::int, ${from + n - 1}::int) as n
      returning id, action, entity_type, entity_id, occurred_at, details)
    insert into outbox (office_id, audit_id, type, entity_type, entity_id, occurred_at, payload)
    select ${officeId}, id, action, entity_type, entity_id, occurred_at, details from audit`)
}

/**
 * The entry an 0041 log wrote for one of these changes, spelt out from the leaf format (not by the
 * product's encoder, so the test catches an encoder that no longer writes what the old log did).
 */
const oldEntry = (row: { id: number; entity_id: string; details: unknown }) =>
  new TextEncoder().encode(
    canonicalJson({
      v: 1,
      office: '32.73',
      at: AT,
      action: 'application.form_updated',
      entity: { type: 'application', id: row.entity_id },
      actor: { role: 'applicant', id: null },
      audit: Number(row.id),
      details: row.details,
    }),
  )

describe('migration 0042: one transparency log per cell', () => {
  it('keeps a log written before it as the cell’s log: it verifies, and grows consistently', async () => {
    const { database, done } = await migratedTo(41)
    try {
      const [office] = await ensureOffices(database.db, ['32.73'])
      const key = await testLogKey()
      // The log as the 0041 sequencer wrote it, office-keyed, in two integrations and two checkpoints.
      let treeSize = 0
      let partialTiles: TileData[] = []
      let partialBundle: Uint8Array[] = []
      const checkpoints: { size: number; note: string }[] = []
      for (const n of [200, 100]) {
        await recordChanges(database, office!.id, n, treeSize)
        const rows = await queryRows<{
          id: number
          entity_id: string
          details: unknown
          xid: string
          outbox_id: number
        }>(
          database.db,
          sql`select a.id, a.entity_id, a.details, o.xid::text as xid, o.id as outbox_id
              from outbox o join audit_log a on a.id = o.audit_id order by o.xid, o.id offset ${treeSize}`,
        )
        const entries = rows.map(oldEntry)
        const leafHashes = entries.map((entry) => hasher.leafHash(entry))
        const grown = integrate(hasher, { treeSize, partialTiles, leafHashes })
        const bundles = integrateEntries({ treeSize, partialBundleEntries: partialBundle, entries })
        for (const [i, row] of rows.entries())
          await database.db.execute(sql`insert into transparency_entries (office_id, position, audit_id, leaf_hash)
            values (${office!.id}, ${treeSize + i}, ${row.id}, ${leafHashes[i]!})`)
        for (const tile of grown.tiles)
          await database.db.execute(sql`insert into transparency_tiles (office_id, level, index, width, hashes)
            values (${office!.id}, ${tile.level}, ${tile.index}, ${tile.width}, ${tile.hashes})
            on conflict do nothing`)
        for (const bundle of bundles)
          await database.db.execute(sql`insert into transparency_bundles (office_id, index, width, data)
            values (${office!.id}, ${bundle.index}, ${bundle.width}, ${encodeEntryBundle(bundle.entries)})`)
        const note = await signNote(
          formatCheckpoint({ origin: TEST_LOG_ORIGIN, size: grown.treeSize, rootHash: grown.rootHash, extensions: [] }),
          [key.signer],
        )
        await database.db
          .execute(sql`insert into transparency_checkpoints (office_id, tree_size, root_hash, note, signed_at)
          values (${office!.id}, ${grown.treeSize}, ${grown.rootHash}, ${note}, now())`)
        const last = rows[rows.length - 1]!
        await database.db.execute(sql`insert into transparency_state
            (office_id, tree_size, root_hash, last_xid, last_outbox_id, integrated_at)
          values (${office!.id}, ${grown.treeSize}, ${grown.rootHash}, ${last.xid}, ${last.outbox_id}, now())
          on conflict (office_id) do update set tree_size = excluded.tree_size, root_hash = excluded.root_hash,
            last_xid = excluded.last_xid, last_outbox_id = excluded.last_outbox_id`)
        checkpoints.push({ size: grown.treeSize, note })
        treeSize = grown.treeSize
        partialTiles = grown.partialTiles
        partialBundle = bundles.at(-1)!.width < 256 ? [...bundles.at(-1)!.entries] : []
      }
      const positionsBefore = await queryRows(
        database.db,
        sql`select position, audit_id from transparency_entries order by position`,
      )
      const tilesBefore = await queryRows(
        database.db,
        sql`select level, index, width, hashes from transparency_tiles order by 1, 2, 3`,
      )

      await database.migrate()

      expect(
        await queryRows(database.db, sql`select position, audit_id from transparency_entries order by position`),
      ).toEqual(positionsBefore)
      expect(
        await queryRows(database.db, sql`select level, index, width, hashes from transparency_tiles order by 1, 2, 3`),
      ).toEqual(tilesBefore)
      const feed = createCellChangeFeed()
      const log = createTransparencyLog({
        db: database.db,
        clock: systemClock,
        feed,
        officeCodes: officeCodesById,
        key,
        origin: TEST_LOG_ORIGIN,
      })
      // The old log verifies as the cell's, the witness's saved checkpoints with it.
      const before = await log.verify(checkpoints.map((c) => c.note))
      expect(before).toMatchObject({ treeSize: 300, checkpoints: 2, findings: [] })

      // The new sequencer carries on from where the old one stopped: nothing integrated twice.
      await recordChanges(database, office!.id, 60, 300)
      expect(await log.integrateAll()).toBe(60)
      const after = await log.verify(checkpoints.map((c) => c.note))
      expect(after).toMatchObject({ treeSize: 360, checkpoints: 3, findings: [] })

      // A client holding the pre-migration checkpoint is shown the cell's log grew from it.
      const repository = createTransparencyRepository()
      const latest = (await repository.latestCheckpoint(database.db))!
      const reads = { db: database.db, cellFeed: feed, log: repository, origin: TEST_LOG_ORIGIN, vkey: key.vkey }
      const proof = await consistencyProof({ ...reads, witnesses: [], quorum: 0 }, { from: 300, to: latest.treeSize })
      const old = parseCheckpoint((await openNote(checkpoints[1]!.note, [await loadVerifier(key.vkey)])).text)
      expect(
        verifyConsistency(hasher, {
          oldSize: old.size,
          newSize: latest.treeSize,
          oldRoot: old.rootHash,
          newRoot: latest.rootHash,
          proof: proof.proof.map((line) => fromBase64(line)!),
        }),
      ).toBe(true)
    } finally {
      await done()
    }
  }, 120_000)

  it('refuses a database holding one log per office: published logs cannot be merged', async () => {
    const { database, done } = await migratedTo(41)
    try {
      const offices = await ensureOffices(database.db, ['32.73', '73.71'])
      for (const office of offices)
        await database.db
          .execute(sql`insert into transparency_checkpoints (office_id, tree_size, root_hash, note, signed_at)
          values (${office.id}, 1, ${hasher.emptyRoot}, 'note', now())`)
      const refusal = await database.migrate().then(
        () => undefined,
        (err: Error & { cause?: Error }) => `${err.message} ${err.cause?.message ?? ''}`,
      )
      expect(refusal).toContain('holds one transparency log per office')
      // Nothing of 0042 applied: the office key is still there.
      const columns = await queryRows<{ n: number }>(
        database.db,
        sql`select count(*)::int as n from information_schema.columns
            where table_name = 'transparency_checkpoints' and column_name = 'office_id'`,
      )
      expect(columns[0]!.n).toBe(1)
    } finally {
      await done()
    }
  }, 120_000)
})
