import { OFFICE_HEADER } from '@pintu/contract/office-header'
import { ref } from 'vue'

/** Where the citizen's choice of office is remembered across visits (this origin only). */
export const CHOSEN_OFFICE_KEY = 'pintu.office'

function read(): string | null {
  try {
    return localStorage.getItem(CHOSEN_OFFICE_KEY)
  } catch {
    return null
  }
}

/**
 * The office the citizen chose in this browser (a Kemendagri code), or null: then no header is
 * sent and the deployment decides — its default office, or the office a reverse proxy sets for
 * this host name. Only an explicit choice (the office page, or a /kantor/<code> link) sets it, so a
 * host made for one office shows that office until its visitor asks for another; localStorage is
 * per origin, so a choice made on one office's host never follows the citizen to another's.
 */
export const chosenOffice = ref<string | null>(read())

/** Remembers the choice (null: forget it, the deployment decides again). */
export function rememberOffice(code: string | null) {
  try {
    if (code) localStorage.setItem(CHOSEN_OFFICE_KEY, code)
    else localStorage.removeItem(CHOSEN_OFFICE_KEY)
  } catch {
    // without storage the choice lasts for this page only
  }
  chosenOffice.value = code
}

/** The header naming the chosen office, for every request this SPA sends (none when nothing is chosen). */
export function officeHeaders(): Record<string, string> {
  return chosenOffice.value ? { [OFFICE_HEADER]: chosenOffice.value } : {}
}
