// Shared test inputs.
import { utf8 } from '../bytes.ts'
import type { MerkleHasher } from '../hasher.ts'

/** Distinct leaves "leaf 0", "leaf 1", … as leaf hashes. */
export function testLeafHashes(hasher: MerkleHasher, count: number, label = 'leaf'): Uint8Array[] {
  return Array.from({ length: count }, (_, i) => hasher.leafHash(utf8(`${label} ${i}`)))
}

/**
 * draft-ietf-plants-merkle-tree-certs §4.1 as transparency-dev/merkle implements it: [start, end)
 * is a valid subtree when start is 0, the range is empty, or start is a multiple of the smallest
 * power of two ≥ end - start.
 */
export function isValidSubtree(start: number, end: number): boolean {
  if (start === 0 || start === end) return true
  let ceiling = 1
  while (ceiling < end - start) ceiling *= 2
  return start % ceiling === 0
}
