import { shallowRef } from 'vue'

/** What just happened, said once on the page the applicant lands on (GOV.UK's notification banner). */
export type FlashMessage = 'registered' | 'savedForLater' | 'loggedOut' | 'draftDeleted'

interface Flash {
  key: FlashMessage
  /** Shown from the next page the router lands on; cleared when the applicant moves on from it. */
  shown: boolean
}

const current = shallowRef<Flash | null>(null)

/** Says `key` on the page the next navigation lands on. */
export function flash(key: FlashMessage) {
  current.value = { key, shown: false }
}

/** The message to show now, if any. */
export const flashMessage = () => (current.value?.shown ? current.value.key : null)

/** Called after every navigation: a pending message shows now, one already shown goes. */
export function advanceFlash() {
  if (!current.value) return
  current.value = current.value.shown ? null : { ...current.value, shown: true }
}

/** Closed by the applicant, or forgotten (tests). */
export function dismissFlash() {
  current.value = null
}
