// C2SP tlog-checkpoint "Note text": origin, tree size, root hash, optional extension lines.
import { fromBase64, toBase64 } from './bytes.ts'
import { HASH_SIZE } from './hasher.ts'
import { isTreeSize } from './tree-math.ts'

export interface Checkpoint {
  /** The log's identity, e.g. example.com/log42 (first line). */
  readonly origin: string
  /** Number of leaves (second line). */
  readonly size: number
  /** RFC 6962 Merkle Tree Hash at that size (third line). */
  readonly rootHash: Uint8Array
  /** Opaque, non-empty extra lines; "NOT RECOMMENDED" but allowed and signed along. */
  readonly extensions: readonly string[]
}

export class CheckpointFormatError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CheckpointFormatError'
  }
}

// "ASCII decimal … with no leading zeroes (unless the tree is empty …)".
const TREE_SIZE_PATTERN = /^(0|[1-9][0-9]*)$/

/** The note text of a checkpoint, final newline included. */
export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions } = checkpoint
  if (origin.length === 0 || origin.includes('\n')) throw new CheckpointFormatError('the origin is one non-empty line')
  if (!isTreeSize(size)) throw new CheckpointFormatError(`invalid tree size ${size}`)
  if (rootHash.length !== HASH_SIZE) throw new CheckpointFormatError('the root hash is 32 bytes')
  if (extensions.some((line) => line.length === 0 || line.includes('\n'))) {
    throw new CheckpointFormatError('extension lines are non-empty single lines')
  }
  return [origin, String(size), toBase64(rootHash), ...extensions].map((line) => `${line}\n`).join('')
}

/**
 * Parses a checkpoint note text strictly: anything formatCheckpoint would not produce is refused,
 * so what a verifier reads is exactly what was signed. Sizes beyond 2^53 - 1 are refused as well:
 * they cannot be held exactly in a JavaScript number.
 */
export function parseCheckpoint(text: string): Checkpoint {
  if (!text.endsWith('\n')) throw new CheckpointFormatError('a checkpoint ends with a newline')
  const lines = text.slice(0, -1).split('\n')
  if (lines.length < 3) throw new CheckpointFormatError('a checkpoint has at least three lines')
  const [origin, sizeLine, rootLine, ...extensions] = lines as [string, string, string, ...string[]]
  if (origin.length === 0) throw new CheckpointFormatError('the origin must not be empty')
  const size = TREE_SIZE_PATTERN.test(sizeLine) ? Number(sizeLine) : Number.NaN
  if (!isTreeSize(size)) throw new CheckpointFormatError('the tree size is not a canonical decimal')
  const rootHash = fromBase64(rootLine)
  if (!rootHash || rootHash.length !== HASH_SIZE) {
    throw new CheckpointFormatError('the root hash is not 32 bytes of base64')
  }
  if (extensions.some((line) => line.length === 0)) throw new CheckpointFormatError('extension lines must not be empty')
  return { origin, size, rootHash, extensions }
}
