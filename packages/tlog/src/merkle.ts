// RFC 9162 §2.1.1: the Merkle Tree Hash of a list of leaves, computed without recursion.
import type { MerkleHasher } from './hasher.ts'
import { isPowerOfTwo } from './tree-math.ts'

/**
 * Folds the roots of consecutive perfect subtrees (largest first, as subtreeNodes lists them) into
 * the Merkle Tree Hash of their union: the RFC's right-hand side is always the smaller remainder,
 * so the fold runs right to left.
 */
export function foldSubtrees(hasher: MerkleHasher, roots: readonly Uint8Array[]): Uint8Array {
  if (roots.length === 0) return hasher.emptyRoot
  let hash = roots[roots.length - 1]!
  for (let i = roots.length - 2; i >= 0; i--) hash = hasher.nodeHash(roots[i]!, hash)
  return hash
}

/**
 * MTH(D[0:n]) from the n leaf hashes, in O(n) time and O(log n) memory: a stack of perfect-subtree
 * roots is merged as each leaf arrives, and what remains is the binary decomposition of n.
 */
export function rootFromLeafHashes(hasher: MerkleHasher, leafHashes: readonly Uint8Array[]): Uint8Array {
  const stack: { hash: Uint8Array; size: number }[] = []
  for (const leafHash of leafHashes) {
    let hash = leafHash
    let size = 1
    while (stack.length > 0 && stack[stack.length - 1]!.size === size) {
      hash = hasher.nodeHash(stack.pop()!.hash, hash)
      size *= 2
    }
    stack.push({ hash, size })
  }
  return foldSubtrees(
    hasher,
    stack.map((entry) => entry.hash),
  )
}

/** The root of a perfect subtree from its 2^k child hashes (a tile's internal levels, for one). */
export function perfectSubtreeRoot(hasher: MerkleHasher, hashes: readonly Uint8Array[]): Uint8Array {
  if (!isPowerOfTwo(hashes.length)) throw new RangeError('a perfect subtree has a power-of-two number of children')
  let level = [...hashes]
  while (level.length > 1) {
    const next: Uint8Array[] = []
    for (let i = 0; i < level.length; i += 2) next.push(hasher.nodeHash(level[i]!, level[i + 1]!))
    level = next
  }
  return level[0]!
}
