// Integer helpers for tree sizes and node coordinates. Sizes are JavaScript numbers limited to safe
// integers (2^53 - 1 leaves), so the code never uses the 32-bit bitwise operators on them.

/** The largest tree size this package handles: every size and index must be a safe integer. */
export const MAX_TREE_SIZE = Number.MAX_SAFE_INTEGER

export function isTreeSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

/** The k of RFC 9162 §2.1.1: the largest power of two smaller than n, for n > 1. */
export function largestPowerOfTwoBelow(n: number): number {
  let k = 1
  while (k * 2 < n) k *= 2
  return k
}

export function isPowerOfTwo(n: number): boolean {
  if (n < 1) return false
  while (n % 2 === 0) n /= 2
  return n === 1
}

/**
 * A perfect subtree: the 2^level leaves starting at index · 2^level. Every hash a log stores (and
 * every hash a tile holds) is the root of one of these.
 */
export interface NodeId {
  readonly level: number
  readonly index: number
}

/**
 * The perfect subtrees, left to right, whose fold is MTH(D[start:end]), for the ranges the RFC 9162
 * recursion produces: start is a multiple of the smallest power of two ≥ end - start. Their sizes
 * are the binary digits of end - start, largest first.
 */
export function subtreeNodes(start: number, end: number): NodeId[] {
  const nodes: NodeId[] = []
  let offset = start
  let remaining = end - start
  while (remaining > 0) {
    let size = 1
    let level = 0
    while (size * 2 <= remaining) {
      size *= 2
      level++
    }
    nodes.push({ level, index: offset / size })
    offset += size
    remaining -= size
  }
  return nodes
}
