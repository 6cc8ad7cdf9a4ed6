// Starts the real witness program (tsx src/cli.ts) as a child process, as an operator would.
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { fileURLToPath } from 'node:url'

const appDir = fileURLToPath(new URL('../..', import.meta.url))
// One process per witness (node with tsx's loader), so signals reach the witness itself.
const spawnWitness = (args: readonly string[]) =>
  spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: appDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  })

export interface WitnessProcess {
  readonly url: string
  readonly vkey: string
  readonly child: ChildProcess
  stop(): Promise<void>
}

/** Runs the CLI to completion, for starts that are expected to fail. */
export async function runWitnessExpectingExit(
  args: readonly string[],
): Promise<{ code: number | null; stderr: string }> {
  const child = spawnWitness(args)
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const [code] = (await once(child, 'exit')) as [number | null]
  return { code, stderr }
}

export async function startWitness(args: readonly string[]): Promise<WitnessProcess> {
  const child = spawnWitness(['--port', '0', ...args])
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const started = await new Promise<{ listening: string; vkey: string }>((resolve, reject) => {
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const line = stdout.split('\n', 2)
      if (line.length === 2) resolve(JSON.parse(line[0]!))
    })
    child.once('exit', (code) => reject(new Error(`witness exited with ${code}: ${stderr}`)))
  })
  return {
    url: started.listening,
    vkey: started.vkey,
    child,
    async stop() {
      if (child.exitCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      await exited
    },
  }
}
