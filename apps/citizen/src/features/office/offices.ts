import type { ServedOffice } from '@pintu/contract'

/**
 * Address of the offices this deployment serves (systemRoutes.offices; a test holds the two
 * together). Written out so the header's office switch never loads the contract's schemas.
 */
export const OFFICES_URL = '/api/v1/offices'

let answer: Promise<ServedOffice[]> | null = null

/**
 * The offices served, the default first, asked once per page load (the list is the same whatever
 * office is chosen). Never throws: without the list the page simply offers no choice, and the next
 * page asks again.
 */
export function loadOffices(doFetch: typeof fetch = fetch): Promise<ServedOffice[]> {
  answer ??= doFetch(OFFICES_URL, { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`offices: ${response.status}`)
      return ((await response.json()) as { offices: ServedOffice[] }).offices
    })
    .catch(() => {
      answer = null
      return []
    })
  return answer
}

/** Forgets the answer (tests). */
export function forgetOffices() {
  answer = null
}
