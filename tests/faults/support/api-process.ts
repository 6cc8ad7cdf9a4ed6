// The compiled API (as `pnpm start` runs it) as a child process the fault tests may kill, stop
// gracefully and start again on the same database, data directory and secrets.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDemoAccounts, type Accounts } from '../../support/pintu.ts'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

export interface ApiProcess {
  baseUrl: string
  child: ChildProcess
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  output: () => string
}

/** One installation: a data directory and a session secret that survive restarts of its process. */
export async function createInstallation(databaseUrl: string, env: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pintu-faults-'))
  const jwtSecret = randomBytes(36).toString('base64url')
  const running = new Set<ApiProcess>()

  async function start(extra: Record<string, string> = {}): Promise<ApiProcess> {
    const child = spawn(process.execPath, ['--max-semi-space-size=8', 'apps/api/dist/server.mjs'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        PINTU_DATA_DIR: dataDir,
        JWT_SECRET: jwtSecret,
        LOG_LEVEL: 'warn',
        PINTU_DEMO_ACCOUNTS: 'on',
        PINTU_JOB_INTERVAL_SECONDS: '0',
        PINTU_TRACK_LIMIT_PER_MINUTE: '100000',
        ...env,
        ...extra,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let printed = ''
    const keep = (chunk: Buffer) => void (printed = (printed + chunk.toString()).slice(-20_000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    )
    const baseUrl = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the API did not start within 90 s:\n${printed}`)), 90_000)
      const onData = () => {
        const match = printed.match(/Pintu is running on (http:\/\/[\d.:]+)/)
        if (match) {
          clearTimeout(timer)
          resolve(match[1]!)
        }
      }
      child.stdout.on('data', onData)
      void exited.then(({ code }) => {
        clearTimeout(timer)
        reject(new Error(`the API exited with ${code} before starting:\n${printed}`))
      })
    })
    const api = { baseUrl, child, exited, output: () => printed }
    running.add(api)
    void exited.then(() => running.delete(api))
    return api
  }

  return {
    dataDir,
    start,
    /** The demo accounts the first start wrote (PINTU_DEMO_ACCOUNTS=on on an empty database). */
    accounts: async (): Promise<Accounts> =>
      parseDemoAccounts(await readFile(path.join(dataDir, 'demo-accounts.txt'), 'utf8')),
    /** Ends whatever is still running (SIGKILL: the tests that need a graceful stop do it themselves). */
    async remove() {
      for (const api of running) {
        api.child.kill('SIGKILL')
        await api.exited
      }
      if (existsSync(dataDir)) await rm(dataDir, { recursive: true, force: true })
    },
  }
}
