// A PostgreSQL 15 cluster of the test's own, in a temporary directory on a free loopback port, so a
// test may stop and start it (a database outage) without touching the shared server on 5432.
// PostgreSQL refuses to run as root: when we are root, it runs as the `postgres` OS user.
import { execFileSync } from 'node:child_process'
import { chownSync, existsSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

const BIN = process.env.PINTU_POSTGRES_BIN ?? '/usr/lib/postgresql/15/bin'

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function startOwnPostgres() {
  if (!existsSync(path.join(BIN, 'initdb')))
    throw new Error(`PostgreSQL 15 binaries not found in ${BIN} (apt-get install postgresql-15)`)
  const root = process.getuid?.() === 0
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pintu-pg-'))
  const dataDir = path.join(dir, 'data')
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim())
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim())
    chownSync(dir, uid, gid)
  }
  const run = (tool: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN, tool), ...args], { stdio: 'pipe' })
      : execFileSync(path.join(BIN, tool), args, { stdio: 'pipe' })
  const port = await freePort()
  // Trust on loopback only: a throw-away cluster that lives as long as the test file.
  run('initdb', ['-D', dataDir, '-U', 'pintu', '--auth=trust', '-E', 'UTF8', '--no-sync'])
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`
  const api = {
    url: `postgres://pintu@127.0.0.1:${port}/postgres`,
    port,
    /** Starts (or starts again) the server and waits until it accepts connections. */
    start: () => void run('pg_ctl', ['-D', dataDir, '-l', path.join(dir, 'log'), '-o', options, '-w', 'start']),
    /** A fast shutdown, as an operator's restart or a crash of the host would look to clients: sessions are cut. */
    stop: () => void run('pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']),
    async remove() {
      try {
        api.stop()
      } catch {
        /* already stopped */
      }
      await rm(dir, { recursive: true, force: true })
    },
  }
  api.start()
  return api
}
export type OwnPostgres = Awaited<ReturnType<typeof startOwnPostgres>>
