import type { Closure } from '@pintu/contract'
import { chosenOffice, officeHeaders } from '@/features/office/chosenOffice.ts'

/**
 * Address of the public list of declared closures (continuityRoutes.closures; a test holds the
 * two together). Written out because the notice shows on the first page, which must not load the
 * contract's schemas (SPEC §11: first route ≤ 120 KB gzipped).
 */
export const CLOSURES_URL = '/api/v1/closures'
/** A page left open for a day still learns of a closure, without asking on every click. */
export const CLOSURES_CACHE_MS = 5 * 60_000

type ClosureList = { items: Closure[] }

let cache: { at: number; office: string | null; answer: Promise<Closure[]> } | null = null

/**
 * The closures in force today, asked once per page load and again only after a few minutes.
 * Never throws: a notice that cannot be loaded must not break the page it sits on.
 */
export function closuresInForce(options: { now?: number; fetch?: typeof fetch } = {}): Promise<Closure[]> {
  const now = options.now ?? Date.now()
  // Each office declares its own closures: another office chosen is asked afresh.
  if (cache && now - cache.at < CLOSURES_CACHE_MS && cache.office === chosenOffice.value) return cache.answer
  const doFetch = options.fetch ?? fetch
  const answer = doFetch(CLOSURES_URL, { headers: { accept: 'application/json', ...officeHeaders() } })
    .then(async (response) => {
      if (!response.ok) throw new Error(`closures: ${response.status}`)
      return ((await response.json()) as ClosureList).items.filter((closure) => closure.inForce)
    })
    .catch(() => {
      cache = null // ask again on the next page rather than hide a closure for minutes
      return [] as Closure[]
    })
  cache = { at: now, office: chosenOffice.value, answer }
  return answer
}

/** Forgets the cached answer (tests). */
export function forgetClosures() {
  cache = null
}

/** Hidden for this visit: the closures the applicant dismissed, by id, so a new one shows again. */
export const DISMISSED_KEY = 'pintu.closureNoticeDismissed'

const idsOf = (closures: readonly Closure[]) => closures.map((closure) => closure.id).join(',')

/** Whether the applicant hid the notice of exactly these closures during this visit. */
export function isDismissed(closures: readonly Closure[]): boolean {
  try {
    return closures.length > 0 && sessionStorage.getItem(DISMISSED_KEY) === idsOf(closures)
  } catch {
    return false // storage blocked: the notice stays, which is the safe side
  }
}

/** Hides the notice of these closures until the browser tab is closed. */
export function dismissClosures(closures: readonly Closure[]) {
  try {
    sessionStorage.setItem(DISMISSED_KEY, idsOf(closures))
  } catch {
    // storage blocked: hidden on this page only
  }
}
