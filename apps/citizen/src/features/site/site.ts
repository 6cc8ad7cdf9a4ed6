import type { Site } from '@pintu/contract'

/**
 * Address of the public installation facts (systemRoutes.site; a test holds the two together).
 * Written out because the simulator banner shows on the first page, which must not load the
 * contract's schemas (SPEC §11: the first route stays small).
 */
export const SITE_URL = '/api/v1/site'

let answer: Promise<Site | null> | null = null

/**
 * What this installation is (its office, any simulator switched on), asked once per page load.
 * Never throws: a banner that cannot be loaded must not break the page it sits on; a failed
 * answer is forgotten so the next page asks again.
 */
export function loadSite(doFetch: typeof fetch = fetch): Promise<Site | null> {
  answer ??= doFetch(SITE_URL, { headers: { accept: 'application/json' } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`site: ${response.status}`)
      return (await response.json()) as Site
    })
    .catch(() => {
      answer = null
      return null
    })
  return answer
}

/** Whether payments here go to the bank simulator instead of a real bank. */
export function bankIsSimulated(site: Site | null): boolean {
  return site?.simulators.includes('bank') ?? false
}

/** Forgets the answer (tests). */
export function forgetSite() {
  answer = null
}
