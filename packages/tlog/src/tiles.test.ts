import { describe, expect, it } from 'vitest'
import {
  entryBundleForLeaf,
  entryBundlePath,
  parseTilePath,
  partialTilesForTreeSize,
  tileIndexPath,
  tileLayout,
  tilePath,
  tileWidth,
} from './tiles.ts'

describe('tile paths (C2SP tlog-tiles "Merkle Tree")', () => {
  it('encodes an index into x-prefixed 3-digit elements, as the spec example 1234067 → x001/x234/067', () => {
    expect(tileIndexPath(1_234_067)).toBe('x001/x234/067')
    expect(tileIndexPath(0)).toBe('000')
    expect(tileIndexPath(999)).toBe('999')
    expect(tileIndexPath(1_000)).toBe('x001/000')
    expect(tileIndexPath(2 ** 53 - 1)).toBe('x009/x007/x199/x254/x740/991')
  })

  // transparency-dev/tessera api/layout/paths_test.go, TestTilePath and TestEntriesPath.
  it.each([
    [{ level: 0, index: 0, width: 256 }, 'tile/0/000'],
    [{ level: 0, index: 0, width: 255 }, 'tile/0/000.p/255'],
    [{ level: 1, index: 0, width: 256 }, 'tile/1/000'],
    [{ level: 15, index: 455_667, width: 256 }, 'tile/15/x455/667'],
    [{ level: 15, index: 123_456_789, width: 41 }, 'tile/15/x123/x456/789.p/41'],
  ])('names tile %o %s', (tile, path) => {
    expect(tilePath(tile)).toBe(path)
    expect(parseTilePath(path)).toEqual({ kind: 'tile', tile })
  })

  it.each([
    [{ index: 0, width: 256 }, 'tile/entries/000'],
    [{ index: 0, width: 8 }, 'tile/entries/000.p/8'],
    [{ index: 255, width: 256 }, 'tile/entries/255'],
    [{ index: 255, width: 253 }, 'tile/entries/255.p/253'],
  ])('names entry bundle %o %s', (bundle, path) => {
    expect(entryBundlePath(bundle)).toBe(path)
    expect(parseTilePath(path)).toEqual({ kind: 'entries', bundle })
  })

  // tessera TestEntriesPathForLogIndex: the bundle holding a leaf, at the width the tree size gives it.
  it.each([
    [0, 256, 'tile/entries/000'],
    [255, 256, 'tile/entries/000'],
    [251, 255, 'tile/entries/000.p/255'],
    [256, 512, 'tile/entries/001'],
    [3, 257, 'tile/entries/000'],
    [256, 257, 'tile/entries/001.p/1'],
    [123_456_789 * 256, 123_456_790 * 256, 'tile/entries/x123/x456/789'],
  ])('finds leaf %i of a tree of size %i in %s', (leaf, size, path) => {
    expect(entryBundlePath(entryBundleForLeaf(leaf, size))).toBe(path)
  })

  it('parses the spec and tessera examples of tile paths', () => {
    expect(parseTilePath('tile/0/x001/x234/067')).toEqual({
      kind: 'tile',
      tile: { level: 0, index: 1_234_067, width: 256 },
    })
    expect(parseTilePath('tile/0/x001/x234/067.p/89')).toEqual({
      kind: 'tile',
      tile: { level: 0, index: 1_234_067, width: 89 },
    })
    expect(parseTilePath('tile/0/001')).toEqual({ kind: 'tile', tile: { level: 0, index: 1, width: 256 } })
    expect(parseTilePath('tile/63/x009/x007/x199/x254/x740/991.p/255')).toEqual({
      kind: 'tile',
      tile: { level: 63, index: 2 ** 53 - 1, width: 255 },
    })
  })

  it.each([
    // tessera's error cases
    'tile/0/x001/x234/067.p/',
    'tile/0/x001/x234/067.p',
    'tile/0/x001/x234/',
    'tile/0/x001/x234',
    'tile/0/x001/',
    'tile/0/x001',
    'tile/1/x001/.p/abc',
    'tile/64/x001/002',
    'tile/-1/x001/002',
    'tile/abc/x001/002',
    'tile/8/001/002',
    'tile/8/x001/0002',
    'tile/8/x001/-002',
    'tile/8/x001/002.p/256',
    'tile/63/x999/x999/x999/x999/x999/x999/999.p/255',
    // non-canonical spellings of real tiles, and sizes a JavaScript number cannot hold
    'tile/00/000',
    'tile/0/x000/001',
    'tile/0/000.p/0',
    'tile/0/000.p/08',
    'tile/0/000.p/256',
    'tile/entries/000.p/256',
    'tile/0/x009/x007/x199/x254/x740/992',
    'tile/63/x999/x999/x999/x999/x999/999.p/255',
    '/tile/0/000',
    'tile/0/000/',
    'tile/data/000',
  ])('refuses %s', (path) => {
    expect(parseTilePath(path)).toBeUndefined()
  })
})

describe('tile widths for a tree size (C2SP tlog-tiles "Partial Tiles")', () => {
  it('lays out a tree of 70,000 as the spec describes', () => {
    // "273 full level 0 tiles, one partial level 0 tile of width 112, one full level 1 tile, one
    // partial level 1 tile of width 17, and one partial level 2 tile of width 1"
    expect(tileLayout(70_000)).toEqual([
      { level: 0, fullTiles: 273, partialWidth: 112 },
      { level: 1, fullTiles: 1, partialWidth: 17 },
      { level: 2, fullTiles: 0, partialWidth: 1 },
    ])
    const partialPaths = ['tile/0/273.p/112', 'tile/1/001.p/17', 'tile/2/000.p/1']
    expect(partialTilesForTreeSize(70_000).map(tilePath)).toEqual(partialPaths)
  })

  it('represents a tree of 256 by a full level-0 tile and a level-1 tile of width 1', () => {
    expect(tileLayout(256)).toEqual([
      { level: 0, fullTiles: 1, partialWidth: 0 },
      { level: 1, fullTiles: 0, partialWidth: 1 },
    ])
    expect(partialTilesForTreeSize(256).map(tilePath)).toEqual(['tile/1/000.p/1'])
  })

  it('has no tiles for the empty tree, and never an empty tile', () => {
    expect(tileLayout(0)).toEqual([])
    expect(tileWidth(0, 0, 0)).toBe(0)
    expect(tileWidth(0, 1, 256)).toBe(0)
    expect(tileWidth(0, 0, 255)).toBe(255)
    expect(tileWidth(0, 0, 257)).toBe(256)
    expect(tileWidth(0, 1, 257)).toBe(1)
    expect(tileWidth(1, 0, 65_535)).toBe(255)
    expect(tileWidth(1, 0, 65_536)).toBe(256)
    expect(tileWidth(2, 0, 65_536)).toBe(1)
  })
})
