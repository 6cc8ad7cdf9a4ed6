import type { OfficeTimeZone, Site } from '@pintu/contract'
import { computed, shallowRef, watch } from 'vue'
import { chosenOffice } from '@/features/office/chosenOffice.ts'
import { bankIsSimulated, forgetSite, loadSite } from './site.ts'

// One answer shared by the header, the banner and the invoice panel: all ask, the network is asked once.
const site = shallowRef<Site | null>(null)

function load() {
  void loadSite().then((answer) => {
    if (answer) site.value = answer
  })
}

// Another office chosen: its facts replace the last office's (the header then names it). At once
// (sync), so whoever chose and then asks loadSite() gets the new office's answer, not the old one.
watch(
  chosenOffice,
  () => {
    forgetSite()
    load()
  },
  { flush: 'sync' },
)

/** The installation facts, filled in when they arrive, and whether the bank is simulated here. */
export function useSite() {
  load()
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
