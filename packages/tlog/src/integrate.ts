// The sequencer's step: append a batch of leaves to a tiled log (C2SP tlog-tiles) touching only the
// right edge. Cost is O(batch + 255 · levels) hashes, whatever the size of the tree: full tiles
// already stored are never read again, because each one's root is already a hash one level up.
import { concatBytes } from './bytes.ts'
import { HASH_SIZE, type MerkleHasher } from './hasher.ts'
import { foldSubtrees, perfectSubtreeRoot } from './merkle.ts'
import { partialTilesForTreeSize, TILE_WIDTH, type EntryBundleId, type TileId } from './tiles.ts'
import { isTreeSize, MAX_TREE_SIZE } from './tree-math.ts'

/** A tile and its content: `width` hashes of 32 bytes, concatenated as served. */
export interface TileData extends TileId {
  readonly hashes: Uint8Array
}

export interface IntegrationInput {
  /** The size of the tree the stored tiles describe. */
  readonly treeSize: number
  /** The partial tiles of that size, exactly those partialTilesForTreeSize(treeSize) lists. */
  readonly partialTiles: readonly TileData[]
  /** The new leaves' hashes (hasher.leafHash(entry)), in log order. */
  readonly leafHashes: readonly Uint8Array[]
}

export interface IntegrationResult {
  readonly treeSize: number
  readonly rootHash: Uint8Array
  /** Every tile to store, lowest level first: the tiles that became full and the new partial tiles. */
  readonly tiles: TileData[]
  /** The partial tiles of the new size (some unchanged), to pass to the next integration. */
  readonly partialTiles: TileData[]
}

function splitHashes(tile: TileData): Uint8Array[] {
  if (tile.hashes.length !== tile.width * HASH_SIZE) {
    throw new RangeError(`tile ${tile.level}/${tile.index} has ${tile.hashes.length} bytes, not ${tile.width} hashes`)
  }
  const hashes: Uint8Array[] = []
  for (let offset = 0; offset < tile.hashes.length; offset += HASH_SIZE) {
    hashes.push(tile.hashes.subarray(offset, offset + HASH_SIZE))
  }
  return hashes
}

/** Checks the caller passed exactly the partial tiles of `treeSize`, and returns them by level. */
function partialTilesByLevel(treeSize: number, tiles: readonly TileData[]): Map<number, TileData> {
  const expected = partialTilesForTreeSize(treeSize)
  const byLevel = new Map(tiles.map((tile) => [tile.level, tile]))
  const matches = expected.every((id) => {
    const tile = byLevel.get(id.level)
    return tile !== undefined && tile.index === id.index && tile.width === id.width
  })
  if (!matches || byLevel.size !== expected.length || tiles.length !== expected.length) {
    throw new RangeError(`the partial tiles given do not describe a tree of size ${treeSize}`)
  }
  return byLevel
}

/**
 * MTH(D[0:n]) from the right-edge partial tiles of size n alone. Writing n in base 256, the digit
 * at level l is that level's partial width, and its binary digits pick runs of 2^r hashes in that
 * tile: exactly the perfect subtrees of RFC 9162's decomposition, largest (highest level) first.
 */
export function rootFromPartialTiles(
  hasher: MerkleHasher,
  treeSize: number,
  partialTiles: readonly TileData[],
): Uint8Array {
  const byLevel = partialTilesByLevel(treeSize, partialTiles)
  const roots: Uint8Array[] = []
  const levels = [...byLevel.keys()].sort((a, b) => b - a)
  for (const level of levels) {
    const hashes = splitHashes(byLevel.get(level)!)
    let offset = 0
    for (let run = TILE_WIDTH / 2; run >= 1; run /= 2) {
      if (hashes.length - offset >= run) {
        roots.push(perfectSubtreeRoot(hasher, hashes.slice(offset, offset + run)))
        offset += run
      }
    }
  }
  return foldSubtrees(hasher, roots)
}

export function integrate(hasher: MerkleHasher, input: IntegrationInput): IntegrationResult {
  const { treeSize, leafHashes } = input
  if (!isTreeSize(treeSize) || treeSize + leafHashes.length > MAX_TREE_SIZE) {
    throw new RangeError(`cannot grow a tree of size ${treeSize} by ${leafHashes.length}`)
  }
  if (!leafHashes.every((hash) => hash.length === HASH_SIZE)) throw new RangeError('leaf hashes must be 32 bytes')
  const oldPartials = partialTilesByLevel(treeSize, input.partialTiles)
  const newSize = treeSize + leafHashes.length
  const tiles: TileData[] = []
  const newPartials = new Map(oldPartials)

  // At each level the new hashes extend the rightmost tile; every tile that fills up sends its
  // root one level up. A level that receives nothing leaves everything above it unchanged.
  let incoming: readonly Uint8Array[] = leafHashes
  for (let level = 0; incoming.length > 0; level++) {
    const partial = oldPartials.get(level)
    const row = [...(partial ? splitHashes(partial) : []), ...incoming]
    const firstTileIndex = Math.floor(Math.floor(treeSize / TILE_WIDTH ** level) / TILE_WIDTH)
    const completedRoots: Uint8Array[] = []
    newPartials.delete(level)
    for (let offset = 0; offset < row.length; offset += TILE_WIDTH) {
      const chunk = row.slice(offset, offset + TILE_WIDTH)
      const index = firstTileIndex + offset / TILE_WIDTH
      const tile = { level, index, width: chunk.length, hashes: concatBytes(...chunk) }
      tiles.push(tile)
      if (chunk.length === TILE_WIDTH) completedRoots.push(perfectSubtreeRoot(hasher, chunk))
      else newPartials.set(level, tile)
    }
    incoming = completedRoots
  }

  const partialTiles = [...newPartials.values()].sort((a, b) => a.level - b.level)
  return { treeSize: newSize, rootHash: rootFromPartialTiles(hasher, newSize, partialTiles), tiles, partialTiles }
}

/** An entry bundle and the entries it holds, to encode with encodeEntryBundle and store. */
export interface EntryBundleData extends EntryBundleId {
  readonly entries: readonly Uint8Array[]
}

/**
 * The entry bundles to store after appending `entries` to a log of `treeSize` leaves, given the
 * entries of its partial bundle (treeSize mod 256 of them): the same right-edge walk as level 0.
 */
export function integrateEntries(input: {
  readonly treeSize: number
  readonly partialBundleEntries: readonly Uint8Array[]
  readonly entries: readonly Uint8Array[]
}): EntryBundleData[] {
  const { treeSize, partialBundleEntries, entries } = input
  if (!isTreeSize(treeSize) || treeSize + entries.length > MAX_TREE_SIZE) {
    throw new RangeError(`cannot grow a tree of size ${treeSize} by ${entries.length}`)
  }
  if (partialBundleEntries.length !== treeSize % TILE_WIDTH) {
    throw new RangeError(`a tree of size ${treeSize} has ${treeSize % TILE_WIDTH} entries in its partial bundle`)
  }
  if (entries.length === 0) return []
  const row = [...partialBundleEntries, ...entries]
  const firstIndex = Math.floor(treeSize / TILE_WIDTH)
  const bundles: EntryBundleData[] = []
  for (let offset = 0; offset < row.length; offset += TILE_WIDTH) {
    const chunk = row.slice(offset, offset + TILE_WIDTH)
    bundles.push({ index: firstIndex + offset / TILE_WIDTH, width: chunk.length, entries: chunk })
  }
  return bundles
}
