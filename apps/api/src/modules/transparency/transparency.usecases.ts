// What the log serves: the latest checkpoint, tiles and entry bundles exactly as stored, and the
// JSON proofs for clients that do not read tiles (built from the same stored tiles, so a proof
// never says anything the tiles do not).
import type { ConsistencyProof, InclusionProof, LogState } from '@pintu/contract'
import {
  createTileReader,
  fromUtf8,
  hasher,
  parseEntryBundle,
  parseTilePath,
  TILE_WIDTH,
  toBase64,
} from '@pintu/tlog/node'
import type { Db } from '../../db/database.ts'
import { AppError, fail } from '../../errors/app-error.ts'
import type { CellChangeFeed } from '../changes/changes.module.ts'
import { outboxPosition, type CheckpointRow, type TransparencyRepository } from './transparency.repository.ts'
import { cosignedNote, type Witness } from './witnesses.ts'

/** What the cell's log reads to serve itself: the same whichever office a request is routed to. */
export interface TransparencyReadDeps {
  db: Db
  cellFeed: CellChangeFeed
  log: TransparencyRepository
  origin: string
  vkey: string
  witnesses: readonly Witness[]
  quorum: number
}

async function latest(deps: TransparencyReadDeps): Promise<CheckpointRow> {
  const checkpoint = await deps.log.latestCheckpoint(deps.db)
  if (!checkpoint) throw fail('transparency.empty_log')
  return checkpoint
}

/** The latest checkpoint with the cosignatures its witnesses returned. */
export async function checkpointNote(deps: TransparencyReadDeps): Promise<string> {
  return cosignedNote(deps, await latest(deps))
}

/** The bytes at a tlog-tiles path below `tile/`, as stored when they were integrated. */
export async function tileAt(deps: TransparencyReadDeps, path: string): Promise<Uint8Array> {
  const target = parseTilePath(`tile/${path}`)
  if (!target) throw fail('transparency.bad_tile_path')
  const data =
    target.kind === 'tile'
      ? await deps.log.tile(deps.db, target.tile.level, target.tile.index, target.tile.width)
      : await deps.log.bundle(deps.db, target.bundle.index, target.bundle.width)
  if (!data) throw fail('transparency.tile_not_found')
  return data
}

export async function logState(deps: TransparencyReadDeps): Promise<LogState> {
  const [checkpoint, state, witnesses] = await Promise.all([
    deps.log.latestCheckpoint(deps.db),
    deps.log.state(deps.db),
    deps.log.lastCosignatures(deps.db),
  ])
  const lastCosigned = new Map(witnesses.map((w) => [w.witness, w]))
  const cosignatures = checkpoint ? await deps.log.cosignaturesOf(deps.db, checkpoint.treeSize) : []
  return {
    origin: deps.origin,
    vkey: deps.vkey,
    treeSize: checkpoint?.treeSize ?? 0,
    rootHash: toBase64(checkpoint?.rootHash ?? hasher.emptyRoot),
    checkpointAt: checkpoint?.signedAt.toISOString() ?? null,
    pending: await deps.cellFeed.cellCountAfter(deps.db, outboxPosition(state)),
    witnesses: deps.witnesses.map(({ name, vkey }) => {
      const last = lastCosigned.get(name)
      return { name, vkey, treeSize: last?.treeSize ?? null, cosignedAt: last?.cosignedAt.toISOString() ?? null }
    }),
    quorum: deps.quorum,
    cosignatures: cosignatures.length,
  }
}

/** A reader of the stored tiles at a size no larger than the latest checkpoint. */
async function readerAt(deps: TransparencyReadDeps, treeSize: number | undefined) {
  const checkpoint = await latest(deps)
  const size = treeSize ?? checkpoint.treeSize
  if (size > checkpoint.treeSize)
    throw new AppError('transparency.beyond_tree', { params: { treeSize: checkpoint.treeSize } })
  return createTileReader({
    hasher,
    treeSize: size,
    fetchTile: async (tile) => {
      const hashes = await deps.log.tile(deps.db, tile.level, tile.index, tile.width)
      if (!hashes) throw new Error(`stored tile ${tile.level}/${tile.index} missing`)
      return hashes
    },
  })
}

export async function inclusionProof(
  deps: TransparencyReadDeps,
  query: { index: number; treeSize?: number },
): Promise<InclusionProof> {
  const reader = await readerAt(deps, query.treeSize)
  if (query.index >= reader.treeSize) {
    throw new AppError('transparency.beyond_tree', { params: { treeSize: reader.treeSize } })
  }
  const bundleIndex = Math.floor(query.index / TILE_WIDTH)
  const bundle = await deps.log.bundleCovering(deps.db, bundleIndex, (query.index % TILE_WIDTH) + 1)
  const entry = bundle && parseEntryBundle(bundle.data, bundle.width)?.[query.index % TILE_WIDTH]
  if (!entry) throw new Error(`stored entry bundle ${bundleIndex} missing`)
  return {
    index: query.index,
    treeSize: reader.treeSize,
    leafHash: toBase64(await reader.leafHash(query.index)),
    entry: fromUtf8(entry) ?? '',
    proof: (await reader.inclusionProof(query.index)).map(toBase64),
  }
}

export async function consistencyProof(
  deps: TransparencyReadDeps,
  query: { from: number; to?: number },
): Promise<ConsistencyProof> {
  const reader = await readerAt(deps, query.to)
  if (query.from > reader.treeSize)
    throw new AppError('transparency.beyond_tree', { params: { treeSize: reader.treeSize } })
  const proof = query.from === 0 || query.from === reader.treeSize ? [] : await reader.consistencyProof(query.from)
  return { from: query.from, to: reader.treeSize, proof: proof.map(toBase64) }
}
