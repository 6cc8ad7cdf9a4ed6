// The part of the auditor's check a browser can make without the server's word: the latest
// checkpoint is signed by the log key (and which witnesses cosigned it), and the tiles anyone
// can download rebuild exactly the root hash it signs. The server-side check adds the audit table.
import type { LogState } from '@pintu/contract'

export interface BrowserCheck {
  signed: boolean
  treeSize: number | null
  cosignedBy: readonly string[]
  tilesMatch: boolean
}

/** Fetches a resource below /api/v1/transparency/log/ (the checkpoint, a tile) as bytes. */
export type LogResource = (path: string) => Promise<Uint8Array>

export async function checkInBrowser(state: LogState, fetchResource: LogResource): Promise<BrowserCheck> {
  const tlog = await import('@pintu/tlog/browser')
  const unsigned: BrowserCheck = { signed: false, treeSize: null, cosignedBy: [], tilesMatch: false }
  const log = await tlog.loadVerifier(state.vkey).catch(() => null)
  if (!log) return unsigned
  const witnesses = (await Promise.all(state.witnesses.map((w) => tlog.loadVerifier(w.vkey).catch(() => null)))).filter(
    (w) => w !== null,
  )
  const note = tlog.fromUtf8(await fetchResource('checkpoint')) ?? ''
  let opened
  let checkpoint
  try {
    opened = await tlog.openNote(note, [log, ...witnesses])
    checkpoint = tlog.parseCheckpoint(opened.text)
  } catch {
    return unsigned
  }
  const isLog = (s: { name: string; keyId: number }) => s.name === log.name && s.keyId === log.keyId
  if (!opened.verified.some(isLog) || checkpoint.origin !== state.origin) return unsigned
  const reader = tlog.createTileReader({
    hasher: tlog.hasher,
    treeSize: checkpoint.size,
    fetchTile: (tile) => fetchResource(tlog.tilePath(tile)),
  })
  const root = checkpoint.size === 0 ? tlog.hasher.emptyRoot : await reader.rootHash().catch(() => null)
  return {
    signed: true,
    treeSize: checkpoint.size,
    cosignedBy: opened.verified.filter((s) => !isLog(s)).map((s) => s.name),
    tilesMatch: root !== null && tlog.bytesEqual(root, checkpoint.rootHash),
  }
}
