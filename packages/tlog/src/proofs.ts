// RFC 9162 §2.1.3.1 (inclusion) and §2.1.4.1 (consistency) proof generation.
//
// Generation is split in two: a *plan* says which perfect subtrees each proof hash is made of (it
// depends only on the sizes), and the hashes are filled in afterwards. That lets a tile reader fetch
// every tile a proof needs at once, and lets a stored tree answer from its stored nodes.
import type { MerkleHasher } from './hasher.ts'
import { foldSubtrees } from './merkle.ts'
import { isTreeSize, largestPowerOfTwoBelow, subtreeNodes, type NodeId } from './tree-math.ts'

/** One entry per proof hash: the perfect subtrees whose fold (foldSubtrees) is that hash. */
export type ProofPlan = readonly (readonly NodeId[])[]

/** The perfect subtrees whose fold is the root of a tree of `size` leaves (empty for size 0). */
export function treeRootPlan(size: number): NodeId[] {
  if (!isTreeSize(size)) throw new RangeError(`invalid tree size ${size}`)
  return subtreeNodes(0, size)
}

/**
 * PATH(m, D[0:n]) of RFC 9162 §2.1.3.1, unrolled: each step down the recursion records the
 * sibling subtree's range, and the recursion appends the sibling after the inner path, so the
 * recorded siblings come out in reverse.
 */
export function inclusionProofPlan(index: number, size: number): ProofPlan {
  if (!isTreeSize(size) || !isTreeSize(index) || index >= size) {
    throw new RangeError(`no inclusion proof for leaf ${index} in a tree of size ${size}`)
  }
  const siblings: NodeId[][] = []
  let start = 0
  let end = size
  while (end - start > 1) {
    const k = largestPowerOfTwoBelow(end - start)
    if (index < start + k) {
      siblings.push(subtreeNodes(start + k, end))
      end = start + k
    } else {
      siblings.push(subtreeNodes(start, start + k))
      start += k
    }
  }
  return siblings.reverse()
}

/**
 * PROOF(m, D[0:n]) = SUBPROOF(m, D[0:n], true) of RFC 9162 §2.1.4.1, unrolled the same way. The
 * recursion ends when m equals the current subtree's size: that subtree's hash is included unless
 * it is the old tree itself (b still true), which the verifier already knows.
 */
export function consistencyProofPlan(oldSize: number, newSize: number): ProofPlan {
  if (!isTreeSize(oldSize) || !isTreeSize(newSize) || oldSize < 1 || oldSize > newSize) {
    throw new RangeError(`no consistency proof from size ${oldSize} to size ${newSize}`)
  }
  const siblings: NodeId[][] = []
  let start = 0
  let end = newSize
  let isOldTree = true
  let terminal: NodeId[] | undefined
  for (;;) {
    if (oldSize === end) {
      if (!isOldTree) terminal = subtreeNodes(start, end)
      break
    }
    const k = largestPowerOfTwoBelow(end - start)
    if (oldSize <= start + k) {
      siblings.push(subtreeNodes(start + k, end))
      end = start + k
    } else {
      siblings.push(subtreeNodes(start, start + k))
      start += k
      isOldTree = false
    }
  }
  siblings.reverse()
  return terminal ? [terminal, ...siblings] : siblings
}

/** Every perfect subtree a plan mentions, without repeats, for fetching or reading in one go. */
export function planNodes(plan: ProofPlan): NodeId[] {
  const seen = new Map<string, NodeId>()
  for (const element of plan) for (const node of element) seen.set(`${node.level}/${node.index}`, node)
  return [...seen.values()]
}

/** Fills a plan in: each proof hash is the fold of its subtrees' hashes. */
export function buildProof(
  hasher: MerkleHasher,
  plan: ProofPlan,
  nodeHash: (node: NodeId) => Uint8Array,
): Uint8Array[] {
  return plan.map((element) => foldSubtrees(hasher, element.map(nodeHash)))
}
