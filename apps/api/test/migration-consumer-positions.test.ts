// Migration 0038 moves the notifier's and the webhook relay's outbox positions into one table: an
// installation upgraded from 0035 must go on reading where each consumer stopped, not from the start
// (that would plan every old change again: emails and webhooks sent twice).
import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import { openPglite } from '../src/db/database.ts'
import { findOffice } from '../src/modules/offices/offices.repository.ts'
import { createChangesModule } from '../src/modules/changes/changes.module.ts'
import { systemClock } from '../src/clock.ts'

const migrations = fileURLToPath(new URL('../src/db/migrations', import.meta.url))

describe('migration 0038: one table of outbox consumer positions', () => {
  it('keeps each consumer’s position from the tables it replaces', async () => {
    const before = await mkdtemp(path.join(os.tmpdir(), 'pintu-0035-'))
    const client = await PGlite.create()
    try {
      // The migrations as they stood at 0035.
      await cp(migrations, before, { recursive: true })
      const journalFile = path.join(before, 'meta/_journal.json')
      const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { idx: number }[] }
      journal.entries = journal.entries.filter((e) => e.idx <= 35)
      await writeFile(journalFile, JSON.stringify(journal))
      await migrate(drizzle(client), { migrationsFolder: before })
      const database = openPglite(client)
      // The office row as 0035 knew it (later migrations add registry columns ensureOffice writes).
      await database.db.execute(
        sql`insert into offices (code, name_id, name_en, timezone) values ('32.73', 'Kota Bandung', 'Bandung', 'Asia/Jakarta')`,
      )
      const office = (await findOffice(database.db, '32.73'))!
      await database.db.execute(
        sql`insert into notifier_position (office_id, last_xid, last_outbox_id) values (${office.id}, '812', 40)`,
      )
      await database.db.execute(
        sql`insert into webhook_relay_position (office_id, last_xid, last_outbox_id) values (${office.id}, '907', 52)`,
      )

      await database.migrate()
      const { feed } = createChangesModule({ office, clock: systemClock })
      expect(await feed.positionOf(database.db, office.id, 'notifier')).toEqual({ xid: '812', id: 40 })
      expect(await feed.positionOf(database.db, office.id, 'webhook_relay')).toEqual({ xid: '907', id: 52 })
      const old = await database.db.execute(
        sql`select count(*)::int as n from information_schema.tables
            where table_name in ('notifier_position', 'webhook_relay_position')`,
      )
      expect((old as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0)
    } finally {
      await client.close()
      await rm(before, { recursive: true, force: true })
    }
  })
})
