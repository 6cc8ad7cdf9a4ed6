// A log for tests: an in-memory tree whose checkpoints are signed by a log key.
import {
  createMemoryTree,
  formatCheckpoint,
  generateKeyPair,
  hasher,
  loadSigner,
  signNote,
  SignatureType,
  toBase64,
  utf8,
  type Checkpoint,
  type MemoryTree,
} from '@pintu/tlog/node'

export interface TestLog {
  readonly origin: string
  readonly signerKey: string
  readonly vkey: string
  readonly tree: MemoryTree
  /** The signed checkpoint of the first `size` leaves. */
  checkpoint(size: number): Promise<string>
  /** Signs any checkpoint with the log key, true or not. */
  sign(checkpoint: Checkpoint): Promise<string>
  /** The add-checkpoint body growing a witness from oldSize to the checkpoint of newSize. */
  request(oldSize: number, newSize: number): Promise<string>
}

export interface TestLogOptions {
  /** What the leaves say, so two logs with other labels have other histories. */
  readonly label?: string
  /** Sign with this key instead of a fresh one: a log rewriting its own history. */
  readonly keys?: { readonly signerKey: string; readonly verifierKey: string }
}

export async function createTestLog(origin: string, leafCount: number, options: TestLogOptions = {}): Promise<TestLog> {
  const keys = options.keys ?? (await generateKeyPair(origin, SignatureType.ed25519))
  const signer = await loadSigner(keys.signerKey)
  const label = options.label ?? 'entry'
  const tree = createMemoryTree(
    hasher,
    Array.from({ length: leafCount }, (_, i) => hasher.leafHash(utf8(`${label} ${i}`))),
  )
  const sign = (checkpoint: Checkpoint): Promise<string> => signNote(formatCheckpoint(checkpoint), [signer])
  const checkpoint = (size: number): Promise<string> =>
    sign({ origin, size, rootHash: tree.rootHash(size), extensions: [] })
  return {
    origin,
    signerKey: keys.signerKey,
    vkey: keys.verifierKey,
    tree,
    checkpoint,
    sign,
    async request(oldSize, newSize) {
      const proof = oldSize === 0 ? [] : tree.consistencyProof(oldSize, newSize)
      return addCheckpointBody(oldSize, proof, await checkpoint(newSize))
    },
  }
}

export function addCheckpointBody(oldSize: number, proof: readonly Uint8Array[], note: string): string {
  return `old ${oldSize}\n${proof.map((hash) => `${toBase64(hash)}\n`).join('')}\n${note}`
}
