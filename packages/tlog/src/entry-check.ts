// What a client checks when a log hands it some entries with their proofs (the entries of one
// application, one permit): the checkpoint carries the log's valid signature, perhaps witnesses'
// cosignatures too, and every entry sits at its position in the tree that checkpoint commits to.
// Run in the citizen's browser and in the officer SPA, so neither has to take the server's word.
import { fromBase64, toBase64, utf8 } from './bytes.ts'
import { parseCheckpoint } from './checkpoint.ts'
import type { MerkleHasher } from './hasher.ts'
import { openNote, type NoteVerifier } from './note.ts'
import { verifyInclusion } from './verify.ts'

export interface ProvenEntryInput {
  readonly index: number
  /** Base64 leaf hash as served; recomputed from the entry, never trusted. */
  readonly leafHash: string
  readonly entry: string
  readonly proof: readonly string[]
}

export interface EntryProofsInput {
  /** The checkpoint the proofs are against: a signed note, cosignatures included. */
  readonly checkpoint: string
  readonly treeSize: number
  readonly entries: readonly ProvenEntryInput[]
}

export type EntryProofsProblem = 'bad_signature' | 'wrong_origin' | 'size_mismatch' | 'entry_not_included'

export interface EntryProofsCheck {
  /** True when everything below holds. */
  readonly ok: boolean
  /** The first thing that failed, when something did. */
  readonly problem: EntryProofsProblem | null
  /** The checkpoint's origin and size, once its signature verified. */
  readonly origin: string | null
  readonly treeSize: number | null
  /** Names of the witnesses whose cosignature verified. */
  readonly cosignedBy: readonly string[]
  /** Each entry's position and whether its proof leads to the checkpoint's root. */
  readonly entries: readonly { readonly index: number; readonly included: boolean }[]
}

const failed = (problem: EntryProofsProblem, partial: Partial<EntryProofsCheck> = {}): EntryProofsCheck => ({
  ok: false,
  problem,
  origin: null,
  treeSize: null,
  cosignedBy: [],
  entries: [],
  ...partial,
})

export async function checkEntryProofs(
  hasher: MerkleHasher,
  keys: { readonly log: NoteVerifier; readonly witnesses?: readonly NoteVerifier[]; readonly origin?: string },
  proofs: EntryProofsInput,
): Promise<EntryProofsCheck> {
  const witnesses = keys.witnesses ?? []
  let opened
  try {
    opened = await openNote(proofs.checkpoint, [keys.log, ...witnesses])
  } catch {
    return failed('bad_signature')
  }
  const isLog = (s: { name: string; keyId: number }) => s.name === keys.log.name && s.keyId === keys.log.keyId
  if (!opened.verified.some(isLog)) return failed('bad_signature')
  let checkpoint
  try {
    checkpoint = parseCheckpoint(opened.text)
  } catch {
    return failed('bad_signature')
  }
  const seen = {
    origin: checkpoint.origin,
    treeSize: checkpoint.size,
    cosignedBy: opened.verified.filter((s) => !isLog(s)).map((s) => s.name),
  }
  if (keys.origin !== undefined && checkpoint.origin !== keys.origin) return failed('wrong_origin', seen)
  if (checkpoint.size !== proofs.treeSize) return failed('size_mismatch', seen)

  const entries = proofs.entries.map(({ index, leafHash, entry, proof }) => {
    const computed = hasher.leafHash(utf8(entry))
    const path = proof.map(fromBase64)
    const included =
      toBase64(computed) === leafHash &&
      path.every((node) => node !== undefined) &&
      verifyInclusion(hasher, {
        index,
        size: checkpoint.size,
        leafHash: computed,
        proof: path as Uint8Array[],
        root: checkpoint.rootHash,
      })
    return { index, included }
  })
  const allIncluded = entries.every((e) => e.included)
  return { ok: allIncluded, problem: allIncluded ? null : 'entry_not_included', ...seen, entries }
}
