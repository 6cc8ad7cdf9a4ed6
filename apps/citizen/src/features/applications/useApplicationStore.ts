import type { ApplicationDetail, Receipt } from '@pintu/contract'
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'

/**
 * The application being filled in, shared by the pages of the apply flow so moving from one page
 * to the next costs no request on a slow connection; every change the API answers replaces it.
 * Also keeps the receipt of a submission for its confirmation page: the tracking code in it is
 * shown only then (the API stores only its hash), so it lives in memory and nowhere else.
 */
export const useApplicationStore = defineStore('application', () => {
  const current = shallowRef<ApplicationDetail | null>(null)
  const receipts = shallowRef<Record<string, Receipt>>({})

  async function load(id: string, options: { fresh?: boolean } = {}): Promise<ApplicationDetail> {
    if (!options.fresh && current.value?.id === id) return current.value
    const { applicationRoutes, callAsAccount } = await import('@/api.ts')
    const detail = await callAsAccount(applicationRoutes.get, { params: { id } })
    current.value = detail
    return detail
  }

  function set(detail: ApplicationDetail) {
    current.value = detail
  }

  function keepReceipt(id: string, receipt: Receipt) {
    receipts.value = { ...receipts.value, [id]: receipt }
  }

  function clear() {
    current.value = null
    receipts.value = {}
  }

  return { current, receipts, load, set, keepReceipt, clear }
})
