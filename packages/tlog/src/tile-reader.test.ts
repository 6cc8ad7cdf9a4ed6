import { describe, expect, it } from 'vitest'
import { toHex } from './bytes.ts'
import { integrate, type TileData } from './integrate.ts'
import { createMemoryTree } from './memory-tree.ts'
import { hasher } from './node.ts'
import { createTileReader, TileFetchError } from './tile-reader.ts'
import { tilePath, type TileId } from './tiles.ts'
import { testLeafHashes } from './test-support/fixtures.ts'

describe('the tile reader', () => {
  const leaves = testLeafHashes(hasher, 65_537)
  const { tiles } = integrate(hasher, { treeSize: 0, partialTiles: [], leafHashes: leaves })
  const files = new Map(tiles.map((tile) => [tilePath(tile), tile.hashes]))
  const tree = createMemoryTree(hasher, leaves)

  function fetcher(log: string[] = []) {
    return async (tile: TileId): Promise<Uint8Array> => {
      log.push(tilePath(tile))
      const data = files.get(tilePath(tile))
      if (!data) throw new Error(`404 ${tilePath(tile)}`)
      return data
    }
  }

  it('rebuilds a root from the right-edge partial tiles only', async () => {
    const log: string[] = []
    const reader = createTileReader({ hasher, treeSize: 65_537, fetchTile: fetcher(log) })
    expect(toHex(await reader.rootHash())).toBe(toHex(tree.rootHash()))
    expect(log.sort()).toEqual(['tile/0/256.p/1', 'tile/2/000.p/1'])
  })

  it('fetches each tile a proof needs once, at the width the tree size gives it', async () => {
    const log: string[] = []
    const reader = createTileReader({ hasher, treeSize: 65_537, fetchTile: fetcher(log) })
    const proof = await reader.inclusionProof(70)
    expect(proof.map(toHex)).toEqual(tree.inclusionProof(70).map(toHex))
    // Leaf 70's siblings: hashes inside the first level-0 tile, level-8 to 15 subtrees from the
    // full level-1 tile, and the lone leaf 65,536 on the right.
    expect(log.sort()).toEqual(['tile/0/000', 'tile/0/256.p/1', 'tile/1/000'])
  })

  it('rebuilds the root at each tile boundary from the tiles of that checkpoint alone', async () => {
    const boundaries = [255, 256, 257, 65_535, 65_536, 65_537]
    const store = new Map<string, Uint8Array>()
    let size = 0
    let partialTiles: TileData[] = []
    for (const boundary of boundaries) {
      const result = integrate(hasher, { treeSize: size, partialTiles, leafHashes: leaves.slice(size, boundary) })
      result.tiles.forEach((tile) => store.set(tilePath(tile), tile.hashes))
      size = boundary
      partialTiles = result.partialTiles
      const reader = createTileReader({ hasher, treeSize: size, fetchTile: async (tile) => store.get(tilePath(tile))! })
      expect(toHex(await reader.rootHash()), `size ${size}`).toBe(toHex(tree.rootHash(size)))
      expect(toHex(result.rootHash), `size ${size}`).toBe(toHex(tree.rootHash(size)))
      const proof = await reader.consistencyProof(Math.max(1, size - 2))
      expect(proof.map(toHex)).toEqual(tree.consistencyProof(Math.max(1, size - 2), size).map(toHex))
    }
  })

  it('refuses a tile of the wrong length, and passes on fetch failures', async () => {
    const short = createTileReader({
      hasher,
      treeSize: 300,
      fetchTile: async (tile) => new Uint8Array(tile.width * 32 - 1),
    })
    await expect(short.rootHash()).rejects.toBeInstanceOf(TileFetchError)
    const missing = createTileReader({ hasher, treeSize: 65_538, fetchTile: fetcher() })
    await expect(missing.rootHash()).rejects.toThrow('404 tile/0/256.p/2')
  })

  it('answers for the empty tree without fetching, and refuses leaves outside the tree', async () => {
    const reader = createTileReader({ hasher, treeSize: 0, fetchTile: fetcher() })
    expect(toHex(await reader.rootHash())).toBe(toHex(hasher.emptyRoot))
    await expect(reader.leafHash(0)).rejects.toThrow(RangeError)
    await expect(reader.inclusionProof(0)).rejects.toThrow(RangeError)
  })
})
