import type { Site } from '@pintu/contract'
import { chosenOffice, officeHeaders, rememberOffice } from '@/features/office/chosenOffice.ts'

/**
 * Address of the public installation facts (systemRoutes.site; a test holds the two together).
 * Written out because the simulator banner shows on the first page, which must not load the
 * contract's schemas (SPEC §11: the first route stays small).
 */
export const SITE_URL = '/api/v1/site'

let answer: Promise<Site | null> | null = null

/**
 * What this installation is (its office, any simulator switched on), asked once per page load and
 * again when the citizen chooses another office. Never throws: a banner that cannot be loaded must
 * not break the page it sits on; a failed answer is forgotten so the next page asks again.
 */
export function loadSite(doFetch: typeof fetch = fetch): Promise<Site | null> {
  const asked = chosenOffice.value
  answer ??= doFetch(SITE_URL, { headers: { accept: 'application/json', ...officeHeaders() } })
    .then(async (response) => {
      // A remembered office the deployment no longer serves (404), or one a reverse proxy overrides
      // with this host name's office: the choice is dropped and the page follows the office that
      // answers, since that is where every request goes.
      if (response.status === 404 && asked) rememberOffice(null)
      if (!response.ok) throw new Error(`site: ${response.status}`)
      const site = (await response.json()) as Site
      if (asked && site.officeCode !== asked) rememberOffice(null)
      return site
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

/** Forgets the answer (tests, and a change of office). */
export function forgetSite() {
  answer = null
}
