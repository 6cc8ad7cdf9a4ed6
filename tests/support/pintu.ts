import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))
export type AccountKey =
  | 'admin'
  | 'admin2'
  | 'frontdesk'
  | 'technical'
  | 'approver'
  | 'signer'
  | 'treasurer'
  | 'supervisor'
  | 'auditor'
  | 'applicant'
export type Accounts = Record<AccountKey, { email: string; password: string }>

/** Everything a child process printed, kept for tests that check what reaches whatever collects stdout. */
function capture(child: ChildProcess) {
  const printed = { text: '' }
  const keep = (chunk: Buffer) => void (printed.text += chunk.toString())
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  return printed
}

function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(
      () => reject(new Error(`Pintu did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    )
    const onData = (chunk: Buffer) => {
      output += chunk.toString()
      const match = output.match(pattern)
      if (match) {
        clearTimeout(timer)
        resolve(match)
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Pintu exited with ${code} before starting:\n${output}`))
    })
  })
}

/** Parses the demo-accounts file the server writes on first start: the default office's accounts (listed first). */
export function parseDemoAccounts(text: string): Accounts {
  const accounts: Partial<Accounts> = {}
  for (const match of text.matchAll(/^\s+(\w+)\s+(\S+@\S+)\s+(\S+)$/gm)) {
    accounts[match[1] as AccountKey] ??= { email: match[2]!, password: match[3]! }
  }
  return accounts as Accounts
}

/**
 * Starts the real server exactly as `pnpm start` does — the compiled API on the project's own
 * Node (the build is done once by the test command) — on a random port with a fresh embedded
 * PGlite data directory.
 */
export async function startPintu(
  options: {
    env?: Record<string, string>
    /** Starts again on a stopped server's data directory and port (stopped with `keepData`): the same office. */
    again?: { dataDir: string; baseUrl: string }
  } = {},
) {
  const dataDir = options.again?.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'pintu-e2e-')))
  const port = options.again ? new URL(options.again.baseUrl).port : '0'
  const child = spawn(
    path.join(repoRoot, 'node_modules/.bin/node'),
    ['--max-semi-space-size=8', 'apps/api/dist/server.mjs'],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        DATABASE_URL: '',
        PORT: port,
        HOST: '127.0.0.1',
        PINTU_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        PINTU_REGISTER_LIMIT_PER_MINUTE: '1000',
        // The first start named its transparency log after port 0 (its public URL then); keep that name.
        ...(options.again && { PINTU_LOG_ORIGIN: 'localhost:0/api/v1/transparency/log' }),
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const printed = capture(child)
  const [, baseUrl] = await waitForLine(child, /Pintu is running on (http:\/\/[\d.:]+)/, 90_000)
  const accounts = parseDemoAccounts(await readFile(path.join(dataDir, 'demo-accounts.txt'), 'utf8'))
  return {
    baseUrl: baseUrl!,
    accounts,
    dataDir,
    /** What the server printed so far (stdout and stderr). */
    output: () => printed.text,
    /** The environment the server ran with, for tools that open its data directory afterwards. */
    env: { DATABASE_URL: '', PORT: '0', PINTU_DATA_DIR: dataDir },
    /** Stops the server; its data directory is removed unless `keepData` (then the caller removes it). */
    async stop(options: { keepData?: boolean } = {}) {
      child.kill('SIGTERM')
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)))
      if (!options.keepData) await rm(dataDir, { recursive: true, force: true })
    },
  }
}
export type RunningPintu = Awaited<ReturnType<typeof startPintu>>
