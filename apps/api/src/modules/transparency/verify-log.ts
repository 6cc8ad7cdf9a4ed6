// The auditor's check (`pnpm audit:verify`): recompute every entry from the audit table, rebuild
// the tree, and hold it against every checkpoint the log signed and every checkpoint a witness
// saved. It checks the cell's whole log, every office's entries. Whatever was changed, deleted,
// inserted, swapped, truncated, restored from a backup or rewritten and re-signed, the first
// broken entry or checkpoint is named.
import {
  bytesEqual,
  createMemoryTree,
  createTileReader,
  hasher,
  loadVerifier,
  openNote,
  parseCheckpoint,
  parseEntryBundle,
  TILE_WIDTH,
} from '@pintu/tlog/node'
import type { LogFinding, LogVerification } from '@pintu/contract'
import type { Db } from '../../db/database.ts'
import type { CellChangeFeed } from '../changes/changes.module.ts'
import type { LeafEncoder, RecordedChange } from './leaf.ts'
import type { OfficeCodes } from './office-codes.ts'
import type { TransparencyRepository } from './transparency.repository.ts'

export interface VerifyDeps {
  db: Db
  feed: CellChangeFeed
  officeCodes: OfficeCodes
  log: TransparencyRepository
  encoder: LeafEncoder
  vkey: string
}

const AUDIT_PAGE = 5_000

async function auditRows(deps: VerifyDeps): Promise<Map<number, RecordedChange>> {
  const rows = new Map<number, RecordedChange>()
  for (let after = Number.MIN_SAFE_INTEGER; ;) {
    const page = await deps.feed.cellAuditPage(deps.db, after, AUDIT_PAGE)
    for (const { officeId, ...row } of page)
      rows.set(row.auditId, { ...row, officeCode: await deps.officeCodes.codeOf(deps.db, officeId) })
    if (page.length < AUDIT_PAGE) return rows
    after = page[page.length - 1]!.auditId
  }
}

/** The entries as published in the entry bundles of `treeSize`, by position. */
async function publishedEntries(deps: VerifyDeps, treeSize: number): Promise<(Uint8Array | undefined)[]> {
  const entries: (Uint8Array | undefined)[] = []
  for (let index = 0; index * TILE_WIDTH < treeSize; index++) {
    const width = Math.min(TILE_WIDTH, treeSize - index * TILE_WIDTH)
    const bundle = await deps.log.bundleCovering(deps.db, index, width)
    const parsed = bundle ? parseEntryBundle(bundle.data, bundle.width) : undefined
    for (let i = 0; i < width; i++) entries.push(parsed?.[i])
  }
  return entries
}

export async function verifyLog(deps: VerifyDeps, witnessNotes: readonly string[] = []): Promise<LogVerification> {
  const findings: LogFinding[] = []
  const verifier = await loadVerifier(deps.vkey)
  const entries = await deps.log.entries(deps.db)
  const audit = await auditRows(deps)
  const published = await publishedEntries(deps, entries.length)
  const tree = createMemoryTree(hasher)

  // Every position, in order: its audit entry still exists and still encodes to the logged leaf.
  const logged = new Set<number>()
  for (const [i, entry] of entries.entries()) {
    if (entry.position !== i) {
      findings.push({ kind: 'entry_missing', position: i, message: `no log entry at position ${i}` })
      break
    }
    logged.add(entry.auditId)
    const row = audit.get(entry.auditId)
    const where = `position ${i} (audit #${entry.auditId})`
    // The tree is the log's own leaves: the audit table is held against them entry by entry, the
    // checkpoints against the tree. So a changed audit entry is named once, where it happened.
    tree.append(entry.leafHash)
    if (!row) {
      findings.push({ kind: 'audit_entry_deleted', position: i, auditId: entry.auditId, message: `${where}: deleted` })
    } else {
      if (!bytesEqual(hasher.leafHash(deps.encoder.encode(row)), entry.leafHash)) {
        findings.push({
          kind: 'audit_entry_altered',
          position: i,
          auditId: entry.auditId,
          message: `${where}: the audit entry no longer matches what the log recorded`,
        })
      }
      const shown = published[i]
      if (!shown || !bytesEqual(hasher.leafHash(shown), entry.leafHash)) {
        findings.push({ kind: 'bundle_altered', position: i, message: `${where}: the published entry bundle differs` })
      }
    }
  }
  const lastLogged = Math.max(0, ...logged)
  for (const id of audit.keys()) {
    if (id < lastLogged && !logged.has(id)) {
      findings.push({
        kind: 'audit_entry_not_in_log',
        auditId: id,
        message: `audit #${id} is older than logged entries but not in the log (inserted afterwards?)`,
      })
    }
  }

  /** Checks one signed checkpoint against the recomputed tree; `source` says whose it is. */
  async function checkNote(note: string, source: 'log' | 'witness'): Promise<void> {
    let checkpoint
    try {
      checkpoint = parseCheckpoint((await openNote(note, [verifier])).text)
    } catch {
      findings.push({
        kind: 'checkpoint_bad_signature',
        message: `a ${source} checkpoint is not signed by the log key`,
      })
      return
    }
    const { size, rootHash } = checkpoint
    if (size > tree.size) {
      findings.push({
        kind: source === 'log' ? 'checkpoint_beyond_log' : 'log_truncated',
        treeSize: size,
        message: `the ${source} checkpoint of size ${size} is beyond the log's ${tree.size} entries (truncated or restored from an older backup)`,
      })
    } else if (!bytesEqual(tree.rootHash(size), rootHash)) {
      findings.push({
        kind: source === 'log' ? 'checkpoint_mismatch' : 'history_rewritten',
        treeSize: size,
        message: `the ${source} checkpoint of size ${size} does not match the recomputed tree (history rewritten)`,
      })
    }
  }

  const checkpoints = await deps.log.checkpoints(deps.db)
  for (const checkpoint of checkpoints) await checkNote(checkpoint.note, 'log')
  for (const note of witnessNotes) await checkNote(note, 'witness')

  // The tiles clients read must give the same root as the entries.
  const latest = checkpoints[checkpoints.length - 1]
  if (latest && latest.treeSize <= tree.size && latest.treeSize > 0) {
    const reader = createTileReader({
      hasher,
      treeSize: latest.treeSize,
      fetchTile: async (tile) => (await deps.log.tile(deps.db, tile.level, tile.index, tile.width)) ?? new Uint8Array(),
    })
    const root = await reader.rootHash().catch(() => undefined)
    if (!root || !bytesEqual(root, tree.rootHash(latest.treeSize))) {
      findings.push({
        kind: 'tiles_altered',
        treeSize: latest.treeSize,
        message: `the served tiles of size ${latest.treeSize} do not rebuild the recomputed root`,
      })
    }
  }

  return { treeSize: tree.size, checkpoints: checkpoints.length, witnessCheckpoints: witnessNotes.length, findings }
}
