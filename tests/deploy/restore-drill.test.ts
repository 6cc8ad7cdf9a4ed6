// `pnpm drill:restore` (docs/operations.md): backup → restore into a fresh database → the audit
// verifier passes → counts match → documents' SHA-256 match; on PostgreSQL and on the embedded database.
import { spawnSync } from 'node:child_process'
import { readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createInstallation } from '../faults/support/api-process.ts'
import { startOwnPostgres, type OwnPostgres } from '../faults/support/own-postgres.ts'
import { logIn, submitApplication } from '../support/applicant-api.ts'
import { startPintu } from '../support/pintu.ts'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

function drill(env: Record<string, string>) {
  const result = spawnSync(path.join(repoRoot, 'node_modules/.bin/tsx'), ['apps/api/src/cli/restore-drill.ts'], {
    cwd: repoRoot,
    env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
    encoding: 'utf8',
  })
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

/** The first document file under the data directory's document storage. */
async function someDocument(dataDir: string): Promise<string> {
  const files = await readdir(path.join(dataDir, 'documents'), { recursive: true, withFileTypes: true })
  const file = files.find((f) => f.isFile() && !f.parentPath.includes('.incoming'))!
  return path.join(file.parentPath, file.name)
}

describe('the restore drill on PostgreSQL', () => {
  let postgres: OwnPostgres
  let installation: Awaited<ReturnType<typeof createInstallation>>
  let env: Record<string, string>
  beforeAll(async () => {
    postgres = await startOwnPostgres()
    installation = await createInstallation(postgres.url)
    const api = await installation.start()
    const token = await logIn(api.baseUrl, (await installation.accounts()).applicant)
    await submitApplication(api.baseUrl, token, 'SKP')
    await submitApplication(api.baseUrl, token, 'SKP')
    // The sequencer integrates changes about once a second: stop only once the log holds them, so the
    // copy has entries for the verifier to check (the checkpoint's second line is the tree size).
    for (let i = 0; i < 100; i++) {
      const checkpoint = await (await fetch(`${api.baseUrl}/api/v1/transparency/log/checkpoint`)).text()
      if (Number(checkpoint.split('\n')[1]) > 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    api.child.kill('SIGTERM')
    await api.exited
    // PORT as the server ran: the log's origin (and so its key's name) derives from it.
    env = { DATABASE_URL: postgres.url, PINTU_DATA_DIR: installation.dataDir, PORT: '0' }
  }, 180_000)
  afterAll(async () => {
    await installation?.remove()
    await postgres?.remove()
  })

  it('restores the dump and the documents into fresh copies that check out', () => {
    const run = drill(env)
    expect(run.output).toMatch(/Counted rows of \d+ tables: all match/)
    expect(run.output).toMatch(/Checked ([1-9]\d*) documents: \1 match their recorded SHA-256/)
    expect(run.output).toMatch(/Audit verifier on the copy: [1-9]\d* log entries, 0 problem\(s\)/)
    expect(run.output).toContain('The restore drill passed.')
    expect(run.status).toBe(0)
  })

  it('fails, naming the document, when a document file no longer matches its recorded SHA-256', async () => {
    const file = await someDocument(installation.dataDir)
    await writeFile(file, 'not the uploaded bytes')
    const run = drill(env)
    expect(run.output).toMatch(/DIFFERS document \S+: SHA-256 differs/)
    expect(run.output).toContain('The restore drill FAILED')
    expect(run.status).toBe(1)
  })
})

describe('the restore drill on the embedded database', () => {
  let dataDir: string
  afterAll(() => rm(dataDir, { recursive: true, force: true }))

  it('copies the stopped data directory and the copy checks out', async () => {
    const pintu = await startPintu()
    dataDir = pintu.dataDir
    await submitApplication(pintu.baseUrl, await logIn(pintu.baseUrl, pintu.accounts.applicant), 'SKP')
    await pintu.stop({ keepData: true })
    const run = drill(pintu.env)
    expect(run.output).toMatch(/Checked ([1-9]\d*) documents: \1 match their recorded SHA-256/)
    expect(run.output).toContain('The restore drill passed.')
    expect(run.status).toBe(0)
  }, 180_000)
})
