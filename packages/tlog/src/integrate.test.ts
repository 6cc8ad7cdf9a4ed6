import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { encodeEntryBundle, parseEntryBundle } from './bundles.ts'
import { toHex, utf8 } from './bytes.ts'
import type { MerkleHasher } from './hasher.ts'
import { integrate, integrateEntries, type TileData } from './integrate.ts'
import { createMemoryTree } from './memory-tree.ts'
import { hasher } from './node.ts'
import { createTileReader } from './tile-reader.ts'
import { entryBundlePath, partialTilesForTreeSize, tilePath, type TileId } from './tiles.ts'
import { testLeafHashes } from './test-support/fixtures.ts'
import { createReferenceTree } from './test-support/rfc9162-reference.ts'
import { verifyConsistency, verifyInclusion } from './verify.ts'

/** A tile store keyed by path, as a static file server would hold it. */
function createTileStore() {
  const files = new Map<string, Uint8Array>()
  return {
    files,
    save: (tiles: readonly TileData[]) => tiles.forEach((tile) => files.set(tilePath(tile), tile.hashes)),
    load: (ids: readonly TileId[]): TileData[] => ids.map((id) => ({ ...id, hashes: files.get(tilePath(id))! })),
    fetchTile: async (tile: TileId): Promise<Uint8Array> => {
      const data = files.get(tilePath(tile))
      if (!data) throw new Error(`404 ${tilePath(tile)}`)
      return data
    },
  }
}

/** Deterministic batch sizes (mulberry32), so a failure can be replayed. */
function randomBatchSizes(total: number, seed: number): number[] {
  let state = seed
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const sizes: number[] = []
  for (let sum = 0; sum < total;) {
    const roll = next()
    const size = Math.min(total - sum, roll < 0.3 ? 1 + Math.floor(next() * 3) : 1 + Math.floor(next() * 2_000))
    sizes.push(size)
    sum += size
  }
  return sizes
}

function countingHasher(inner: MerkleHasher): { hasher: MerkleHasher; calls: () => number } {
  let calls = 0
  return {
    hasher: { ...inner, nodeHash: (left, right) => (calls++, inner.nodeHash(left, right)) },
    calls: () => calls,
  }
}

describe('the integrator over 70,000 leaves in random batches', () => {
  const total = 70_000
  const leaves = testLeafHashes(hasher, total)
  const store = createTileStore()
  const checkpoints: { size: number; root: Uint8Array }[] = []
  const batches = randomBatchSizes(total, 20_261_201)

  beforeAll(() => {
    const counter = countingHasher(hasher)
    let size = 0
    let partialTiles: TileData[] = []
    for (const batch of batches) {
      const before = counter.calls()
      const leafHashes = leaves.slice(size, size + batch)
      const result = integrate(counter.hasher, { treeSize: size, partialTiles, leafHashes })
      const cost = counter.calls() - before
      // Each completed tile costs 255 hashes and each level's partial tile up to 255 more for the
      // root: about 2 · batch + 255 · levels. Recomputing a tree this size would cost tens of thousands.
      if (cost > 2 * batch + 2_048) throw new Error(`a batch of ${batch} at size ${size} took ${cost} hashes`)
      store.save(result.tiles)
      size = result.treeSize
      partialTiles = result.partialTiles
      checkpoints.push({ size, root: result.rootHash })
    }
  })
  const memoryTree = createMemoryTree(hasher, leaves)

  it('ends with the root of the naive RFC 9162 Merkle Tree Hash, read back from the stored tiles', async () => {
    const naiveRoot = createReferenceTree(hasher, leaves).root(0, total)
    expect(toHex(checkpoints.at(-1)!.root)).toBe(toHex(naiveRoot))
    const reader = createTileReader({ hasher, treeSize: total, fetchTile: store.fetchTile })
    expect(toHex(await reader.rootHash())).toBe(toHex(naiveRoot))
    expect(batches.length).toBeGreaterThan(50)
  })

  it('reports after every batch the root of the tree of that size', () => {
    for (const { size, root } of checkpoints) expect(toHex(root), `size ${size}`).toBe(toHex(memoryTree.rootHash(size)))
  })

  it('stores exactly the tiles the spec defines: MTH(D[(n·256 + i)·256^l : (n·256 + i + 1)·256^l])', () => {
    for (const [path, data] of store.files) {
      const [, levelText, ...indexParts] = path.split('/')
      const level = Number(levelText)
      const index = Number(
        indexParts
          .join('/')
          .replace(/\.p\/.*/, '')
          .replaceAll('x', '')
          .replaceAll('/', ''),
      )
      const expected = Array.from({ length: data.length / 32 }, (_, i) =>
        toHex(memoryTree.nodeHash({ level: 8 * level, index: index * 256 + i })),
      )
      expect(toHex(data), path).toBe(expected.join(''))
    }
    // The final layout of the spec's example, plus the partial tiles of earlier checkpoints.
    expect(store.files.has('tile/0/272')).toBe(true)
    expect(store.files.has('tile/0/273.p/112')).toBe(true)
    expect(store.files.has('tile/1/000')).toBe(true)
    expect(store.files.has('tile/1/001.p/17')).toBe(true)
    expect(store.files.has('tile/2/000.p/1')).toBe(true)
    expect(store.files.has('tile/1/002')).toBe(false)
  })

  it('serves from the tiles of any checkpoint proofs that match the in-memory tree and verify', async () => {
    const middle = checkpoints[Math.floor(checkpoints.length / 2)]!
    const sampled = [checkpoints[0]!, checkpoints[7]!, middle, checkpoints.at(-1)!]
    for (const { size, root } of sampled) {
      const reader = createTileReader({ hasher, treeSize: size, fetchTile: store.fetchTile })
      expect(toHex(await reader.rootHash())).toBe(toHex(root))
      for (const index of new Set([0, 255, 256, Math.floor(size / 2), size - 1].filter((i) => i < size))) {
        const proof = await reader.inclusionProof(index)
        expect(proof.map(toHex)).toEqual(memoryTree.inclusionProof(index, size).map(toHex))
        expect(toHex(await reader.leafHash(index))).toBe(toHex(leaves[index]!))
        expect(verifyInclusion(hasher, { index, size, leafHash: leaves[index]!, proof, root })).toBe(true)
      }
      for (const old of checkpoints.filter((checkpoint) => checkpoint.size <= size).slice(-3)) {
        const proof = await reader.consistencyProof(old.size)
        expect(proof.map(toHex)).toEqual(memoryTree.consistencyProof(old.size, size).map(toHex))
        const input = { oldSize: old.size, newSize: size, oldRoot: old.root, newRoot: root, proof }
        expect(verifyConsistency(hasher, input)).toBe(true)
      }
    }
  })
})

describe('the integrator on small trees (fast-check)', () => {
  it('gives the same roots and tiles whatever the batching', () => {
    const leaves = testLeafHashes(hasher, 3_000)
    const tree = createMemoryTree(hasher, leaves)
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 700 }), { minLength: 1, maxLength: 12 }), (batches) => {
        let size = 0
        let partialTiles: TileData[] = []
        for (const batch of batches) {
          const leafHashes = leaves.slice(size, Math.min(size + batch, leaves.length))
          const result = integrate(hasher, { treeSize: size, partialTiles, leafHashes })
          size = result.treeSize
          partialTiles = result.partialTiles
          expect(toHex(result.rootHash)).toBe(toHex(tree.rootHash(size)))
          expect(partialTiles.map(tilePath)).toEqual(partialTilesForTreeSize(size).map(tilePath))
        }
      }),
      { numRuns: 60 },
    )
  })

  it('refuses stored tiles that do not describe the stated tree size', () => {
    const first = integrate(hasher, { treeSize: 0, partialTiles: [], leafHashes: testLeafHashes(hasher, 300) })
    const leafHashes = testLeafHashes(hasher, 1, 'next')
    expect(() => integrate(hasher, { treeSize: 301, partialTiles: first.partialTiles, leafHashes })).toThrow(RangeError)
    expect(() => integrate(hasher, { treeSize: 300, partialTiles: [], leafHashes })).toThrow(RangeError)
    const truncated = first.partialTiles.map((tile) => ({ ...tile, hashes: tile.hashes.subarray(32) }))
    expect(() => integrate(hasher, { treeSize: 300, partialTiles: truncated, leafHashes })).toThrow(RangeError)
    const stored = { treeSize: 300, partialTiles: first.partialTiles }
    expect(() => integrate(hasher, { ...stored, leafHashes: [new Uint8Array(31)] })).toThrow(RangeError)
    const next = integrate(hasher, { treeSize: 300, partialTiles: first.partialTiles, leafHashes })
    const expected = createMemoryTree(hasher, [...testLeafHashes(hasher, 300), ...leafHashes]).rootHash()
    expect(toHex(next.rootHash)).toBe(toHex(expected))
  })

  it('changes nothing for an empty batch', () => {
    const first = integrate(hasher, { treeSize: 0, partialTiles: [], leafHashes: testLeafHashes(hasher, 70) })
    const again = integrate(hasher, { treeSize: 70, partialTiles: first.partialTiles, leafHashes: [] })
    expect(again.tiles).toEqual([])
    expect(toHex(again.rootHash)).toBe(toHex(first.rootHash))
    const empty = integrate(hasher, { treeSize: 0, partialTiles: [], leafHashes: [] })
    expect(toHex(empty.rootHash)).toBe(toHex(hasher.emptyRoot))
  })
})

describe('entry bundles alongside the tiles', () => {
  it('produces bundles whose entries hash to the level-0 tiles, batch after batch', () => {
    const entries = Array.from({ length: 1_000 }, (_, i) => utf8(`audit entry ${i}`))
    const bundles = new Map<string, Uint8Array>()
    const tiles = createTileStore()
    let size = 0
    let partialTiles: TileData[] = []
    let partialBundleEntries: readonly Uint8Array[] = []
    for (const batch of [1, 254, 1, 300, 200, 244]) {
      const newEntries = entries.slice(size, size + batch)
      for (const bundle of integrateEntries({ treeSize: size, partialBundleEntries, entries: newEntries })) {
        bundles.set(entryBundlePath(bundle), encodeEntryBundle(bundle.entries))
        partialBundleEntries = bundle.width < 256 ? bundle.entries : []
      }
      const leafHashes = newEntries.map((entry) => hasher.leafHash(entry))
      const result = integrate(hasher, { treeSize: size, partialTiles, leafHashes })
      tiles.save(result.tiles)
      size = result.treeSize
      partialTiles = result.partialTiles
    }
    expect(size).toBe(1_000)
    expect([...bundles.keys()]).toContain('tile/entries/003.p/232')
    for (const [path, bundle] of bundles) {
      const tilePathForBundle = path.replace('tile/entries/', 'tile/0/')
      const level0 = tiles.files.get(tilePathForBundle)!
      const width = level0.length / 32
      const parsed = parseEntryBundle(bundle, width)!
      expect(parsed.map((entry) => toHex(hasher.leafHash(entry))).join(''), path).toBe(toHex(level0))
    }
  })

  it('refuses a partial bundle that does not match the tree size', () => {
    expect(() => integrateEntries({ treeSize: 3, partialBundleEntries: [], entries: [utf8('x')] })).toThrow(RangeError)
  })
})
