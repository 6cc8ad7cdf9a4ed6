// An in-memory log: every perfect-subtree hash kept, so roots and proofs for any past size come
// straight from stored nodes. For verifiers, tests and small logs; the server's log lives in tiles.
import type { MerkleHasher } from './hasher.ts'
import { foldSubtrees } from './merkle.ts'
import { buildProof, consistencyProofPlan, inclusionProofPlan, treeRootPlan } from './proofs.ts'
import type { NodeId } from './tree-math.ts'

export interface MemoryTree {
  readonly size: number
  /** Appends a leaf by its leaf hash (hasher.leafHash(entry)); O(log n). */
  append(leafHash: Uint8Array): void
  nodeHash(node: NodeId): Uint8Array
  /** MTH of the first `size` leaves (default: all of them). */
  rootHash(size?: number): Uint8Array
  inclusionProof(index: number, size?: number): Uint8Array[]
  consistencyProof(oldSize: number, newSize?: number): Uint8Array[]
}

export function createMemoryTree(hasher: MerkleHasher, leafHashes: readonly Uint8Array[] = []): MemoryTree {
  // levels[l][i] is the root of the perfect subtree of 2^l leaves starting at leaf i · 2^l.
  const levels: Uint8Array[][] = [[]]

  function append(leafHash: Uint8Array): void {
    let hash = leafHash
    for (let level = 0; ; level++) {
      const row = (levels[level] ??= [])
      row.push(hash)
      if (row.length % 2 === 1) return
      hash = hasher.nodeHash(row[row.length - 2]!, hash)
    }
  }

  function nodeHash(node: NodeId): Uint8Array {
    const hash = levels[node.level]?.[node.index]
    if (!hash) throw new RangeError(`no node at level ${node.level}, index ${node.index}`)
    return hash
  }

  const currentSize = (): number => levels[0]!.length
  const checkSize = (size: number): number => {
    if (size > currentSize()) throw new RangeError(`size ${size} is beyond the tree's ${currentSize()} leaves`)
    return size
  }

  for (const leafHash of leafHashes) append(leafHash)

  return {
    get size() {
      return currentSize()
    },
    append,
    nodeHash,
    rootHash: (size = currentSize()) => foldSubtrees(hasher, treeRootPlan(checkSize(size)).map(nodeHash)),
    inclusionProof: (index, size = currentSize()) =>
      buildProof(hasher, inclusionProofPlan(index, checkSize(size)), nodeHash),
    consistencyProof: (oldSize, newSize = currentSize()) =>
      buildProof(hasher, consistencyProofPlan(oldSize, checkSize(newSize)), nodeHash),
  }
}
