import { once } from 'node:events'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  cosignatureTimestamp,
  hasher,
  loadSigner,
  loadVerifier,
  openNote,
  sha256,
  signNote,
  toBase64,
  toHex,
  utf8,
} from '@pintu/tlog/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCheckpointBody, createTestLog, type TestLog } from './support/test-log.ts'
import { runWitnessExpectingExit, startWitness, type WitnessProcess } from './support/witness-process.ts'

interface Answer {
  status: number
  contentType: string | null
  body: string
}

async function post(witness: WitnessProcess, body: string | Uint8Array, path = '/add-checkpoint'): Promise<Answer> {
  const response = await fetch(`${witness.url}${path}`, { method: 'POST', body: Buffer.from(body) })
  return { status: response.status, contentType: response.headers.get('content-type'), body: await response.text() }
}

const logFlag = (log: TestLog): string => `${log.origin}=${log.vkey}`

async function verifiedCosignature(witness: WitnessProcess, note: string, line: string): Promise<number> {
  const opened = await openNote(note + line, [await loadVerifier(witness.vkey)])
  expect(opened.verified).toHaveLength(1)
  return cosignatureTimestamp(opened.verified[0]!.signature)!
}

describe('two witnesses following one log', () => {
  const dirs: string[] = []
  const witnesses: WitnessProcess[] = []
  let log: TestLog

  beforeAll(async () => {
    log = await createTestLog('log.pintu.example', 1_300)
    for (const name of ['witness-a.pintu.example', 'witness-b.pintu.example']) {
      const stateDir = await mkdtemp(join(tmpdir(), 'pintu-witness-'))
      dirs.push(stateDir)
      witnesses.push(await startWitness(['--name', name, '--state-dir', stateDir, '--log', logFlag(log)]))
    }
  })

  afterAll(async () => {
    await Promise.all(witnesses.map((witness) => witness.stop()))
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
  })

  it('cosign a growing sequence of checkpoints that come with valid consistency proofs', async () => {
    const sizes = [0, 1, 2, 7, 8, 255, 256, 257, 1_000, 1_000, 1_234]
    const before = Math.floor(Date.now() / 1000)
    for (const witness of witnesses) {
      let previous = 0
      for (const size of sizes) {
        const answer = await post(witness, await log.request(previous, size))
        expect(answer.status, `${previous} → ${size}: ${answer.body}`).toBe(200)
        expect(answer.body).toMatch(/^— witness-[ab]\.pintu\.example [A-Za-z0-9+/]+=*\n$/)
        const time = await verifiedCosignature(witness, await log.checkpoint(size), answer.body)
        expect(time).toBeGreaterThanOrEqual(before)
        expect(time).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000))
        previous = size
      }
    }
  })

  it('serve the latest cosigned checkpoint, with the log signature and the cosignature', async () => {
    for (const witness of witnesses) {
      const response = await fetch(`${witness.url}/${toHex(sha256(utf8(log.origin)))}/checkpoint`)
      expect(response.status).toBe(200)
      const keys = [await loadVerifier(log.vkey), await loadVerifier(witness.vkey)]
      const opened = await openNote(await response.text(), keys)
      expect(opened.text).toContain('\n1234\n')
      expect(opened.verified).toHaveLength(2)
      const unknown = await fetch(`${witness.url}/${toHex(sha256(utf8('other.example')))}/checkpoint`)
      expect(unknown.status).toBe(404)
    }
  })

  it('keep every checkpoint they cosigned in an append-only file and the latest in the state file', async () => {
    const lines = (await readFile(join(dirs[0]!, 'cosigned.jsonl'), 'utf8')).trim().split('\n')
    const records = lines.map((line) => JSON.parse(line))
    // The repeated checkpoint of 1,000 was cosigned twice and recorded once.
    expect(records.map((record) => record.size)).toEqual([0, 1, 2, 7, 8, 255, 256, 257, 1_000, 1_234])
    expect(records.every((record) => record.origin === log.origin)).toBe(true)
    expect(records.every((record) => record.checkpoint.includes('\n— witness-a.pintu.example '))).toBe(true)
    const state = JSON.parse(await readFile(join(dirs[0]!, 'state.json'), 'utf8'))
    expect(state.logs[log.origin].size).toBe(1_234)
    expect(state.logs[log.origin].rootHash).toBe(toBase64(log.tree.rootHash(1_234)))
  })

  it('refuse a checkpoint inconsistent with one they cosigned, and change nothing', async () => {
    const witness = witnesses[0]!
    const stateBefore = await readFile(join(dirs[0]!, 'state.json'))
    const recordsBefore = await readFile(join(dirs[0]!, 'cosigned.jsonl'))
    // The log's own key signs a rewritten history: consistent with itself, not with what was cosigned.
    const rewritten = await createTestLog(log.origin, 1_300, {
      label: 'rewritten entry',
      keys: { signerKey: log.signerKey, verifierKey: log.vkey },
    })
    const grown = await post(witness, await rewritten.request(1_234, 1_300))
    expect(grown.status, grown.body).toBe(422)
    const sameSize = await post(witness, await rewritten.request(1_234, 1_234))
    expect(sameSize.status, sameSize.body).toBe(422)
    // The true checkpoint with a proof between other sizes does not verify either.
    const wrongProof = addCheckpointBody(1_234, log.tree.consistencyProof(1_233, 1_300), await log.checkpoint(1_300))
    expect((await post(witness, wrongProof)).status).toBe(422)
    // The same history signed by another key that shares the log's name is not the log's.
    const impostor = await createTestLog(log.origin, 1_300)
    expect((await post(witness, await impostor.request(1_234, 1_300))).status).toBe(403)
    expect(await readFile(join(dirs[0]!, 'state.json'))).toEqual(stateBefore)
    expect(await readFile(join(dirs[0]!, 'cosigned.jsonl'))).toEqual(recordsBefore)
  })

  it('answer a wrong old size with 409 and the size they know', async () => {
    for (const [oldSize, newSize] of [
      [0, 1_300],
      [1_000, 1_300],
      [1_233, 1_300],
    ] as const) {
      const answer = await post(witnesses[1]!, await log.request(oldSize, newSize))
      expect(answer).toEqual({ status: 409, contentType: 'text/x.tlog.size', body: '1234\n' })
    }
  })

  it('refuse what the spec refuses, with its status codes', async () => {
    const witness = witnesses[1]!
    const current = await log.checkpoint(1_234)
    const unknownSignature = '— other.example AAAAAAAA\n'
    const cases: [string, string, number][] = [
      ['an old size above the checkpoint size', addCheckpointBody(1_300, [], current), 400],
      ['an unknown origin', addCheckpointBody(0, [], current.replace('log.pintu.example\n', 'other.example\n')), 404],
      ['a truncated log signature', addCheckpointBody(1_234, [], current.replace(/.{6}=?=?\n$/, 'AAAAAA\n')), 400],
      ['a signature that does not verify', addCheckpointBody(1_234, [], current.replace('\n1234\n', '\n1235\n')), 403],
      ['no log signature at all', addCheckpointBody(1_234, [], current.replace(/— .*\n$/, unknownSignature)), 403],
      ['a proof for the same size', addCheckpointBody(1_234, log.tree.consistencyProof(1_000, 1_234), current), 422],
    ]
    for (const [label, body, status] of cases) {
      const answer = await post(witness, body)
      expect(answer.status, `${label}: ${answer.body}`).toBe(status)
    }
  })

  it('refuse a non-empty proof from size 0 and a size-0 checkpoint with another root (422)', async () => {
    const fresh = await createTestLog('fresh.pintu.example', 10)
    const stateDir = await mkdtemp(join(tmpdir(), 'pintu-witness-'))
    dirs.push(stateDir)
    const witness = await startWitness(['--name', 'w.pintu.example', '--state-dir', stateDir, '--log', logFlag(fresh)])
    try {
      const fromZero = addCheckpointBody(0, fresh.tree.consistencyProof(1, 10), await fresh.checkpoint(10))
      expect((await post(witness, fromZero)).status).toBe(422)
      const rootHash = fresh.tree.rootHash(1)
      const notEmpty = await fresh.sign({ origin: fresh.origin, size: 0, rootHash, extensions: [] })
      expect((await post(witness, addCheckpointBody(0, [], notEmpty))).status).toBe(422)
      expect((await post(witness, await fresh.request(0, 0))).status).toBe(200)
      expect((await post(witness, await fresh.request(0, 10))).status).toBe(200)
    } finally {
      await witness.stop()
    }
  })

  it('refuse malformed, oversized and overlong requests with 4xx and keep running', async () => {
    const witness = witnesses[1]!
    const valid = await log.request(1_234, 1_234)
    const proofLine = `${toBase64(hasher.emptyRoot)}\n`
    const logSigner = await loadSigner(log.signerKey)
    const nonCanonical = await signNote(`${log.origin}\n01234\n${toBase64(log.tree.rootHash(1_234))}\n`, [logSigner])
    const bodies: [string, string | Uint8Array, number][] = [
      ['an empty body', '', 400],
      ['no empty line', valid.replace('\n\n', '\n'), 400],
      ['no old size line', valid.replace('old 1234\n', ''), 400],
      ['an old size with a leading zero', valid.replace('old 1234', 'old 01234'), 400],
      ['a negative old size', valid.replace('old 1234', 'old -1'), 400],
      ['an old size beyond 2^53', valid.replace('old 1234', 'old 9007199254740993'), 400],
      ['a proof line that is not a hash', valid.replace('old 1234\n', 'old 1234\nAAAA\n'), 400],
      ['64 proof lines', valid.replace('old 1234\n', `old 1234\n${proofLine.repeat(64)}`), 400],
      ['a checkpoint without signatures', `old 0\n\nlog.pintu.example\n0\n${toBase64(hasher.emptyRoot)}\n`, 400],
      ['invalid UTF-8', Uint8Array.of(...utf8('old 0\n\n'), 0xff, 0xfe), 400],
      ['a control character', valid.replace('log.pintu.example', 'log.pintu.example\u0007'), 400],
      ['a checkpoint with a leading zero, signed by the log', addCheckpointBody(1_234, [], nonCanonical), 400],
      ['a body over 128 KiB', 'x'.repeat(200 * 1024), 413],
    ]
    for (const [label, body, status] of bodies) {
      const answer = await post(witness, body)
      expect(answer.status, `${label}: ${answer.body}`).toBe(status)
    }
    expect((await fetch(`${witness.url}/add-checkpoint`)).status).toBe(405)
    expect((await fetch(`${witness.url}/../etc/passwd`)).status).toBe(404)
    expect((await post(witness, valid)).status).toBe(200)
    expect(witness.child.exitCode).toBeNull()
  })

  it('survive clients that hang up mid-body or do not speak HTTP', async () => {
    const witness = witnesses[1]!
    const { hostname, port } = new URL(witness.url)
    const hangUp = connect(Number(port), hostname)
    await once(hangUp, 'connect')
    hangUp.write('POST /add-checkpoint HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\nold 12')
    hangUp.destroy()
    const garbage = connect(Number(port), hostname)
    await once(garbage, 'connect')
    garbage.write('\u0000\u0001 NOT HTTP\r\n\r\n')
    const [reply] = (await once(garbage, 'data')) as [Buffer]
    expect(reply.toString()).toMatch(/^HTTP\/1\.1 400 /)
    garbage.destroy()
    expect((await post(witness, await log.request(1_234, 1_234))).status).toBe(200)
    expect(witness.child.exitCode).toBeNull()
  })

  it('cosign exactly one of many concurrent requests for the same old size', async () => {
    const witness = witnesses[1]!
    const bodies = await Promise.all([1_240, 1_250, 1_260, 1_270, 1_280, 1_290].map((size) => log.request(1_234, size)))
    const answers = await Promise.all(bodies.map((body) => post(witness, body)))
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(1)
    expect(answers.filter((answer) => answer.status === 409)).toHaveLength(5)
  })

  it('remember their state and key across a restart, and refuse a second process on the same state', async () => {
    const second = await runWitnessExpectingExit(['--state-dir', dirs[1]!, '--log', logFlag(log), '--port', '0'])
    expect(second.code).toBe(1)
    expect(second.stderr).toContain('in use by process')
    const before = witnesses[1]!
    const known = (await post(before, await log.request(0, 1_300))).body
    await before.stop()
    const after = await startWitness(['--state-dir', dirs[1]!, '--log', logFlag(log)])
    witnesses[1] = after
    expect(after.vkey).toBe(before.vkey)
    const conflict = await post(after, await log.request(0, 1_300))
    expect(conflict).toEqual({ status: 409, contentType: 'text/x.tlog.size', body: known })
    // The stopped witness of the size-0 test owns dirs[2]; its key has another name.
    const renamedArgs = ['--name', 'x.example', '--state-dir', dirs[2]!, '--log', logFlag(log)]
    const renamed = await runWitnessExpectingExit(renamedArgs)
    expect(renamed.code).toBe(1)
    expect(renamed.stderr).toContain('a witness keeps its name')
  })
})
