import type { OfficeTimeZone, Site } from '@pintu/contract'
import { computed, shallowRef } from 'vue'
import { bankIsSimulated, loadSite } from './site.ts'

// One answer shared by the banner and the invoice panel: both ask, the network is asked once.
const site = shallowRef<Site | null>(null)

/** The installation facts, filled in when they arrive, and whether the bank is simulated here. */
export function useSite() {
  void loadSite().then((answer) => {
    if (answer) site.value = answer
  })
  return { site, bankSimulated: computed(() => bankIsSimulated(site.value)) }
}

/**
 * The office's time zone once the site facts are in (the layout's banner asks for them on every
 * page), else null. Read inside a render, it re-renders when they arrive.
 */
export const siteTimeZone = (): OfficeTimeZone | null => site.value?.office?.timezone ?? null

/** Forgets the shared answer (tests). */
export function resetSiteState() {
  site.value = null
}
