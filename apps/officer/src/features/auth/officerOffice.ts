import { OFFICE_HEADER } from '@pintu/contract/office-header'
import { ref } from 'vue'

/**
 * Where the office an officer signs in at is remembered. Its own key: the citizen SPA shares this
 * origin's storage, and an officer's office says nothing of the office they apply to as a citizen.
 */
export const OFFICER_OFFICE_KEY = 'pintu.officer.office'

function read(): string | null {
  try {
    return localStorage.getItem(OFFICER_OFFICE_KEY)
  } catch {
    return null
  }
}

/**
 * The office chosen on the sign-in page, remembered on this computer (an office PC signs in at the
 * same office every day; the session itself still ends with the browser). Null: none chosen, and
 * the deployment's default office (or the one a reverse proxy sets for this host) answers.
 */
export const officerOffice = ref<string | null>(read())

export function rememberOfficerOffice(code: string | null) {
  try {
    if (code) localStorage.setItem(OFFICER_OFFICE_KEY, code)
    else localStorage.removeItem(OFFICER_OFFICE_KEY)
  } catch {
    // without storage the choice lasts for this page only
  }
  officerOffice.value = code
}

/** The header naming the office, for the requests that do not go through the typed client. */
export function officeHeaders(): Record<string, string> {
  return officerOffice.value ? { [OFFICE_HEADER]: officerOffice.value } : {}
}

/**
 * An auditor allowed to read other offices reads one of them: every request names it from now on.
 * Not remembered: a reload, or the next sign-in, is back at the office they signed in at.
 */
export function readAtOffice(code: string) {
  officerOffice.value = code
}

/** Back to the office remembered at sign-in (after logging out of a reading elsewhere). */
export function backToSignInOffice() {
  officerOffice.value = read()
}
