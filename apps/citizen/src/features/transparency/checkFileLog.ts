// The citizen's own check of a file's history in the public log, done in their browser (WebCrypto
// Ed25519, SHA-256) rather than taken on the server's word: the checkpoint is signed by the log
// key and cosigned by witnesses, every entry is in the tree it commits to, and — because the
// browser remembers the last checkpoint it saw — the log has only grown since, never been rewritten.
import { canonicalJson, type ConsistencyProof, type EntryProofs, type LogState } from '@pintu/contract'

/** What the browser keeps of the last checkpoint it checked (localStorage), to hold the next one to it. */
export interface RememberedCheckpoint {
  origin: string
  vkey: string
  treeSize: number
  rootHash: string
}

export type FileLogProblem =
  | 'bad_signature'
  | 'wrong_origin'
  | 'size_mismatch'
  | 'entry_not_included'
  | 'key_changed'
  | 'not_consistent'
  | 'permit_differs'

export type FileLogVerdict =
  | {
      ok: true
      entries: number
      pending: number
      treeSize: number
      /** Witnesses whose cosignature verified, and how many the log requires. */
      cosignedBy: readonly string[]
      quorum: number
      /** Whether this browser had seen an earlier checkpoint and the log provably only grew since. */
      extendsRemembered: boolean
      keyId: string
    }
  | { ok: false; problem: FileLogProblem }

export interface FileLogSources {
  state: LogState
  proofs: EntryProofs
  remembered: RememberedCheckpoint | null
  /** A consistency proof between two sizes of this log (GET /transparency/proofs/consistency). */
  consistency(from: number, to: number): Promise<ConsistencyProof>
  /** A permit's printed data as shown: its issuance entry must commit to exactly this. */
  signedPermit?: object
}

/** Whether the `permit.issued` entry among these commits to the SHA-256 of the permit's canonical JSON. */
function issuanceMatches(proofs: EntryProofs, permitSha256: string): boolean {
  return proofs.entries.some((e) => {
    const entry = JSON.parse(e.entry) as { action?: unknown; details?: { sha256?: unknown } }
    return entry.action === 'permit.issued' && entry.details?.sha256 === permitSha256
  })
}

/** The key id part of a vkey (`name+keyid+key`), shown so a careful reader can compare it elsewhere. */
export const keyIdOf = (vkey: string) => vkey.split('+')[1] ?? ''

export async function checkFileLog(
  sources: FileLogSources,
): Promise<{ verdict: FileLogVerdict; remember: RememberedCheckpoint | null }> {
  // Loaded only when someone asks for the check: the tracking page itself stays small.
  const tlog = await import('@pintu/tlog/browser')
  const { state, proofs, remembered } = sources
  const fail = (problem: FileLogProblem) => ({ verdict: { ok: false, problem } as const, remember: null })
  if (remembered && remembered.origin === state.origin && remembered.vkey !== state.vkey) return fail('key_changed')

  const log = await tlog.loadVerifier(state.vkey).catch(() => null)
  if (!log) return fail('bad_signature')
  const witnesses = (await Promise.all(state.witnesses.map((w) => tlog.loadVerifier(w.vkey).catch(() => null)))).filter(
    (w) => w !== null,
  )
  const check = await tlog.checkEntryProofs(tlog.hasher, { log, witnesses, origin: state.origin }, proofs)
  if (!check.ok || check.treeSize === null) return fail(check.problem ?? 'bad_signature')

  if (sources.signedPermit) {
    const digest = tlog.toHex(tlog.sha256(tlog.utf8(canonicalJson(sources.signedPermit))))
    if (!issuanceMatches(proofs, digest)) return fail('permit_differs')
  }

  const rootHash = tlog.toBase64(tlog.parseCheckpoint(tlog.parseNote(proofs.checkpoint).text).rootHash)
  let extendsRemembered = false
  if (remembered && remembered.origin === state.origin && remembered.treeSize > 0) {
    if (remembered.treeSize > check.treeSize) return fail('not_consistent')
    const oldRoot = tlog.fromBase64(remembered.rootHash)
    const newRoot = tlog.fromBase64(rootHash)
    if (!oldRoot || !newRoot) return fail('not_consistent')
    if (remembered.treeSize === check.treeSize) {
      if (remembered.rootHash !== rootHash) return fail('not_consistent')
    } else {
      const { proof } = await sources.consistency(remembered.treeSize, check.treeSize)
      const path = proof.map(tlog.fromBase64)
      const consistent =
        path.every((node) => node !== undefined) &&
        tlog.verifyConsistency(tlog.hasher, {
          oldSize: remembered.treeSize,
          newSize: check.treeSize,
          oldRoot,
          newRoot,
          proof: path as Uint8Array[],
        })
      if (!consistent) return fail('not_consistent')
    }
    extendsRemembered = true
  }
  return {
    verdict: {
      ok: true,
      entries: check.entries.length,
      pending: proofs.pending,
      treeSize: check.treeSize,
      cosignedBy: check.cosignedBy,
      quorum: state.quorum,
      extendsRemembered,
      keyId: keyIdOf(state.vkey),
    },
    remember: { origin: state.origin, vkey: state.vkey, treeSize: check.treeSize, rootHash },
  }
}
