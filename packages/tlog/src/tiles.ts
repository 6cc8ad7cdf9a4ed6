// C2SP tlog-tiles "Merkle Tree" and "Log entries": tile coordinates, widths and paths.
import { isTreeSize } from './tree-math.ts'

/** tlog-tiles fixes the tile height at 8: a full tile holds 2^8 = 256 hashes (8,192 bytes). */
export const TILE_HEIGHT = 8
export const TILE_WIDTH = 256
/** "<L> … MUST be a decimal ASCII integer between 0 and 63". */
export const MAX_TILE_LEVEL = 63

/**
 * The n-th tile at level l holds MTH(D[(n·256 + i)·256^l : (n·256 + i + 1)·256^l]) for i below its
 * width. Width 256 is a full tile; 1-255 is a partial tile (path suffix `.p/<W>`).
 */
export interface TileId {
  readonly level: number
  readonly index: number
  readonly width: number
}

/** An entry bundle: the entries whose leaf hashes make up level-0 tile `index`. */
export interface EntryBundleId {
  readonly index: number
  readonly width: number
}

export type TilePathTarget =
  { readonly kind: 'tile'; readonly tile: TileId } | { readonly kind: 'entries'; readonly bundle: EntryBundleId }

/** 256^level, the number of leaves each hash of a level-`level` tile spans. */
export function leavesPerTileHash(level: number): number {
  return TILE_WIDTH ** level
}

/**
 * "<N> … encoded into zero-padded 3-digit path elements. All but the last path element MUST begin
 * with an x": 1234067 → x001/x234/067.
 */
export function tileIndexPath(index: number): string {
  if (!isTreeSize(index)) throw new RangeError(`invalid tile index ${index}`)
  let path = String(index % 1000).padStart(3, '0')
  for (let rest = Math.floor(index / 1000); rest > 0; rest = Math.floor(rest / 1000)) {
    path = `x${String(rest % 1000).padStart(3, '0')}/${path}`
  }
  return path
}

function widthSuffix(width: number): string {
  if (!Number.isInteger(width) || width < 1 || width > TILE_WIDTH) throw new RangeError(`invalid tile width ${width}`)
  return width === TILE_WIDTH ? '' : `.p/${width}`
}

/** tile/<L>/<N>[.p/<W>] */
export function tilePath(tile: TileId): string {
  if (!Number.isInteger(tile.level) || tile.level < 0 || tile.level > MAX_TILE_LEVEL) {
    throw new RangeError(`invalid tile level ${tile.level}`)
  }
  return `tile/${tile.level}/${tileIndexPath(tile.index)}${widthSuffix(tile.width)}`
}

/** tile/entries/<N>[.p/<W>] */
export function entryBundlePath(bundle: EntryBundleId): string {
  return `tile/entries/${tileIndexPath(bundle.index)}${widthSuffix(bundle.width)}`
}

// The longest canonical path: tile/63/x009/x007/x199/x254/x740/991.p/255 (a 2^53 - 1 index).
const MAX_TILE_PATH_LENGTH = 48
const LEVEL_PATTERN = /^(0|[1-9][0-9]?)$/
const WIDTH_PATTERN = /^[1-9][0-9]{0,2}$/
const INDEX_PATTERN = /^(x[0-9]{3}\/)*[0-9]{3}$/

/**
 * Parses a tile or entry bundle path, accepting only the one canonical spelling of each resource
 * (no redundant x000 elements, no leading zeros, no width 256 suffix), so a cache or file store
 * keyed by path can never hold two copies of one tile.
 */
export function parseTilePath(path: string): TilePathTarget | undefined {
  if (path.length > MAX_TILE_PATH_LENGTH) return undefined
  const match = /^tile\/(entries|[0-9]+)\/([x0-9/]+)(?:\.p\/([0-9]+))?$/.exec(path)
  if (!match) return undefined
  const [, levelText, indexText, widthText] = match as unknown as [string, string, string, string | undefined]
  if (!INDEX_PATTERN.test(indexText)) return undefined
  const index = Number(indexText.replaceAll('x', '').replaceAll('/', ''))
  if (!isTreeSize(index) || tileIndexPath(index) !== indexText) return undefined
  let width = TILE_WIDTH
  if (widthText !== undefined) {
    if (!WIDTH_PATTERN.test(widthText)) return undefined
    width = Number(widthText)
    if (width >= TILE_WIDTH) return undefined
  }
  if (levelText === 'entries') return { kind: 'entries', bundle: { index, width } }
  if (!LEVEL_PATTERN.test(levelText) || Number(levelText) > MAX_TILE_LEVEL) return undefined
  return { kind: 'tile', tile: { level: Number(levelText), index, width } }
}

/**
 * The width of tile (level, index) in a tree of `treeSize` leaves: 256 for a full tile, the
 * partial width floor(s / 256^l) mod 256 for the rightmost one, 0 when the tile does not exist
 * ("Empty tiles MUST NOT be served").
 */
export function tileWidth(level: number, index: number, treeSize: number): number {
  const hashesAtLevel = Math.floor(treeSize / leavesPerTileHash(level))
  const fullTiles = Math.floor(hashesAtLevel / TILE_WIDTH)
  if (index < fullTiles) return TILE_WIDTH
  if (index === fullTiles) return hashesAtLevel % TILE_WIDTH
  return 0
}

export interface TileLevelSummary {
  readonly level: number
  readonly fullTiles: number
  /** 0 when the level has no partial tile. */
  readonly partialWidth: number
}

/** How a tree of `treeSize` leaves is laid out in tiles, level by level (the spec's 70,000 example). */
export function tileLayout(treeSize: number): TileLevelSummary[] {
  if (!isTreeSize(treeSize)) throw new RangeError(`invalid tree size ${treeSize}`)
  const levels: TileLevelSummary[] = []
  for (let level = 0; Math.floor(treeSize / leavesPerTileHash(level)) > 0; level++) {
    const hashesAtLevel = Math.floor(treeSize / leavesPerTileHash(level))
    levels.push({ level, fullTiles: Math.floor(hashesAtLevel / TILE_WIDTH), partialWidth: hashesAtLevel % TILE_WIDTH })
  }
  return levels
}

/** The partial tiles a checkpoint of `treeSize` requires a log to serve, lowest level first. */
export function partialTilesForTreeSize(treeSize: number): TileId[] {
  return tileLayout(treeSize)
    .filter((summary) => summary.partialWidth > 0)
    .map((summary) => ({ level: summary.level, index: summary.fullTiles, width: summary.partialWidth }))
}

/** The entry bundle holding leaf `leafIndex` as served for a tree of `treeSize` leaves. */
export function entryBundleForLeaf(leafIndex: number, treeSize: number): EntryBundleId {
  if (!isTreeSize(leafIndex) || !isTreeSize(treeSize) || leafIndex >= treeSize) {
    throw new RangeError(`leaf ${leafIndex} is not in a tree of size ${treeSize}`)
  }
  const index = Math.floor(leafIndex / TILE_WIDTH)
  return { index, width: tileWidth(0, index, treeSize) }
}
