// The database a data-scale run fills: migrated with the project's own migrations and seeded the way
// the API seeds it (prepareDatabase), on PostgreSQL or on in-memory PGlite. Every query the
// measurement runs goes through a Drizzle instance whose logger keeps the SQL it sent, so the plans
// shown are those of the SQL the repositories build.
import { PGlite } from '@electric-sql/pglite'
import { openPglite, openPostgres, type Db } from '@pintu/api/db/database'
import { prepareDatabase } from '@pintu/api/db/prepare'
import * as schema from '@pintu/api/db/schema'
import { systemClock } from '@pintu/api/clock'
import { sql, type SQL } from 'drizzle-orm'
import type { Logger } from 'drizzle-orm/logger'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import pg from 'pg'

export interface CapturedQuery {
  sql: string
  params: unknown[]
}

/** What the generator needs: statements on one connection (a transaction on PostgreSQL). */
export interface Statements {
  engine: 'pglite' | 'postgres'
  rows<T = Record<string, unknown>>(query: SQL | string): Promise<T[]>
}

export interface ScaleDatabase extends Statements {
  engine: 'pglite' | 'postgres'
  /** Drizzle over the same connection(s); `captured` holds what it sent since the last `clear`. */
  db: Db
  captured: CapturedQuery[]
  /** Runs one statement and returns its rows. */
  rows<T = Record<string, unknown>>(query: SQL | string): Promise<T[]>
  /** Runs SQL as captured (text and driver parameters) on the driver itself, past Drizzle. */
  raw<T = Record<string, unknown>>(text: string, params: unknown[]): Promise<T[]>
  /** Runs `work` in one transaction, on one connection, with the given settings (`set local`). */
  transaction<T>(settings: Record<string, string>, work: (tx: Statements) => Promise<T>): Promise<T>
  close(): Promise<void>
}

function capturingLogger(captured: CapturedQuery[]): Logger {
  return { logQuery: (query, params) => void captured.push({ sql: query, params }) }
}

function rowsOf<T>(result: unknown): T[] {
  return ((result as { rows?: T[] }).rows ?? []) as T[]
}

function wrap(
  engine: ScaleDatabase['engine'],
  db: Db,
  captured: CapturedQuery[],
  raw: (text: string, params: unknown[]) => Promise<unknown>,
  close: () => Promise<void>,
) {
  return {
    engine,
    db,
    captured,
    raw: async <T>(text: string, params: unknown[]) => rowsOf<T>(await raw(text, params)),
    rows: async <T>(query: SQL | string) =>
      rowsOf<T>(await db.execute(typeof query === 'string' ? sql.raw(query) : query)),
    transaction: <T>(settings: Record<string, string>, work: (tx: Statements) => Promise<T>) =>
      db.transaction(async (tx) => {
        const rows = async <R>(query: SQL | string) =>
          rowsOf<R>(await tx.execute(typeof query === 'string' ? sql.raw(query) : query))
        if (engine === 'postgres')
          for (const [name, value] of Object.entries(settings)) await rows(`set local ${name} = '${value}'`)
        return work({ engine, rows })
      }),
    close,
  } satisfies ScaleDatabase
}

/** In-memory PGlite, migrated and seeded: the test suite's small scale. */
export async function pgliteScaleDatabase(): Promise<ScaleDatabase> {
  const client = await PGlite.create()
  await prepareDatabase(openPglite(client), systemClock)
  const captured: CapturedQuery[] = []
  const db = drizzlePglite(client, { schema, logger: capturingLogger(captured) }) as unknown as Db
  return wrap(
    'pglite',
    db,
    captured,
    (text, params) => client.query(text, params),
    () => client.close(),
  )
}

/** A fresh PostgreSQL database `name` next to the one `adminUrl` names (dropped first if it exists). */
export async function postgresScaleDatabase(adminUrl: string, name: string): Promise<ScaleDatabase> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`drop database if exists ${name} with (force)`)
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const migrator = openPostgres(url.toString(), 1)
  await prepareDatabase(migrator, systemClock)
  await migrator.close()
  return openPostgresScaleDatabase(adminUrl, name)
}

/** An existing scale database (`pnpm bench:scale … --measure-only`). */
export async function openPostgresScaleDatabase(adminUrl: string, name: string): Promise<ScaleDatabase> {
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const pool = new pg.Pool({ connectionString: url.toString(), max: 4 })
  pool.on('error', () => undefined)
  const captured: CapturedQuery[] = []
  const db = drizzlePg(pool, { schema, logger: capturingLogger(captured) }) as unknown as Db
  return wrap(
    'postgres',
    db,
    captured,
    (text, params) => pool.query(text, params),
    () => pool.end(),
  )
}

export async function dropPostgresDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`drop database if exists ${name} with (force)`)
  } finally {
    await admin.end()
  }
}
