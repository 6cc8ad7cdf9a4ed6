// The processes under load: the real Pintu API, compiled as `pnpm start` runs it
// (node apps/api/dist/server.mjs, built here first), and a bare Fastify hello-world as the baseline.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDemoAccounts } from '../support/pintu.ts'
import { processTree } from './proc.ts'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
const tsx = path.join(repoRoot, 'node_modules/.bin/tsx')

export interface Running {
  baseUrl: string
  /** The spawned process; the server itself may be its child (tsx relaunches node with its loader). */
  pid: number
  stop(): Promise<void>
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number, what: string): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`${what} did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(pattern)
      if (match) {
        clearTimeout(timer)
        child.stdout?.off('data', onData)
        resolve(match)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${what} exited with ${code} before starting:\n${output}`))
    })
  })
}

/** Every process we start, with what to clean up after it, so a failure anywhere still stops them all. */
const started = new Map<ChildProcess, (() => Promise<void>) | undefined>()

function stopper(child: ChildProcess, after?: () => Promise<void>) {
  started.set(child, after)
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    }
    started.delete(child)
    await after?.()
  }
}

/** Stops whatever is still running, children of tsx included (SIGTERM, then SIGKILL after 3 s). */
export async function stopAll(): Promise<void> {
  const children = [...started]
  started.clear()
  const pids = children.flatMap(([child]) => (child.pid && child.exitCode === null ? processTree(child.pid) : []))
  const signal = (sig: NodeJS.Signals) =>
    pids.forEach((pid) => {
      try {
        process.kill(pid, sig)
      } catch {
        /* already gone */
      }
    })
  signal('SIGTERM')
  for (let i = 0; i < 30 && pids.some((pid) => existsSync(`/proc/${pid}`)); i += 1)
    await new Promise((resolve) => setTimeout(resolve, 100))
  signal('SIGKILL')
  for (const [, after] of children) await after?.().catch(() => undefined)
}

/** Server errors printed on stderr while under load (LOG_LEVEL=warn), to report them. */
export const serverWarnings: string[] = []

/**
 * The Node flags `pnpm start` gives the API (apps/api/package.json `start`: `node <flags> dist/server.mjs`),
 * so the bench runs exactly what production runs.
 */
function startFlags(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, 'apps/api/package.json'), 'utf8')) as {
    scripts: { start: string }
  }
  const words = manifest.scripts.start.split(/\s+/)
  return words.slice(1, words.indexOf('dist/server.mjs'))
}

/** Builds the API as production does (`pnpm build` for apps/api: esbuild into apps/api/dist). */
export function buildApi(): void {
  execFileSync(process.execPath, ['apps/api/scripts/build.mjs'], { cwd: repoRoot, stdio: 'ignore' })
}

/** Starts the API on `databaseUrl`; `env` overrides its settings (e.g. the log sequencer off). */
export async function startApi(databaseUrl: string, env: Record<string, string> = {}) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pintu-bench-'))
  // The same Node as the bench (the project's Node 24), running the compiled bundle: no tsx.
  const child = spawn(process.execPath, [...startFlags(), 'apps/api/dist/server.mjs'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      PINTU_DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      JWT_SECRET: randomBytes(36).toString('base64url'),
      PINTU_TRACK_LIMIT_PER_MINUTE: '100000000',
      PINTU_DEMO_ACCOUNTS: 'on',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stop = stopper(child, () => rm(dataDir, { recursive: true, force: true }))
  try {
    const [, baseUrl] = await waitForLine(child, /Pintu is running on (http:\/\/[\d.:]+)/, 90_000, 'Pintu')
    child.stdout?.resume()
    child.stderr?.on('data', (chunk: Buffer) => {
      if (serverWarnings.length < 20) serverWarnings.push(chunk.toString().slice(0, 500))
    })
    const accounts = parseDemoAccounts(await readFile(path.join(dataDir, 'demo-accounts.txt'), 'utf8'))
    return { baseUrl: baseUrl!, pid: child.pid!, accounts, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

export async function startBareFastify(): Promise<Running> {
  const script = fileURLToPath(new URL('./hello-fastify.ts', import.meta.url))
  const child = spawn(tsx, [script], {
    cwd: repoRoot,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stop = stopper(child)
  try {
    const [, baseUrl] = await waitForLine(child, /listening on (http:\/\/[\d.:]+)/, 30_000, 'bare Fastify')
    child.stdout?.resume()
    child.stderr?.resume()
    return { baseUrl: baseUrl!, pid: child.pid!, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
