import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatCheckpoint, generateKeyPair, hasher, loadSigner, signNote, SignatureType, utf8 } from '@pintu/tlog/node'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError } from './config.ts'
import { openStateStore } from './state-store.ts'

async function cosignedCheckpoint(origin: string, size: number, rootHash: Uint8Array): Promise<string> {
  const { signerKey } = await generateKeyPair(origin, SignatureType.ed25519)
  return signNote(formatCheckpoint({ origin, size, rootHash, extensions: [] }), [await loadSigner(signerKey)])
}

describe('the witness state file', () => {
  let dir: string
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'pintu-witness-state-'))))
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it('starts empty, keeps each update across reopening, and leaves no temporary file', async () => {
    const store = await openStateStore(dir)
    expect(store.get('log.pintu.example')).toBeUndefined()
    const rootHash = hasher.leafHash(utf8('one'))
    const checkpoint = await cosignedCheckpoint('log.pintu.example', 1, rootHash)
    await store.update('log.pintu.example', { size: 1, rootHash, checkpoint })
    const reopened = await openStateStore(dir)
    expect(reopened.get('log.pintu.example')).toEqual({ size: 1, rootHash, checkpoint })
    expect((await readdir(dir)).sort()).toEqual(['state.json'])
  })

  it('changes nothing, on disk or in memory, when the write fails', async () => {
    const store = await openStateStore(dir)
    await rm(dir, { recursive: true })
    const checkpoint = await cosignedCheckpoint('log.pintu.example', 0, hasher.emptyRoot)
    const update = store.update('log.pintu.example', { size: 0, rootHash: hasher.emptyRoot, checkpoint })
    await expect(update).rejects.toThrow()
    expect(store.get('log.pintu.example')).toBeUndefined()
  })

  it('refuses to start from a state file that is corrupt or contradicts itself', async () => {
    const checkpoint = await cosignedCheckpoint('log.pintu.example', 0, hasher.emptyRoot)
    const emptyRoot = '47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='
    const states = [
      { version: 2, logs: {} },
      { version: 1, logs: { 'log.pintu.example': { size: -1, rootHash: emptyRoot, checkpoint } } },
      { version: 1, logs: { 'log.pintu.example': { size: 0, rootHash: 'AAAA', checkpoint } } },
      { version: 1, logs: { 'log.pintu.example': { size: 1, rootHash: emptyRoot, checkpoint } } },
      { version: 1, logs: { 'other.example': { size: 0, rootHash: emptyRoot, checkpoint } } },
    ]
    for (const state of states) {
      await writeFile(join(dir, 'state.json'), JSON.stringify(state))
      await expect(openStateStore(dir), JSON.stringify(state)).rejects.toBeInstanceOf(ConfigError)
    }
    await writeFile(join(dir, 'state.json'), '{"version":1,"logs":')
    await expect(openStateStore(dir)).rejects.toBeInstanceOf(ConfigError)
    expect(await readFile(join(dir, 'state.json'), 'utf8')).toBe('{"version":1,"logs":')
  })
})
