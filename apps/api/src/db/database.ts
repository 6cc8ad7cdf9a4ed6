import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import { fileURLToPath } from 'node:url'
import * as schema from './schema.ts'

/** The common base of both drivers: a union of the two driver types breaks `.returning()`. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>

export interface Database {
  db: Db
  engine: 'pglite' | 'postgres'
  /** Applies the committed migrations; safe with several API processes on PostgreSQL. */
  migrate(): Promise<void>
  ping(): Promise<boolean>
  close(): Promise<void>
}

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url))
/** Arbitrary constant identifying Pintu's migration lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK_KEY = 7_303_273

export function openPglite(client: PGlite): Database {
  const db = drizzlePglite(client, { schema }) as unknown as Db
  return {
    db,
    engine: 'pglite',
    migrate: () => migratePglite(db as never, { migrationsFolder }),
    ping: async () =>
      client.query('select 1').then(
        () => true,
        () => false,
      ),
    close: () => client.close(),
  }
}

/**
 * Limits that keep a request from hanging on the database (SPEC §9: an outage answers 503 fast).
 * A connection that cannot be made within 2 s fails (the pool would otherwise wait forever); the
 * server cancels a statement after 15 s and ends a session idle inside a transaction after 15 s
 * (so a stuck request cannot hold locks); the client gives up on an answer after 20 s even when the
 * server is unreachable and cannot cancel anything itself.
 */
export const postgresLimits = {
  connectionTimeoutMillis: 2_000,
  statementTimeoutMillis: 15_000,
  idleInTransactionTimeoutMillis: 15_000,
  queryTimeoutMillis: 20_000,
}

export function openPostgres(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: postgresLimits.connectionTimeoutMillis,
    statement_timeout: postgresLimits.statementTimeoutMillis,
    idle_in_transaction_session_timeout: postgresLimits.idleInTransactionTimeoutMillis,
    query_timeout: postgresLimits.queryTimeoutMillis,
    // Notices a peer that vanished without closing (a cut network) instead of waiting on it.
    keepAlive: true,
  })
  // An idle connection dropped by the server (restart, failover) must not crash the process; the
  // pool opens a new one on next use and /ready reports the outage meanwhile.
  pool.on('error', () => undefined)
  // The same for a connection that is checked out but between queries (inside a transaction, while
  // the handler awaits something else) when the server ends it: without a listener the client's
  // 'error' event would crash the process (found by tests/faults/outage.test.ts). The next query
  // on it fails (503 service.unavailable) and the pool discards it on release.
  pool.on('connect', (client) => client.on('error', () => undefined))
  const db = drizzlePg(pool, { schema }) as unknown as Db
  return {
    db,
    engine: 'postgres',
    async migrate() {
      // One process migrates while the others wait on the lock, then find nothing to do.
      const client = await pool.connect()
      try {
        // Waiting for another process's migrations, or one long migration, may take longer than a request.
        await client.query('set statement_timeout = 0')
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY])
        await migratePg(drizzlePg(client, { schema }), { migrationsFolder })
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined)
        // The session keeps statement_timeout = 0: destroy it rather than hand it back to the pool.
        client.release(true)
      }
    },
    ping: async () =>
      db.execute(sql`select 1`).then(
        () => true,
        () => false,
      ),
    close: () => pool.end(),
  }
}

/** PostgreSQL when a URL is given, otherwise embedded PGlite persisted in `<dataDir>/pgdata`. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl)
  const client = await PGlite.create(`${options.dataDir}/pgdata`)
  return openPglite(client)
}
