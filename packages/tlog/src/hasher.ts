// RFC 9162 §2.1.1 (same as RFC 6962 §2.1): the Merkle Tree Hash's domain-separated SHA-256.

/**
 * A synchronous SHA-256. The core never picks one itself: the server injects node:crypto and the
 * browser a pure-JS one, so hashing stays synchronous (and fast) and the browser bundle never
 * pulls node:crypto.
 */
export type Sha256 = (data: Uint8Array) => Uint8Array

export const HASH_SIZE = 32

export interface MerkleHasher {
  readonly sha256: Sha256
  /** MTH({}) = SHA-256() — the root of the empty tree. */
  readonly emptyRoot: Uint8Array
  /** MTH({d}) = SHA-256(0x00 || d). */
  leafHash(entry: Uint8Array): Uint8Array
  /** SHA-256(0x01 || left || right). */
  nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array
}

const LEAF_PREFIX = 0x00
const NODE_PREFIX = 0x01

export function createMerkleHasher(sha256: Sha256): MerkleHasher {
  return {
    sha256,
    emptyRoot: sha256(new Uint8Array(0)),
    leafHash(entry) {
      const input = new Uint8Array(1 + entry.length)
      input[0] = LEAF_PREFIX
      input.set(entry, 1)
      return sha256(input)
    },
    nodeHash(left, right) {
      // A short or long child would be silently padded or rejected by set(): refuse it instead.
      if (left.length !== HASH_SIZE || right.length !== HASH_SIZE) throw new RangeError('node children must be hashes')
      const input = new Uint8Array(1 + 2 * HASH_SIZE)
      input[0] = NODE_PREFIX
      input.set(left, 1)
      input.set(right, 1 + HASH_SIZE)
      return sha256(input)
    },
  }
}
