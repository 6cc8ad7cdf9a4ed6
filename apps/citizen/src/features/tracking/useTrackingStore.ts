import type { Tracking } from '@pintu/contract'
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

/**
 * The last tracking answer, handed from the form to the result page. The code stays in memory
 * only, never in the address bar, so it does not end up in browser history or shared links.
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
