// PostgreSQL 15 clusters of a test's own on fixed loopback ports: a primary, a streaming replica of it
// made with `pg_basebackup -R` (as an operator sets one up), and PgBouncer in front of either. Each
// lives in a temporary directory named `pintu-replica-*`. PostgreSQL refuses to run as root: when we
// are root (CI), the clusters run as the `postgres` OS user.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { chownSync, existsSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import pg from 'pg'

const BIN = process.env.PINTU_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin'
const PGBOUNCER = '/usr/sbin/pgbouncer'
const root = process.getuid?.() === 0

/** Fails (never skips) when a binary is missing: CI installs them (.ci/run). */
function requireBinary(file: string, hint: string) {
  if (!existsSync(file)) throw new Error(`${file} not found (${hint})`)
}

/** A fixed port must be free: a cluster left by a crashed run is reported, not silently shared. */
async function requireFreePort(port: number) {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer()
    server.once('error', () => reject(new Error(`127.0.0.1:${port} is in use (a cluster left by an earlier run?)`)))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()))
  })
}

function asPostgres(file: string, args: string[]) {
  return root
    ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' })
    : execFileSync(file, args, { stdio: 'pipe' })
}

async function ownedDirectory(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-replica-'))
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  return dir
}

export interface Cluster {
  port: number
  /** `postgres://pintu@127.0.0.1:<port>/<database>` (trust on loopback: a throw-away cluster). */
  url(database?: string): string
  start(): void
  /** A fast shutdown: sessions are cut, as a crash or an operator's restart looks to clients. */
  stop(): void
  remove(): Promise<void>
}

function cluster(dir: string, dataDir: string, port: number): Cluster {
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`
  const self: Cluster = {
    port,
    url: (database = 'pintu') => `postgres://pintu@127.0.0.1:${port}/${database}`,
    start: () =>
      void asPostgres(path.join(BIN, 'pg_ctl'), [
        '-D',
        dataDir,
        '-l',
        path.join(dir, 'log'),
        '-o',
        options,
        '-w',
        'start',
      ]),
    stop: () => void asPostgres(path.join(BIN, 'pg_ctl'), ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
    async remove() {
      try {
        self.stop()
      } catch {
        /* already stopped */
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
  return self
}

/** A primary with an empty `pintu` database (superuser `pintu`), ready to stream to replicas. */
export async function startPrimary(port: number): Promise<Cluster> {
  requireBinary(path.join(BIN, 'initdb'), 'apt-get install postgresql-15')
  await requireFreePort(port)
  const dir = await ownedDirectory()
  const dataDir = path.join(dir, 'data')
  // Trust on loopback covers replication connections too (initdb writes `host replication all 127.0.0.1/32 trust`).
  asPostgres(path.join(BIN, 'initdb'), ['-D', dataDir, '-U', 'pintu', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  const primary = cluster(dir, dataDir, port)
  primary.start()
  await query(primary.url('postgres'), 'create database pintu')
  return primary
}

/** A hot-standby streaming replica of `primary`, made as an operator would: `pg_basebackup -R`. */
export async function startReplica(primary: Cluster, port: number): Promise<Cluster> {
  requireBinary(path.join(BIN, 'pg_basebackup'), 'apt-get install postgresql-15')
  await requireFreePort(port)
  const dir = await ownedDirectory()
  const dataDir = path.join(dir, 'data')
  // -R writes standby.signal and primary_conninfo; -X stream brings the WAL written meanwhile;
  // a fast checkpoint starts the copy at once instead of after a spread one (minutes).
  asPostgres(path.join(BIN, 'pg_basebackup'), [
    ...['-h', '127.0.0.1', '-p', String(primary.port), '-U', 'pintu'],
    ...['-D', dataDir, '-R', '-X', 'stream', '--checkpoint=fast', '--no-sync'],
  ])
  const replica = cluster(dir, dataDir, port)
  replica.start()
  return replica
}

/** PgBouncer in transaction mode in front of `target`, with a server pool smaller than the API's own. */
export async function startPgBouncer(target: Cluster, port: number, serverPoolSize = 3) {
  requireBinary(PGBOUNCER, 'apt-get install pgbouncer')
  await requireFreePort(port)
  const dir = await ownedDirectory()
  const config = path.join(dir, 'pgbouncer.ini')
  await writeFile(
    config,
    [
      '[databases]',
      `pintu = host=127.0.0.1 port=${target.port} dbname=pintu user=pintu`,
      '[pgbouncer]',
      `listen_addr = 127.0.0.1`,
      `listen_port = ${port}`,
      `unix_socket_dir = ${dir}`,
      'auth_type = trust',
      `auth_file = ${path.join(dir, 'users.txt')}`,
      'pool_mode = transaction',
      `default_pool_size = ${serverPoolSize}`,
      'max_client_conn = 200',
      `logfile = ${path.join(dir, 'pgbouncer.log')}`,
      '',
    ].join('\n'),
  )
  await writeFile(path.join(dir, 'users.txt'), '"pintu" ""\n')
  if (root) execFileSync('chown', ['-R', 'postgres:postgres', dir])
  const child: ChildProcess = root
    ? spawn('runuser', ['-u', 'postgres', '--', PGBOUNCER, config], { stdio: 'ignore' })
    : spawn(PGBOUNCER, [config], { stdio: 'ignore' })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  // Ready once it accepts connections and answers through to PostgreSQL.
  const url = `postgres://pintu@127.0.0.1:${port}/pintu`
  for (let attempt = 0; ; attempt++) {
    try {
      await query(url, 'select 1')
      break
    } catch (error) {
      if (attempt > 50 || child.exitCode !== null) throw error
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
  return {
    url,
    async remove() {
      if (child.exitCode === null) {
        // runuser passes the signal on to pgbouncer.
        child.kill('SIGTERM')
        await exited
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/** One statement on a fresh connection (a test's own look, never through the API's pool). */
export async function query<T extends Record<string, unknown>>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query<T>(text, values)).rows
  } finally {
    await client.end()
  }
}

/** Waits until the replica has replayed everything the primary has written so far. */
export async function caughtUp(primary: Cluster, replica: Cluster, timeoutMs = 30_000) {
  const [{ lsn }] = (await query<{ lsn: string }>(primary.url(), 'select pg_current_wal_lsn()::text as lsn')) as [
    { lsn: string },
  ]
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const [row] = await query<{ replayed: boolean }>(
      replica.url(),
      'select pg_last_wal_replay_lsn() >= $1::pg_lsn as replayed',
      [lsn],
    )
    if (row?.replayed) return
    if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${lsn} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Pauses the replica's replay and waits until it has taken effect (a pause is only requested at first). */
export async function pauseReplay(replica: Cluster) {
  await query(replica.url(), 'select pg_wal_replay_pause()')
  for (let attempt = 0; ; attempt++) {
    const [row] = await query<{ state: string }>(replica.url(), 'select pg_get_wal_replay_pause_state() as state')
    if (row?.state === 'paused') return
    if (attempt > 100) throw new Error(`the replica's replay did not pause (${row?.state})`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

export const resumeReplay = (replica: Cluster) => query(replica.url(), 'select pg_wal_replay_resume()')
