import { PGlite } from '@electric-sql/pglite'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import { sql, type SQL } from 'drizzle-orm'
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

/**
 * What sits between Pintu and PostgreSQL. `pgbouncer`: PgBouncer in transaction mode, where each
 * transaction (or statement outside one) may run on a different server session, so Pintu keeps no
 * session state there: no named prepared statements (PgBouncer before 1.21 does not carry them
 * across sessions) and no session limits in the startup packet (PgBouncer refuses unknown startup
 * parameters); the operator sets those limits on the role instead (docs/operations.md).
 */
export type DatabasePooler = 'none' | 'pgbouncer'

export function openPostgres(
  connectionString: string,
  poolSize = 10,
  options: { pooler?: DatabasePooler } = {},
): Database {
  const direct = (options.pooler ?? 'none') === 'none'
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    connectionTimeoutMillis: postgresLimits.connectionTimeoutMillis,
    ...(direct && {
      statement_timeout: postgresLimits.statementTimeoutMillis,
      idle_in_transaction_session_timeout: postgresLimits.idleInTransactionTimeoutMillis,
    }),
    query_timeout: postgresLimits.queryTimeoutMillis,
    // Notices a peer that vanished without closing (a cut network) instead of waiting on it.
    keepAlive: true,
  })
  // An idle connection dropped by the server (restart, failover) must not crash the process; the
  // pool opens a new one on next use and /ready reports the outage meanwhile.
  pool.on('error', () => undefined)
  pool.on('connect', (client) => {
    // The same for a connection that is checked out but between queries (inside a transaction, while
    // the handler awaits something else) when the server ends it: without a listener the client's
    // 'error' event would crash the process (found by tests/faults/outage.test.ts). The next query
    // on it fails (503 service.unavailable) and the pool discards it on release.
    client.on('error', () => undefined)
    if (!direct) sendStatementsUnnamed(client)
  })
  const db = drizzlePg(pool, { schema }) as unknown as Db
  return {
    db,
    engine: 'postgres',
    // One transaction, so it also holds behind PgBouncer in transaction mode: the lock and the
    // lifted timeout belong to it and end with it. One process migrates while the others wait on
    // the lock, then find nothing to do.
    migrate: () =>
      db.transaction(async (tx) => {
        // Waiting for another process's migrations, or one long migration, may take longer than a request.
        await tx.execute(sql`set local statement_timeout = 0`)
        await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`)
        await migrateInTransaction(tx)
      }),
    ping: async () =>
      db.execute(sql`select 1`).then(
        () => true,
        () => false,
      ),
    close: () => pool.end(),
  }
}

/**
 * Drizzle's own migration steps (its dialect's `migrate`), run inside the caller's transaction:
 * Drizzle's migrator would otherwise create its table outside any transaction and open its own.
 */
async function migrateInTransaction(tx: Db): Promise<void> {
  const { dialect } = tx as unknown as { dialect: { migrate(m: unknown, s: unknown, c: unknown): Promise<void> } }
  const session = {
    execute: (query: SQL) => tx.execute(query),
    all: async (query: SQL) => ((await tx.execute(query)) as unknown as { rows: unknown[] }).rows,
    transaction: <T>(step: (inner: Db) => Promise<T>) => step(tx),
  }
  await dialect.migrate(readMigrationFiles({ migrationsFolder }), session, { migrationsFolder })
}

/** node-postgres names a query's statement when given `name` (Drizzle's `.prepare(name)`); drop it. */
function sendStatementsUnnamed(client: pg.PoolClient) {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown
  client.query = ((config: unknown, ...rest: unknown[]) =>
    query(
      config && typeof config === 'object' && Object.getPrototypeOf(config) === Object.prototype && 'name' in config
        ? { ...config, name: undefined }
        : config,
      ...rest,
    )) as typeof client.query
}

/** PostgreSQL when a URL is given, otherwise embedded PGlite persisted in `<dataDir>/pgdata`. */
export async function openDatabase(options: {
  databaseUrl?: string
  dataDir: string
  databasePooler?: DatabasePooler
}): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, 10, { pooler: options.databasePooler })
  const client = await PGlite.create(`${options.dataDir}/pgdata`)
  return openPglite(client)
}
