// PostgreSQL for the benchmark: make sure the server runs, and create (then drop) a database of our own.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import pg from 'pg'

export const BENCH_DATABASE = 'pintu_bench'
const DEFAULT_ADMIN_URL = 'postgres://pintu:pintu@127.0.0.1:5432/pintu'

/** A role that may create databases; the bench database is created next to the one it names. */
export const adminUrl = process.env.PINTU_BENCH_DATABASE_URL || DEFAULT_ADMIN_URL

export function benchDatabaseUrl(): string {
  const url = new URL(adminUrl)
  url.pathname = `/${BENCH_DATABASE}`
  return url.toString()
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

async function tryConnect(url: string): Promise<{ ok: true } | { ok: false; code: string; message: string }> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    return { ok: true }
  } catch (error) {
    const e = error as { code?: string; message: string }
    return { ok: false, code: e.code ?? '', message: e.message }
  } finally {
    await client.end().catch(() => undefined)
  }
}

/** Admin SQL as the `postgres` OS user over the Unix socket (peer authentication); needs root. */
function asPostgres(sql: string): void {
  const result = spawnSync('runuser', ['-u', 'postgres', '--', 'psql', '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
    encoding: 'utf8',
  })
  if (result.status !== 0) throw new Error(`psql as postgres failed: ${result.stderr || result.error}`)
}

/**
 * Connects with the admin URL; when PostgreSQL is stopped (and we are root on a Debian cluster),
 * starts it with pg_ctlcluster; when the default role is missing, creates it.
 */
export async function ensurePostgres(): Promise<void> {
  let attempt = await tryConnect(adminUrl)
  if (attempt.ok) return
  const isRoot = process.getuid?.() === 0
  if (['ECONNREFUSED', 'ENOENT', '57P03'].includes(attempt.code) && isRoot && existsSync('/usr/bin/pg_ctlcluster')) {
    console.log('PostgreSQL is not running: pg_ctlcluster 15 main start')
    const started = spawnSync('pg_ctlcluster', ['15', 'main', 'start'], { encoding: 'utf8' })
    if (started.status !== 0 && !/already running/.test(started.stderr))
      throw new Error(`pg_ctlcluster failed: ${started.stderr}`)
    for (let i = 0; i < 60; i += 1) {
      attempt = await tryConnect(adminUrl)
      if (attempt.ok || !['ECONNREFUSED', '57P03'].includes(attempt.code)) break
      await sleep(500)
    }
  }
  // 28P01: bad password / no such role; 3D000: no such database. Only for our own default URL.
  if (!attempt.ok && ['28P01', '3D000'].includes(attempt.code) && isRoot && adminUrl === DEFAULT_ADMIN_URL) {
    console.log('Creating the role and database pintu/pintu')
    asPostgres(
      `DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'pintu') THEN CREATE ROLE pintu LOGIN CREATEDB PASSWORD 'pintu'; END IF; END $$`,
    )
    if (attempt.code === '3D000') asPostgres('CREATE DATABASE pintu OWNER pintu')
    attempt = await tryConnect(adminUrl)
  }
  if (!attempt.ok) throw new Error(`Cannot connect to PostgreSQL at ${new URL(adminUrl).host}: ${attempt.message}`)
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

export async function recreateBenchDatabase(): Promise<void> {
  await withAdmin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`)
    await c.query(`CREATE DATABASE ${BENCH_DATABASE}`)
  })
}

export async function dropBenchDatabase(): Promise<void> {
  await withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`))
}

/** Version and the settings that move these figures most. */
export async function serverFacts(): Promise<{ version: string; settings: Record<string, string> }> {
  return withAdmin(async (c) => {
    const { rows } = await c.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings WHERE name IN ('server_version', 'shared_buffers', 'synchronous_commit', 'fsync', 'max_connections', 'wal_level')`,
    )
    const settings: Record<string, string> = {}
    for (const r of rows)
      settings[r.name] = r.name === 'shared_buffers' ? `${(Number(r.setting) * 8) / 1024} MB` : r.setting
    const version = settings.server_version ?? 'unknown'
    delete settings.server_version
    return { version, settings }
  })
}
