import type { Consent, FilingClient } from '@pintu/contract'

/** How long a consent may last, as offered on the page (the API takes 1 to 365 days). */
export const consentDurations = [30, 90, 180, 365] as const

export interface ConsentDraft {
  clientId: string
  serviceCodes: string[]
  days: number
}

/** The service types still chosen once the client changes: only those the new client may file. */
export function keepOffered(draft: ConsentDraft, client: FilingClient | undefined): string[] {
  return client ? draft.serviceCodes.filter((code) => client.serviceCodes.includes(code)) : []
}

/** What keeps the draft from being sent, as a message key; null when it may be sent. */
export function draftProblem(draft: ConsentDraft): 'consents.pickClient' | 'consents.pickService' | null {
  if (!draft.clientId) return 'consents.pickClient'
  if (draft.serviceCodes.length === 0) return 'consents.pickService'
  return null
}

/** Active consents first, then ended ones; newest first within each. */
export function ordered(consents: readonly Consent[]): Consent[] {
  return [...consents].sort((a, b) => Number(b.active) - Number(a.active) || b.grantedAt.localeCompare(a.grantedAt))
}
