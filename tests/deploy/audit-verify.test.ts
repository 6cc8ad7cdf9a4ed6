import { generateKeyPair, loadSigner, signNote, SignatureType } from '@pintu/tlog/node'
import { spawnSync } from 'node:child_process'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPintu, type RunningPintu } from '../support/pintu.ts'

const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

/** `pnpm audit:verify` as an auditor runs it: on the stopped server's own data directory. */
function auditVerify(pintu: RunningPintu, args: string[]) {
  const result = spawnSync(
    path.join(repoRoot, 'node_modules/.bin/tsx'),
    ['apps/api/src/cli/audit-verify.ts', ...args],
    { cwd: repoRoot, env: { ...process.env, ...pintu.env, LOG_LEVEL: 'silent' }, encoding: 'utf8' },
  )
  return { status: result.status, output: `${result.stdout}${result.stderr}` }
}

describe('pnpm audit:verify', () => {
  let pintu: RunningPintu
  let witnessFile: string
  let origin: string

  beforeAll(async () => {
    pintu = await startPintu()
    // An officer's login is a recorded change; wait until the sequencer has integrated it.
    const login = await fetch(`${pintu.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(pintu.accounts.admin),
    })
    expect(login.status).toBe(200)
    let state = { treeSize: 0, pending: 1, origin: '' }
    for (let i = 0; i < 60 && (state.treeSize === 0 || state.pending > 0); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      state = await (await fetch(`${pintu.baseUrl}/api/v1/transparency`)).json()
    }
    expect(state.treeSize).toBeGreaterThan(0)
    origin = state.origin
    witnessFile = path.join(pintu.dataDir, 'witness-checkpoints.txt')
    await writeFile(witnessFile, await (await fetch(`${pintu.baseUrl}/api/v1/transparency/log/checkpoint`)).text())
    await pintu.stop({ keepData: true })
  }, 180_000)
  afterAll(() => rm(pintu.dataDir, { recursive: true, force: true }))

  it('verifies a clean log with a witness’s checkpoint, and says so', () => {
    const run = auditVerify(pintu, ['--witness', witnessFile])
    expect(run.output).toMatch(/Checked \d+ entries, \d+ signed checkpoints and 1 witness checkpoints/)
    expect(run.output).toContain('The log verifies clean.')
    expect(run.status).toBe(0)
  })

  it('names a checkpoint that the log key did not sign, and fails', async () => {
    const forger = await loadSigner((await generateKeyPair(origin, SignatureType.ed25519)).signerKey)
    const forged = path.join(pintu.dataDir, 'forged.txt')
    await writeFile(forged, await signNote(`${origin}\n1\n${Buffer.alloc(32).toString('base64')}\n`, [forger]))
    const run = auditVerify(pintu, ['--witness', forged])
    expect(run.output).toContain('BROKEN checkpoint_bad_signature')
    expect(run.status).toBe(1)
  })

  it('refuses to run without a database, instead of making an empty one', () => {
    const run = auditVerify({ ...pintu, env: { ...pintu.env, PINTU_DATA_DIR: '/nonexistent/pintu' } }, [])
    expect(run.status).toBe(2)
    expect(run.output).toContain('No database')
  })
})
