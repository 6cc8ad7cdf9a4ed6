// The log entries of one file — an application with everything of it, or one permit — each with its
// inclusion proof against the latest checkpoint, so whoever holds the file can check in their own
// browser that what they are shown is what the public log says, and that it was never rewritten.
import { ENTRIES_PAGE_SIZE, type ChangeEntity, type EntryProofs } from '@pintu/contract'
import {
  createTileReader,
  fromUtf8,
  hasher,
  parseEntryBundle,
  TILE_WIDTH,
  toBase64,
  type TileId,
} from '@pintu/tlog/node'
import { fail } from '../../errors/app-error.ts'
import type { ChangeFeed } from '../changes/changes.module.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { TransparencyReadDeps } from './transparency.usecases.ts'
import { cosignedNote } from './witnesses.ts'

/**
 * One office's view of the cell's log: the files are that office's (its feed finds their changes),
 * the proofs are against the cell's one tree.
 */
export interface FileLogDeps extends TransparencyReadDeps {
  office: Office
  feed: Pick<ChangeFeed, 'auditIdsOfApplication' | 'auditIdsOfEntity'>
}

/** The file's changes, by audit id: what `auditIdsOfApplication` or `auditIdsOfEntity` return. */
type AuditIds = readonly number[]

/** The entries of these changes with their proofs; null before the log's first checkpoint. */
async function proofsOf(deps: FileLogDeps, auditIds: AuditIds, after: number): Promise<EntryProofs | null> {
  const checkpoint = await deps.log.latestCheckpoint(deps.db)
  if (!checkpoint) return null
  const { treeSize } = checkpoint
  const { logged, page } = await deps.log.positionsOf(deps.db, auditIds, {
    treeSize,
    after,
    limit: ENTRIES_PAGE_SIZE + 1,
  })
  const shown = page.slice(0, ENTRIES_PAGE_SIZE)

  // The proofs of one file's entries share most of their tiles, and its entries often one bundle.
  const tiles = new Map<string, Promise<Uint8Array>>()
  const reader = createTileReader({
    hasher,
    treeSize,
    fetchTile: (tile: TileId) => {
      const key = `${tile.level}/${tile.index}/${tile.width}`
      let hashes = tiles.get(key)
      if (!hashes) {
        hashes = deps.log.tile(deps.db, tile.level, tile.index, tile.width).then((found) => {
          if (!found) throw new Error(`stored tile ${key} missing`)
          return found
        })
        tiles.set(key, hashes)
      }
      return hashes
    },
  })
  const bundles = new Map<number, Promise<Uint8Array[] | undefined>>()
  const entryAt = async (position: number) => {
    const index = Math.floor(position / TILE_WIDTH)
    let bundle = bundles.get(index)
    if (!bundle) {
      const width = Math.min(TILE_WIDTH, treeSize - index * TILE_WIDTH)
      bundle = deps.log
        .bundleCovering(deps.db, index, width)
        .then((found) => (found ? parseEntryBundle(found.data, found.width) : undefined))
      bundles.set(index, bundle)
    }
    const entry = (await bundle)?.[position % TILE_WIDTH]
    if (!entry) throw new Error(`stored entry bundle ${index} missing`)
    return fromUtf8(entry) ?? ''
  }

  const entries = await Promise.all(
    shown.map(async ({ position, leafHash }) => ({
      index: position,
      leafHash: toBase64(leafHash),
      entry: await entryAt(position),
      proof: (await reader.inclusionProof(position)).map(toBase64),
    })),
  )
  return {
    checkpoint: await cosignedNote(deps, checkpoint),
    treeSize,
    entries,
    pending: Math.max(0, auditIds.length - logged),
    next: page.length > ENTRIES_PAGE_SIZE ? shown[shown.length - 1]!.position : null,
  }
}

/** Every change of an application and of what belongs to it (documents, invoice, permit). */
export async function applicationEntries(deps: FileLogDeps, applicationId: string, after = -1): Promise<EntryProofs> {
  const proofs = await proofsOf(
    deps,
    await deps.feed.auditIdsOfApplication(deps.db, deps.office.id, applicationId),
    after,
  )
  if (!proofs) throw fail('transparency.empty_log')
  return proofs
}

/** Every change of one entity (a permit's issuance and any revocation); null before the first checkpoint. */
export async function entityEntries(deps: FileLogDeps, entity: { type: ChangeEntity; id: string }) {
  return proofsOf(deps, await deps.feed.auditIdsOfEntity(deps.db, deps.office.id, entity.type, entity.id), -1)
}
