// The real witness program (apps/witness), started as its operator would, for the API's tests of
// cosigning. Spawned by path: the API never imports another app.
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const witnessDir = fileURLToPath(new URL('../../../witness/', import.meta.url))

export async function startWitness(name: string, log: { origin: string; vkey: string }) {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'pintu-witness-'))
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'src/cli.ts',
      '--name',
      name,
      '--port',
      '0',
      '--state-dir',
      stateDir,
      '--log',
      `${log.origin}=${log.vkey}`,
    ],
    { cwd: witnessDir, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const started = await new Promise<{ listening: string; vkey: string }>((resolve, reject) => {
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const lines = stdout.split('\n', 2)
      if (lines.length === 2) resolve(JSON.parse(lines[0]!))
    })
    child.once('exit', (code) => reject(new Error(`witness exited with ${code}: ${stderr}`)))
  })
  return {
    url: started.listening,
    vkey: started.vkey,
    /** The checkpoints it cosigned, as an auditor would collect them (its cosigned.jsonl). */
    cosigned: () => readFile(path.join(stateDir, 'cosigned.jsonl'), 'utf8').catch(() => ''),
    async stop() {
      if (child.exitCode === null) {
        const exited = once(child, 'exit')
        child.kill('SIGTERM')
        await exited
      }
      await rm(stateDir, { recursive: true, force: true })
    },
  }
}
