import type { Tracking } from '@pintu/contract'
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

/**
 * The last tracking answer, handed from the form to the result page. The result page's address
 * carries the code too, in its fragment (`/lacak/REG-…#kode=…`), so a reload or a bookmark shows
 * the result again; a fragment is never sent to the server (no access log, no Referer).
 */
export const useTrackingStore = defineStore('tracking', () => {
  const result = shallowRef<Tracking | null>(null)
  const code = shallowRef<string | null>(null)

  function remember(tracking: Tracking, trackingCode: string) {
    result.value = tracking
    code.value = trackingCode
  }

  return { result, code, remember }
})

/** The fragment of a result page's address that carries the tracking code. */
export const codeFragment = (code: string) => `#kode=${encodeURIComponent(code)}`

/** The tracking code from a result page's fragment, if it carries one. */
export function codeFromFragment(hash: string): string | null {
  const match = /^#kode=([A-Za-z0-9]{1,32})$/.exec(hash)
  return match ? match[1]! : null
}
