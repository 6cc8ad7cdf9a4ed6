import type { RememberedCheckpoint } from './checkFileLog.ts'

// The last checkpoint this browser checked, kept across visits so the next check can prove the log
// only grew in between. Anything unreadable (another version, a hand edit) counts as nothing kept.
const KEY = 'pintu.transparency.checkpoint'

function isRemembered(value: unknown): value is RememberedCheckpoint {
  const v = value as Partial<RememberedCheckpoint> | null
  return (
    typeof v?.origin === 'string' &&
    typeof v.vkey === 'string' &&
    typeof v.rootHash === 'string' &&
    Number.isSafeInteger(v.treeSize) &&
    (v.treeSize ?? -1) >= 0
  )
}

export const rememberedCheckpoint = {
  read(storage: Pick<Storage, 'getItem'> = localStorage): RememberedCheckpoint | null {
    try {
      const value: unknown = JSON.parse(storage.getItem(KEY) ?? 'null')
      return isRemembered(value) ? value : null
    } catch {
      return null
    }
  },
  /** Keeps the larger of what was kept and what was just checked (private browsing may refuse). */
  write(checkpoint: RememberedCheckpoint, storage: Pick<Storage, 'getItem' | 'setItem'> = localStorage): void {
    const kept = rememberedCheckpoint.read(storage)
    if (kept && kept.origin === checkpoint.origin && kept.treeSize > checkpoint.treeSize) return
    try {
      storage.setItem(KEY, JSON.stringify(checkpoint))
    } catch {
      // Storage full or disabled: the check still ran; the next one starts afresh.
    }
  },
}
