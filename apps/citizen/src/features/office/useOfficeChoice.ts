import type { ServedOffice } from '@pintu/contract'
import { computed, shallowRef } from 'vue'
import { loadSite } from '@/features/site/site.ts'
import '@/features/site/useSite.ts' // its watcher re-asks the site facts the moment the office changes
import { rememberOffice } from './chosenOffice.ts'
import { loadOffices } from './offices.ts'

/** What the office page shows: the list to choose from, or a question before the choice is made. */
export type OfficeChoiceState =
  | { kind: 'loading' }
  /** The deployment serves one office: nothing to choose. */
  | { kind: 'single'; office: ServedOffice | null }
  | { kind: 'choose'; unknownCode: string | null }
  /** Signed in at another office: choosing signs out, so the citizen says so first. */
  | { kind: 'signed-in'; chosen: ServedOffice }
  /** A reverse proxy fixes this host name's office: a choice cannot reach another office here. */
  | { kind: 'host-only'; chosen: ServedOffice }
  | { kind: 'done' }

export interface OfficeChoiceSession {
  isLoggedIn: () => boolean
  logout: () => Promise<void>
}

/**
 * Choosing the office: the list, the office that answers now, and the rules of switching. A
 * session belongs to the office it was opened at (tokens carry `office`, another office refuses
 * them with auth.wrong_office), so switching while signed in asks first and signs out, rather than
 * leaving every next page to fail.
 */
export function useOfficeChoice(session: OfficeChoiceSession) {
  const offices = shallowRef<ServedOffice[]>([])
  const currentCode = shallowRef<string | null>(null)
  const state = shallowRef<OfficeChoiceState>({ kind: 'loading' })
  const current = computed(() => offices.value.find((office) => office.code === currentCode.value) ?? null)

  /** Loads the list and the office answering now; `pathCode` is the office a /kantor/<code> link names. */
  async function start(pathCode: unknown): Promise<void> {
    const [list, site] = await Promise.all([loadOffices(), loadSite()])
    offices.value = list
    currentCode.value = site?.officeCode ?? null
    if (list.length <= 1) {
      state.value = { kind: 'single', office: list[0] ?? null }
      return
    }
    const code = typeof pathCode === 'string' && pathCode !== '' ? pathCode.slice(0, 20) : null
    if (code === null) {
      state.value = { kind: 'choose', unknownCode: null }
      return
    }
    const named = list.find((office) => office.code === code)
    if (named) await choose(named)
    else state.value = { kind: 'choose', unknownCode: code }
  }

  async function choose(office: ServedOffice): Promise<void> {
    if (session.isLoggedIn() && office.code !== currentCode.value) {
      state.value = { kind: 'signed-in', chosen: office }
      return
    }
    await apply(office)
  }

  /** After the citizen agreed: sign out here, then move. */
  async function signOutAndChoose(office: ServedOffice): Promise<void> {
    await session.logout()
    await apply(office)
  }

  function stay() {
    state.value = { kind: 'choose', unknownCode: null }
  }

  async function apply(office: ServedOffice): Promise<void> {
    rememberOffice(office.code)
    const site = await loadSite()
    // The office that answered after the choice: another one means the host name decides here.
    if (site && site.officeCode !== office.code) {
      currentCode.value = site.officeCode
      state.value = { kind: 'host-only', chosen: office }
      return
    }
    currentCode.value = office.code
    state.value = { kind: 'done' }
  }

  return { offices, current, state, start, choose, signOutAndChoose, stay }
}
