import { describe, expect, it } from 'vitest'
import * as browser from './browser.ts'
import { toBase64, utf8 } from './bytes.ts'
import { formatCheckpoint } from './checkpoint.ts'
import { checkEntryProofs, type EntryProofsInput } from './entry-check.ts'
import { SignatureType } from './keys.ts'
import { createMemoryTree } from './memory-tree.ts'
import * as node from './node.ts'
import { signNote } from './note.ts'

const ORIGIN = 'pintu.example/api/v1/transparency/log'
const entries = Array.from({ length: 300 }, (_, i) => `{"audit":${i},"action":"application.submit"}`)

async function signedLog(platform: typeof node | typeof browser) {
  const log = await platform.generateKeyPair(ORIGIN, SignatureType.ed25519)
  const witness = await platform.generateKeyPair('witness.example', SignatureType.cosignatureV1)
  const stranger = await platform.generateKeyPair(ORIGIN, SignatureType.ed25519)
  const tree = createMemoryTree(
    platform.hasher,
    entries.map((e) => platform.hasher.leafHash(utf8(e))),
  )
  const text = formatCheckpoint({ origin: ORIGIN, size: entries.length, rootHash: tree.rootHash(), extensions: [] })
  const note = await signNote(text, [
    await platform.loadSigner(log.signerKey),
    await platform.loadSigner(witness.signerKey, { now: () => 1_767_139_200 }),
  ])
  const proofsFor = (indexes: number[]): EntryProofsInput => ({
    checkpoint: note,
    treeSize: entries.length,
    entries: indexes.map((index) => ({
      index,
      leafHash: toBase64(platform.hasher.leafHash(utf8(entries[index]!))),
      entry: entries[index]!,
      proof: tree.inclusionProof(index).map(toBase64),
    })),
  })
  return {
    proofsFor,
    keys: {
      log: await platform.loadVerifier(log.verifierKey),
      witnesses: [await platform.loadVerifier(witness.verifierKey)],
      origin: ORIGIN,
    },
    stranger: await platform.loadVerifier(stranger.verifierKey),
  }
}

describe.each([
  ['node:crypto', node],
  ['WebCrypto', browser],
] as const)('checking served entries and proofs (%s)', (_name, platform) => {
  it('accepts entries included in a checkpoint signed by the log and names the witnesses that cosigned', async () => {
    const { proofsFor, keys } = await signedLog(platform)
    const check = await checkEntryProofs(platform.hasher, keys, proofsFor([0, 1, 255, 256, 299]))
    expect(check).toMatchObject({ ok: true, problem: null, origin: ORIGIN, treeSize: 300 })
    expect(check.cosignedBy).toEqual(['witness.example'])
    expect(check.entries.map((e) => e.included)).toEqual([true, true, true, true, true])
  })

  it('refuses a checkpoint not signed by the log key, even one that looks the same', async () => {
    const { proofsFor, keys, stranger } = await signedLog(platform)
    const check = await checkEntryProofs(platform.hasher, { ...keys, log: stranger }, proofsFor([3]))
    expect(check).toMatchObject({ ok: false, problem: 'bad_signature' })
    const tampered = proofsFor([3])
    const forged = { ...tampered, checkpoint: tampered.checkpoint.replace('\n300\n', '\n301\n') }
    expect((await checkEntryProofs(platform.hasher, keys, forged)).problem).toBe('bad_signature')
  })

  it('names an entry whose text was changed, or whose proof or position is wrong', async () => {
    const { proofsFor, keys } = await signedLog(platform)
    const good = proofsFor([7, 8])
    const changed = { ...good, entries: [{ ...good.entries[0]!, entry: good.entries[0]!.entry.replace('7', '9') }] }
    const moved = { ...good, entries: [{ ...good.entries[0]!, index: 8 }] }
    const shortened = { ...good, entries: [{ ...good.entries[0]!, proof: good.entries[0]!.proof.slice(1) }] }
    const garbage = { ...good, entries: [{ ...good.entries[0]!, proof: ['not base64!'] }] }
    for (const bad of [changed, moved, shortened, garbage]) {
      const check = await checkEntryProofs(platform.hasher, keys, bad)
      expect(check).toMatchObject({ ok: false, problem: 'entry_not_included', entries: [{ included: false }] })
    }
  })

  it('refuses proofs said to be for another tree size than the checkpoint, or another log', async () => {
    const { proofsFor, keys } = await signedLog(platform)
    expect((await checkEntryProofs(platform.hasher, keys, { ...proofsFor([1]), treeSize: 299 })).problem).toBe(
      'size_mismatch',
    )
    const elsewhere = { ...keys, origin: 'other.example/log' }
    expect((await checkEntryProofs(platform.hasher, elsewhere, proofsFor([1]))).problem).toBe('wrong_origin')
  })

  it('accepts an empty list of entries against a good checkpoint (nothing of the file logged yet)', async () => {
    const { proofsFor, keys } = await signedLog(platform)
    expect(await checkEntryProofs(platform.hasher, keys, proofsFor([]))).toMatchObject({ ok: true, entries: [] })
  })
})
