// PostgreSQL 15 clusters of the cells test, each in a temporary directory named `cell…` on a free
// loopback port of 5450–5469 (the range this test owns), with logical decoding on so a cell can
// publish. A cluster can be a streaming replica of another (pg_basebackup -R) and be promoted.
// PostgreSQL refuses to run as root: when we are root, its tools run as the `postgres` OS user.
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const BIN = process.env.PINTU_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin'
const PORTS = { first: 5450, last: 5469 }
const taken = new Set<number>()

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

async function freePort(): Promise<number> {
  for (let port = PORTS.first; port <= PORTS.last; port++)
    if (!taken.has(port) && (await isFree(port))) {
      taken.add(port)
      return port
    }
  throw new Error(`no free loopback port in ${PORTS.first}–${PORTS.last}`)
}

const asRoot = () => process.getuid?.() === 0

function tool(name: string, args: string[]) {
  const file = path.join(BIN, name)
  if (!existsSync(file)) throw new Error(`PostgreSQL 15 tool ${file} not found (apt-get install postgresql-15)`)
  return asRoot()
    ? execFileSync('runuser', ['-u', 'postgres', '--', file, ...args], { stdio: 'pipe' })
    : execFileSync(file, args, { stdio: 'pipe' })
}

export interface Cluster {
  name: string
  port: number
  /** The `pintu` database as the superuser `pintu` (trust on loopback: a throw-away cluster). */
  url: string
  /** A libpq connection string to the `pintu` database, as a subscription names its publisher. */
  conninfo: (user: string) => string
  /** Runs SQL through psql, stopping at the first error; answers what psql printed (unaligned, tuples only). */
  psql: (sql: string, user?: string) => string
  /** Ends a primary as a crash would: no shutdown checkpoint, sessions cut. */
  crash: () => void
  /** Turns a replica into a primary and waits until it accepts writes. */
  promote: () => void
  remove: () => Promise<void>
}

/** A new cluster (`replicaOf` absent) or a streaming replica of a running one. */
export async function startCluster(name: string, options: { replicaOf?: Cluster } = {}): Promise<Cluster> {
  if (!name.startsWith('cell')) throw new Error(`cluster names of this test start with "cell": ${name}`)
  for (const file of ['initdb', 'pg_ctl', 'pg_basebackup', 'psql'].map((t) => path.join(BIN, t)))
    if (!existsSync(file)) throw new Error(`PostgreSQL 15 tool ${file} not found (apt-get install postgresql-15)`)
  const dir = await mkdtemp(path.join(os.tmpdir(), `${name}-`))
  if (asRoot()) {
    const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, id('-u'), id('-g'))
  }
  const dataDir = path.join(dir, 'data')
  const port = await freePort()
  try {
    if (options.replicaOf) {
      // -R writes standby.signal and primary_conninfo: the copy starts as a streaming replica.
      const from = options.replicaOf
      tool('pg_basebackup', [
        '-D',
        dataDir,
        '-h',
        '127.0.0.1',
        '-p',
        String(from.port),
        '-U',
        'pintu',
        '-R',
        '-X',
        'stream',
      ])
    } else {
      tool('initdb', ['-D', dataDir, '-U', 'pintu', '--auth=trust', '-E', 'UTF8', '--no-sync'])
    }
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c max_connections=60',
      '-c wal_level=logical',
      '-c max_wal_senders=10',
      '-c max_replication_slots=10',
      '-c max_logical_replication_workers=8',
      '-c hot_standby=on',
    ].join(' ')
    tool('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'log'), '-o', settings, '-w', 'start'])
  } catch (error) {
    // Nothing half-made is left behind: no directory, no port held.
    await rm(dir, { recursive: true, force: true })
    taken.delete(port)
    throw error
  }
  const psqlBin = path.join(BIN, 'psql')
  const cluster: Cluster = {
    name,
    port,
    url: `postgres://pintu@127.0.0.1:${port}/pintu`,
    conninfo: (user) => `host=127.0.0.1 port=${port} dbname=pintu user=${user}`,
    psql: (sql, user = 'pintu') =>
      execFileSync(psqlBin, ['-X', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1', cluster.conninfo(user)], {
        input: sql,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
      }),
    crash: () => void tool('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']),
    promote: () => void tool('pg_ctl', ['-D', dataDir, '-w', 'promote']),
    async remove() {
      try {
        tool('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop'])
      } catch {
        /* already stopped (crashed) */
      }
      await rm(dir, { recursive: true, force: true })
      taken.delete(port)
    },
  }
  if (!options.replicaOf)
    execFileSync(
      psqlBin,
      ['-X', '-q', '-v', 'ON_ERROR_STOP=1', `host=127.0.0.1 port=${port} dbname=postgres user=pintu`],
      {
        input: 'CREATE DATABASE pintu',
        stdio: ['pipe', 'pipe', 'pipe'],
      },
    )
  return cluster
}
