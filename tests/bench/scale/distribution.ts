// How the generated work is spread. Five years of applications, growing over time (twice as many
// filed per day at the end as at the start); files still open are recent, older ones are settled.
import type { ApplicationStatus } from '@pintu/contract'

export const YEARS_OF_HISTORY = 5
export const DAYS_OF_HISTORY = 1826
/** Files filed in the last 30 days are the ones that may still be open. */
export const RECENT_DAYS = 30

/** Weights (per 1,000) of the status of a file filed in the last 30 days. */
export const recentStatusWeights: Record<ApplicationStatus, number> = {
  draft: 140,
  submitted: 15,
  admin_verification: 120,
  returned: 90,
  technical_review: 80,
  decision: 50,
  awaiting_payment: 30,
  signing: 45,
  issued: 300,
  rejected: 40,
  withdrawn: 50,
  expired: 30,
  // Drafts their owners deleted: answers and documents erased, the row and its history kept.
  deleted: 10,
}

/** Weights (per 1,000) of the status of an older file: settled, or a draft nobody finished. */
export const oldStatusWeights: Partial<Record<ApplicationStatus, number>> = {
  draft: 25,
  issued: 880,
  rejected: 45,
  withdrawn: 30,
  expired: 20,
}

/** Share of submitted files that were returned once and fixed on the way. */
export const RETURNED_ONCE_SHARE = 0.12
/** Share of open files whose stage began long ago (most of them now past its due date). */
export const LATE_SHARE = 0.25
/** Share of files filed by agencies (biro jasa) filing for many clients; the rest by people filing a few each. */
export const AGENCY_SHARE = 0.1

/** Applicants: about three applications each; one in a thousand of them an agency. */
export const applicantCount = (applications: number) => Math.max(50, Math.round(applications / 3))
export const agencyCount = (applicants: number) => Math.max(1, Math.round(applicants / 1000))

/** Officers: about one per 10,000 applications stored (≈ 100 open files each), shared among the roles. */
export function officerCounts(applications: number): Record<string, number> {
  const total = Math.max(24, Math.round(applications / 10_000))
  const shares = { frontdesk: 0.35, technical: 0.25, approver: 0.15, signer: 0.1, supervisor: 0.08, treasurer: 0.07 }
  return Object.fromEntries(
    Object.entries(shares).map(([role, share]) => [role, Math.max(2, Math.round(total * share))]),
  )
}

/** Cumulative thresholds (0..1) over weights, in a fixed order, for a CASE over a uniform draw. */
export function thresholds(weights: Partial<Record<string, number>>): { value: string; upTo: number }[] {
  const entries = Object.entries(weights).filter((e): e is [string, number] => (e[1] ?? 0) > 0)
  const sum = entries.reduce((s, [, w]) => s + w, 0)
  let acc = 0
  return entries.map(([value, w]) => ({ value, upTo: (acc += w) / sum }))
}
