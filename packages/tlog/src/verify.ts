// RFC 9162 §2.1.3.2 (inclusion) and §2.1.4.2 (consistency) proof verification, followed step by
// step. Bit operations on sizes are written as arithmetic (x % 2, Math.floor(x / 2)) because the
// JavaScript bitwise operators truncate to 32 bits and logs may outgrow that.
import { bytesEqual } from './bytes.ts'
import { HASH_SIZE, type MerkleHasher } from './hasher.ts'
import { isPowerOfTwo, isTreeSize } from './tree-math.ts'

/** A proof for a tree of at most 2^53 leaves has at most 53 hashes; anything longer is refused unread. */
export const MAX_PROOF_LENGTH = 64

export interface InclusionProofInput {
  readonly index: number
  readonly size: number
  readonly leafHash: Uint8Array
  readonly proof: readonly Uint8Array[]
}

export interface ConsistencyProofInput {
  readonly oldSize: number
  readonly newSize: number
  readonly oldRoot: Uint8Array
  readonly newRoot: Uint8Array
  readonly proof: readonly Uint8Array[]
}

const isHash = (value: Uint8Array): boolean => value.length === HASH_SIZE
const isOdd = (value: number): boolean => value % 2 === 1
const half = (value: number): number => Math.floor(value / 2)

/** The root an inclusion proof leads to, or undefined when the proof is malformed for these sizes. */
export function rootFromInclusionProof(hasher: MerkleHasher, input: InclusionProofInput): Uint8Array | undefined {
  const { index, size, leafHash, proof } = input
  // Step 1: the leaf must be inside the tree.
  if (!isTreeSize(index) || !isTreeSize(size) || index >= size) return undefined
  if (!isHash(leafHash) || proof.length > MAX_PROOF_LENGTH || !proof.every(isHash)) return undefined
  // Steps 2-3.
  let fn = index
  let sn = size - 1
  let r = leafHash
  // Step 4.
  for (const p of proof) {
    if (sn === 0) return undefined
    if (isOdd(fn) || fn === sn) {
      r = hasher.nodeHash(p, r)
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn)
        sn = half(sn)
      }
    } else {
      r = hasher.nodeHash(r, p)
    }
    fn = half(fn)
    sn = half(sn)
  }
  // Step 5: sn must reach 0 exactly, so a proof with hashes missing or extra is refused.
  return sn === 0 ? r : undefined
}

export function verifyInclusion(
  hasher: MerkleHasher,
  input: InclusionProofInput & { readonly root: Uint8Array },
): boolean {
  const computed = rootFromInclusionProof(hasher, input)
  return computed !== undefined && isHash(input.root) && bytesEqual(computed, input.root)
}

/**
 * True when the proof shows the tree of newSize extends the tree of oldSize. An old size of 0 is
 * refused: the empty tree is a prefix of every tree, so such a "proof" proves nothing, and callers
 * that accept growth from nothing (tlog-witness, first checkpoint) decide that case themselves.
 */
export function verifyConsistency(hasher: MerkleHasher, input: ConsistencyProofInput): boolean {
  const { oldSize, newSize, oldRoot, newRoot, proof } = input
  if (!isTreeSize(oldSize) || !isTreeSize(newSize) || oldSize < 1 || oldSize > newSize) return false
  if (!isHash(oldRoot) || !isHash(newRoot) || proof.length > MAX_PROOF_LENGTH || !proof.every(isHash)) return false
  if (oldSize === newSize) return proof.length === 0 && bytesEqual(oldRoot, newRoot)
  // Step 1.
  if (proof.length === 0) return false
  // Step 2: when the old tree is a perfect subtree its root is not sent; the verifier supplies it.
  const path = isPowerOfTwo(oldSize) ? [oldRoot, ...proof] : [...proof]
  // Steps 3-4.
  let fn = oldSize - 1
  let sn = newSize - 1
  while (isOdd(fn)) {
    fn = half(fn)
    sn = half(sn)
  }
  // Step 5.
  let fr = path[0]!
  let sr = path[0]!
  // Step 6.
  for (const c of path.slice(1)) {
    if (sn === 0) return false
    if (isOdd(fn) || fn === sn) {
      fr = hasher.nodeHash(c, fr)
      sr = hasher.nodeHash(c, sr)
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn)
        sn = half(sn)
      }
    } else {
      sr = hasher.nodeHash(sr, c)
    }
    fn = half(fn)
    sn = half(sn)
  }
  // Step 7.
  return bytesEqual(fr, oldRoot) && bytesEqual(sr, newRoot) && sn === 0
}
