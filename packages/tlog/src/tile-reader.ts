// Reads a tiled log (C2SP tlog-tiles) for one tree size: works out which tiles a root or proof
// needs, fetches them all at once, and computes the answer from their hashes.
//
// Tiles come from an untrusted server. Nothing here trusts them: a proof built from a tampered
// tile fails verification against the signed checkpoint, which is where trust comes from. Callers
// must verify what they get (verifyInclusion / verifyConsistency against a checkpoint's root).
import { HASH_SIZE, type MerkleHasher } from './hasher.ts'
import { rootFromPartialTiles, type TileData } from './integrate.ts'
import { perfectSubtreeRoot } from './merkle.ts'
import { buildProof, consistencyProofPlan, inclusionProofPlan, planNodes, type ProofPlan } from './proofs.ts'
import { partialTilesForTreeSize, TILE_HEIGHT, TILE_WIDTH, tileWidth, type TileId } from './tiles.ts'
import { isTreeSize, type NodeId } from './tree-math.ts'

/** Fetches one tile's bytes (e.g. GET <prefix>/tilePath(tile)). */
export type TileFetcher = (tile: TileId) => Promise<Uint8Array>

export interface TileReader {
  readonly treeSize: number
  /** MTH(D[0:treeSize]), from the right-edge partial tiles only. */
  rootHash(): Promise<Uint8Array>
  /** The leaf hash at `index`, from its level-0 tile. */
  leafHash(index: number): Promise<Uint8Array>
  inclusionProof(index: number): Promise<Uint8Array[]>
  /** A consistency proof from oldSize (1 ≤ oldSize ≤ treeSize) to treeSize. */
  consistencyProof(oldSize: number): Promise<Uint8Array[]>
}

export class TileFetchError extends Error {
  constructor(
    message: string,
    readonly tile: TileId,
  ) {
    super(message)
    this.name = 'TileFetchError'
  }
}

/** Where a perfect subtree's hash lives: which tile, and the run of that tile's hashes it spans. */
function locateNode(node: NodeId): { level: number; index: number; first: number; count: number } {
  const level = Math.floor(node.level / TILE_HEIGHT)
  const count = 2 ** (node.level % TILE_HEIGHT)
  const firstHash = node.index * count
  return { level, index: Math.floor(firstHash / TILE_WIDTH), first: firstHash % TILE_WIDTH, count }
}

const tileKey = (level: number, index: number): string => `${level}/${index}`

export function createTileReader(options: {
  readonly hasher: MerkleHasher
  readonly treeSize: number
  readonly fetchTile: TileFetcher
}): TileReader {
  const { hasher, treeSize, fetchTile } = options
  if (!isTreeSize(treeSize)) throw new RangeError(`invalid tree size ${treeSize}`)

  /** Fetches the tiles (deduplicated, in parallel) at the width this tree size gives them. */
  async function fetchTiles(locations: readonly { level: number; index: number }[]): Promise<Map<string, Uint8Array>> {
    const wanted = new Map<string, TileId>()
    for (const { level, index } of locations) {
      wanted.set(tileKey(level, index), { level, index, width: tileWidth(level, index, treeSize) })
    }
    const entries = await Promise.all(
      [...wanted].map(async ([key, tile]) => {
        const data = await fetchTile(tile)
        if (data.length !== tile.width * HASH_SIZE) {
          throw new TileFetchError(`tile ${key} has ${data.length} bytes, expected ${tile.width * HASH_SIZE}`, tile)
        }
        return [key, data] as const
      }),
    )
    return new Map(entries)
  }

  async function nodeHashes(nodes: readonly NodeId[]): Promise<(node: NodeId) => Uint8Array> {
    const tiles = await fetchTiles(nodes.map(locateNode))
    return (node) => {
      const { level, index, first, count } = locateNode(node)
      const data = tiles.get(tileKey(level, index))!
      const hashes: Uint8Array[] = []
      for (let i = first; i < first + count; i++) hashes.push(data.subarray(i * HASH_SIZE, (i + 1) * HASH_SIZE))
      return perfectSubtreeRoot(hasher, hashes)
    }
  }

  async function proofFromPlan(plan: ProofPlan): Promise<Uint8Array[]> {
    return buildProof(hasher, plan, await nodeHashes(planNodes(plan)))
  }

  return {
    treeSize,
    async rootHash() {
      const ids = partialTilesForTreeSize(treeSize)
      const tiles = await fetchTiles(ids)
      const partialTiles: TileData[] = ids.map((id) => ({
        ...id,
        hashes: tiles.get(tileKey(id.level, id.index))!,
      }))
      return rootFromPartialTiles(hasher, treeSize, partialTiles)
    },
    async leafHash(index) {
      if (!isTreeSize(index) || index >= treeSize) {
        throw new RangeError(`leaf ${index} is not in a tree of size ${treeSize}`)
      }
      const node = { level: 0, index }
      return (await nodeHashes([node]))(node)
    },
    inclusionProof: async (index) => proofFromPlan(inclusionProofPlan(index, treeSize)),
    consistencyProof: async (oldSize) => proofFromPlan(consistencyProofPlan(oldSize, treeSize)),
  }
}
