import { canonicalJson, type EntryProofs, type LogState } from '@pintu/contract'
import {
  createMemoryTree,
  formatCheckpoint,
  generateKeyPair,
  hasher,
  loadSigner,
  sha256,
  signNote,
  SignatureType,
  toBase64,
  toHex,
  utf8,
} from '@pintu/tlog/browser'
import { describe, expect, it } from 'vitest'
import { checkFileLog, type RememberedCheckpoint } from './checkFileLog.ts'
import { rememberedCheckpoint } from './rememberedCheckpoint.ts'

const ORIGIN = 'pintu.example/api/v1/transparency/log'
const permit = { number: '503/7/SKP/XII/2026', holderName: 'Dewi' }
const entryTexts = Array.from({ length: 40 }, (_, i) =>
  i === 5
    ? canonicalJson({ action: 'permit.issued', details: { sha256: toHex(sha256(utf8(canonicalJson(permit)))) } })
    : canonicalJson({ action: 'application.submit', audit: i }),
)

/** A log signed with a fresh key: its state, and the proofs of some entries at a given size. */
async function log() {
  const key = await generateKeyPair(ORIGIN, SignatureType.ed25519)
  const signer = await loadSigner(key.signerKey)
  const tree = createMemoryTree(
    hasher,
    entryTexts.map((e) => hasher.leafHash(utf8(e))),
  )
  const state: LogState = {
    origin: ORIGIN,
    vkey: key.verifierKey,
    treeSize: entryTexts.length,
    rootHash: toBase64(tree.rootHash()),
    checkpointAt: null,
    pending: 0,
    witnesses: [],
    quorum: 0,
    cosignatures: 0,
  }
  async function proofs(size: number, indexes: number[]): Promise<EntryProofs> {
    const text = formatCheckpoint({ origin: ORIGIN, size, rootHash: tree.rootHash(size), extensions: [] })
    return {
      checkpoint: await signNote(text, [signer]),
      treeSize: size,
      entries: indexes.map((index) => ({
        index,
        leafHash: toBase64(hasher.leafHash(utf8(entryTexts[index]!))),
        entry: entryTexts[index]!,
        proof: tree.inclusionProof(index, size).map(toBase64),
      })),
      pending: 0,
      next: null,
    }
  }
  const consistency = async (from: number, to: number) => ({
    from,
    to,
    proof: tree.consistencyProof(from, to).map(toBase64),
  })
  return { state, proofs, consistency, tree }
}

describe("the citizen's in-browser check of a file's log entries", () => {
  it('verifies on a first visit and remembers the checkpoint it saw', async () => {
    const { state, proofs, consistency } = await log()
    const result = await checkFileLog({ state, proofs: await proofs(20, [1, 2, 19]), remembered: null, consistency })
    expect(result.verdict).toMatchObject({ ok: true, entries: 3, treeSize: 20, extendsRemembered: false })
    expect(result.remember).toMatchObject({ origin: ORIGIN, vkey: state.vkey, treeSize: 20 })
  })

  it('proves on a later visit that the log only grew since the checkpoint it remembers', async () => {
    const { state, proofs, consistency } = await log()
    const first = await checkFileLog({ state, proofs: await proofs(13, [1]), remembered: null, consistency })
    const later = await checkFileLog({
      state,
      proofs: await proofs(40, [1, 39]),
      remembered: first.remember,
      consistency,
    })
    expect(later.verdict).toMatchObject({ ok: true, extendsRemembered: true, treeSize: 40 })
  })

  it('says the history was rewritten when the log no longer extends what this browser saw', async () => {
    const { state, proofs, consistency, tree } = await log()
    const seen = (await checkFileLog({ state, proofs: await proofs(13, [1]), remembered: null, consistency })).remember!
    const forgedRoot: RememberedCheckpoint = { ...seen, rootHash: toBase64(tree.rootHash(12)) }
    const rewritten = await checkFileLog({ state, proofs: await proofs(40, [1]), remembered: forgedRoot, consistency })
    expect(rewritten.verdict).toEqual({ ok: false, problem: 'not_consistent' })
    const sameSize = await checkFileLog({ state, proofs: await proofs(13, [1]), remembered: forgedRoot, consistency })
    expect(sameSize.verdict).toEqual({ ok: false, problem: 'not_consistent' })
    const shrunk = await checkFileLog({ state, proofs: await proofs(10, [1]), remembered: seen, consistency })
    expect(shrunk.verdict).toEqual({ ok: false, problem: 'not_consistent' })
    expect(shrunk.remember).toBeNull()
  })

  it('refuses a log whose key changed since the last visit, and entries that were altered', async () => {
    const { state, proofs, consistency } = await log()
    const seen = (await checkFileLog({ state, proofs: await proofs(13, [1]), remembered: null, consistency })).remember!
    const other = await log()
    const swapped = await checkFileLog({
      state: other.state,
      proofs: await other.proofs(20, [1]),
      remembered: seen,
      consistency,
    })
    expect(swapped.verdict).toEqual({ ok: false, problem: 'key_changed' })
    const good = await proofs(20, [3])
    const altered = { ...good, entries: [{ ...good.entries[0]!, entry: good.entries[0]!.entry.replace('3', '4') }] }
    expect((await checkFileLog({ state, proofs: altered, remembered: null, consistency })).verdict).toEqual({
      ok: false,
      problem: 'entry_not_included',
    })
  })

  it('ties the permit shown to its issuance entry: changed data is named, the signed data passes', async () => {
    const { state, proofs, consistency } = await log()
    const logged = await proofs(40, [5])
    const same = await checkFileLog({ state, proofs: logged, remembered: null, consistency, signedPermit: permit })
    expect(same.verdict.ok).toBe(true)
    const changed = { ...permit, holderName: 'Budi' }
    const differs = await checkFileLog({ state, proofs: logged, remembered: null, consistency, signedPermit: changed })
    expect(differs.verdict).toEqual({ ok: false, problem: 'permit_differs' })
  })
})

describe('the checkpoint this browser remembers', () => {
  const storage = () => {
    const items = new Map<string, string>()
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) }
  }
  const checkpoint = { origin: ORIGIN, vkey: 'k', treeSize: 9, rootHash: 'r' }

  it('keeps the largest size it saw of a log and reads nothing unreadable', () => {
    const s = storage()
    rememberedCheckpoint.write(checkpoint, s)
    rememberedCheckpoint.write({ ...checkpoint, treeSize: 4 }, s)
    expect(rememberedCheckpoint.read(s)).toEqual(checkpoint)
    s.setItem('pintu.transparency.checkpoint', '{"origin":1}')
    expect(rememberedCheckpoint.read(s)).toBeNull()
    s.setItem('pintu.transparency.checkpoint', 'not json')
    expect(rememberedCheckpoint.read(s)).toBeNull()
  })
})
