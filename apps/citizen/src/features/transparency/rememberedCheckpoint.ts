import { chosenOffice } from '@/features/office/chosenOffice.ts'
import type { RememberedCheckpoint } from './checkFileLog.ts'

// The last checkpoint this browser checked, kept across visits so the next check can prove the log
// only grew in between. Anything unreadable (another version, a hand edit) counts as nothing kept.
const BASE_KEY = 'pintu.transparency.checkpoint'
// Each office of a deployment keeps its own log today (under the deployment's one origin and key):
// a checkpoint of one office's log must never be compared with another's, which would look like a
// rewritten log. So a chosen office keeps its own; the unchosen (default or host's) office the plain key.
const key = () => (chosenOffice.value ? `${BASE_KEY}.${chosenOffice.value}` : BASE_KEY)

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
      const value: unknown = JSON.parse(storage.getItem(key()) ?? 'null')
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
      storage.setItem(key(), JSON.stringify(checkpoint))
    } catch {
      // Storage full or disabled: the check still ran; the next one starts afresh.
    }
  },
}
