// A deliberately naive RFC 9162 §2.1 implementation, transcribed from the RFC's recursive
// definitions over ranges of D, for cross-checking the real code where no published vector covers
// a size. Only MTH is memoised (by range), so checking every size up to 1,000 stays affordable;
// the recursion itself is the RFC's, step for step. Never used outside tests.
import type { MerkleHasher } from '../hasher.ts'

/** "the largest power of two smaller than n (i.e., k < n <= 2k)" */
function splitPoint(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

export interface ReferenceTree {
  /** MTH(D[start:end]) */
  root(start: number, end: number): Uint8Array
  /** PATH(m, D[0:n]) of §2.1.3.1. */
  inclusionProof(m: number, n: number): Uint8Array[]
  /** PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) of §2.1.4.1. */
  consistencyProof(m: number, n: number): Uint8Array[]
}

/** Over leaf hashes: MTH of a single entry is its leaf hash, which the caller computed. */
export function createReferenceTree(hasher: MerkleHasher, leaves: readonly Uint8Array[]): ReferenceTree {
  const memo = new Map<string, Uint8Array>()

  function root(start: number, end: number): Uint8Array {
    const n = end - start
    if (n === 0) return hasher.emptyRoot
    if (n === 1) return leaves[start]!
    const key = `${start}:${end}`
    let hash = memo.get(key)
    if (!hash) {
      const k = splitPoint(n)
      hash = hasher.nodeHash(root(start, start + k), root(start + k, end))
      memo.set(key, hash)
    }
    return hash
  }

  function path(m: number, start: number, end: number): Uint8Array[] {
    const n = end - start
    if (n <= 1) return []
    const k = splitPoint(n)
    if (m < k) return [...path(m, start, start + k), root(start + k, end)]
    return [...path(m - k, start + k, end), root(start, start + k)]
  }

  function subproof(m: number, start: number, end: number, b: boolean): Uint8Array[] {
    const n = end - start
    if (m === n) return b ? [] : [root(start, end)]
    const k = splitPoint(n)
    if (m <= k) return [...subproof(m, start, start + k, b), root(start + k, end)]
    return [...subproof(m - k, start + k, end, false), root(start, start + k)]
  }

  return {
    root,
    inclusionProof: (m, n) => path(m, 0, n),
    consistencyProof: (m, n) => subproof(m, 0, n, true),
  }
}
