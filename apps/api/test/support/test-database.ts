import { PGlite } from '@electric-sql/pglite'
import { readFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openPglite, openPostgres, type Database } from '../../src/db/database.ts'

/** A private copy of the migrated, seeded template database for one test file. */
export async function cloneTestDatabase(): Promise<{ database: Database; drop(): Promise<void> }> {
  const databaseUrl = process.env.DATABASE_URL
  const postgresTemplate = inject('postgresTemplate')
  if (databaseUrl && postgresTemplate) {
    const name = `pintu_test_${randomBytes(6).toString('hex')}`
    const admin = new pg.Client({ connectionString: databaseUrl })
    await admin.connect()
    await admin.query(`create database ${name} template ${postgresTemplate}`)
    const url = new URL(databaseUrl)
    url.pathname = `/${name}`
    const database = openPostgres(url.toString(), 5)
    return {
      database,
      async drop() {
        await database.close().catch(() => undefined)
        await dropDatabase(admin, name)
        await admin.end()
      },
    }
  }
  const tarball = await readFile(inject('pgliteTemplate'))
  const client = await PGlite.create({ loadDataDir: new Blob([tarball]) })
  const database = openPglite(client)
  return { database, drop: () => database.close().catch(() => undefined) }
}

/**
 * Drops a test database. `with (force)` ends sessions still on it, but PostgreSQL refuses to end
 * one it does not let this role signal (an autovacuum worker passing by): wait and try again
 * rather than fail a test file over its cleanup.
 */
async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await admin.query(`drop database if exists ${name} with (force)`)
      return
    } catch (error) {
      if (attempt >= 5) throw error
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt))
    }
  }
}
