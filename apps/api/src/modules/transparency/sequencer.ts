// The cell's log's one writer: every office's recorded changes in this database go into one
// tree, each entry naming its office (issue 16: one log per cell, not one per office). Changes are
// integrated after they commit, in batches, by one sequencer at a time (a PostgreSQL advisory
// lock, so several API processes are safe): it reads the outbox in commit-safe order, gives each
// change the next position, stores the tiles and entry bundles integration produced, and signs a
// checkpoint. A request never waits for it.
import {
  encodeEntryBundle,
  formatCheckpoint,
  hasher,
  integrate,
  integrateEntries,
  parseEntryBundle,
  partialTilesForTreeSize,
  signNote,
  TILE_WIDTH,
  type NoteSigner,
  type TileData,
} from '@pintu/tlog/node'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import type { CellChangeFeed } from '../changes/changes.module.ts'
import type { LeafEncoder } from './leaf.ts'
import type { OfficeCodes } from './office-codes.ts'
import { outboxPosition, type LogState, type TransparencyRepository } from './transparency.repository.ts'

/** Arbitrary constant naming the sequencer among PostgreSQL advisory locks. */
const SEQUENCER_LOCK_KEY = 7_303_275
/** Changes integrated per transaction: large enough for ≥ 1,000/s, small enough to keep locks short. */
export const BATCH_SIZE = 1_000

export interface SequencerDeps {
  db: Db
  clock: Clock
  feed: CellChangeFeed
  officeCodes: OfficeCodes
  log: TransparencyRepository
  encoder: LeafEncoder
  signer: NoteSigner
  origin: string
}

export interface IntegrationReport {
  integrated: number
  treeSize: number
  checkpoint: boolean
}

/** The partial tiles of the stored tree, exactly as integrate() wants them. */
async function partialTilesOf(deps: SequencerDeps, ex: Executor, treeSize: number): Promise<TileData[]> {
  const tiles: TileData[] = []
  for (const id of partialTilesForTreeSize(treeSize)) {
    const hashes = await deps.log.tile(ex, id.level, id.index, id.width)
    if (!hashes) throw new Error(`the log is missing its partial tile ${id.level}/${id.index}.p/${id.width}`)
    tiles.push({ ...id, hashes })
  }
  return tiles
}

async function partialBundleOf(deps: SequencerDeps, ex: Executor, treeSize: number): Promise<Uint8Array[]> {
  const width = treeSize % TILE_WIDTH
  if (width === 0) return []
  const data = await deps.log.bundle(ex, Math.floor(treeSize / TILE_WIDTH), width)
  const entries = data && parseEntryBundle(data, width)
  if (!entries) throw new Error(`the log is missing its partial entry bundle of width ${width}`)
  return entries
}

/** Signs the checkpoint of `state` when it is not signed yet. */
async function signCheckpoint(deps: SequencerDeps, ex: Executor, state: LogState): Promise<boolean> {
  const latest = await deps.log.latestCheckpoint(ex)
  if (latest && latest.treeSize >= state.treeSize) return false
  const text = formatCheckpoint({ origin: deps.origin, size: state.treeSize, rootHash: state.rootHash, extensions: [] })
  const note = await signNote(text, [deps.signer])
  await deps.log.insertCheckpoint(ex, {
    treeSize: state.treeSize,
    rootHash: state.rootHash,
    note,
    signedAt: deps.clock.now(),
  })
  return true
}

/**
 * One round: integrates up to BATCH_SIZE committed changes and signs the new checkpoint, in one
 * transaction. Null when another process holds the sequencer's lock.
 */
export async function integrateOnce(deps: SequencerDeps): Promise<IntegrationReport | null> {
  return deps.db.transaction(async (tx) => {
    if (!(await deps.log.trySequencerLock(tx, SEQUENCER_LOCK_KEY))) return null
    const now = deps.clock.now()
    const state: LogState = (await deps.log.state(tx)) ?? {
      treeSize: 0,
      rootHash: hasher.emptyRoot,
      lastXid: '0',
      lastOutboxId: 0,
      integratedAt: now,
    }
    const changes = await deps.feed.cellChangesAfter(tx, { xid: state.lastXid, id: state.lastOutboxId }, BATCH_SIZE)
    if (changes.length === 0) {
      const checkpoint = await signCheckpoint(deps, tx, state)
      if (checkpoint) await deps.log.saveState(tx, state)
      return { integrated: 0, treeSize: state.treeSize, checkpoint }
    }

    const entries: Uint8Array[] = []
    for (const change of changes)
      entries.push(deps.encoder.encode({ ...change, officeCode: await deps.officeCodes.codeOf(tx, change.officeId) }))
    const leafHashes = entries.map((entry) => hasher.leafHash(entry))
    const grown = integrate(hasher, {
      treeSize: state.treeSize,
      partialTiles: await partialTilesOf(deps, tx, state.treeSize),
      leafHashes,
    })
    const bundles = integrateEntries({
      treeSize: state.treeSize,
      partialBundleEntries: await partialBundleOf(deps, tx, state.treeSize),
      entries,
    })
    await deps.log.insertEntries(
      tx,
      changes.map((change, i) => ({
        position: state.treeSize + i,
        auditId: change.auditId,
        leafHash: leafHashes[i]!,
      })),
    )
    await deps.log.insertTiles(
      tx,
      grown.tiles.map((tile) => ({
        level: tile.level,
        index: tile.index,
        width: tile.width,
        hashes: tile.hashes,
      })),
    )
    await deps.log.insertBundles(
      tx,
      bundles.map((bundle) => ({
        index: bundle.index,
        width: bundle.width,
        data: encodeEntryBundle(bundle.entries),
      })),
    )
    const last = changes[changes.length - 1]!
    const next: LogState = {
      treeSize: grown.treeSize,
      rootHash: grown.rootHash,
      lastXid: last.xid,
      lastOutboxId: last.outboxId,
      integratedAt: now,
    }
    await deps.log.saveState(tx, next)
    const checkpoint = await signCheckpoint(deps, tx, next)
    return { integrated: changes.length, treeSize: next.treeSize, checkpoint }
  })
}

/** Committed changes of any office not in the log yet. */
export async function pendingChanges(deps: SequencerDeps): Promise<number> {
  const state = await deps.log.state(deps.db)
  return deps.feed.cellCountAfter(deps.db, outboxPosition(state))
}

/**
 * Integrates until every change committed before the call is in the log (tests, catch-up). A
 * committed change stays out of reach while an older transaction anywhere on the server is still
 * open (see changesAfter), so this waits for those, up to `patienceMs`.
 */
export async function integrateAll(deps: SequencerDeps, patienceMs = 30_000): Promise<number> {
  const giveUpAt = Date.now() + patienceMs
  let total = 0
  for (;;) {
    const report = await integrateOnce(deps)
    if (report && report.integrated > 0) {
      total += report.integrated
      continue
    }
    if ((await pendingChanges(deps)) === 0 || Date.now() > giveUpAt) return total
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
