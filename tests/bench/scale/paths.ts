// The history an application has behind it, by the status it is in now: the steps the lifecycle
// table (packages/contract/src/lifecycle.ts) takes to get there, for a service with or without a
// technical review and a fee, and with or without one return to the applicant on the way.
import type { ApplicationStatus } from '@pintu/contract'

export interface PathStep {
  action: string
  from: ApplicationStatus | null
  to: ApplicationStatus
  /** The stage the actor acted in (as the writer records `actedInStage`). */
  stage: string | null
  actorRole: string
}

export interface PathKey {
  status: ApplicationStatus
  technical: boolean
  fee: boolean
  returned: boolean
}

/** The role holding each office stage in every service of the catalogue. */
export const stageRoles = {
  admin_verification: 'frontdesk',
  technical_review: 'technical',
  decision: 'approver',
  signing: 'signer',
} as const

const step = (action: string, from: ApplicationStatus | null, to: ApplicationStatus, actorRole: string): PathStep => ({
  action,
  from,
  to,
  stage: from && from in stageRoles && actorRole !== 'applicant' && actorRole !== 'system' ? from : null,
  actorRole,
})

/** Steps up to and including entering `target`, one of the office stages or a status after one. */
function forward(key: PathKey, target: ApplicationStatus): PathStep[] {
  const steps = [step('create', null, 'draft', 'applicant')]
  if (target === 'draft') return steps
  if (target === 'submitted') return [...steps, step('submit', 'draft', 'submitted', 'applicant')]
  steps.push(step('submit', 'draft', 'admin_verification', 'applicant'))
  if (key.returned || target === 'returned') {
    steps.push(step('return', 'admin_verification', 'returned', 'frontdesk'))
    if (target === 'returned') return steps
    steps.push(step('resubmit', 'returned', 'admin_verification', 'applicant'))
  }
  if (target === 'admin_verification') return steps
  const afterVerification = key.technical ? 'technical_review' : 'decision'
  steps.push(step('accept', 'admin_verification', afterVerification, 'frontdesk'))
  if (target === afterVerification) return steps
  if (key.technical) steps.push(step('complete_review', 'technical_review', 'decision', 'technical'))
  if (target === 'decision') return steps
  if (target === 'rejected') return [...steps, step('reject', 'decision', 'rejected', 'approver')]
  steps.push(step('approve', 'decision', key.fee ? 'awaiting_payment' : 'signing', 'approver'))
  if (target === 'awaiting_payment') return steps
  if (key.fee) steps.push(step('pay', 'awaiting_payment', 'signing', 'system'))
  if (target === 'signing') return steps
  return [...steps, step('sign', 'signing', 'issued', 'signer')]
}

/** The history of an application now in `key.status`. */
export function pathTo(key: PathKey): PathStep[] {
  switch (key.status) {
    case 'withdrawn':
      // Withdrawn by the applicant while it was theirs: a draft, or a file returned to them.
      return key.returned
        ? [...forward(key, 'returned'), step('withdraw', 'returned', 'withdrawn', 'applicant')]
        : [...forward(key, 'draft'), step('withdraw', 'draft', 'withdrawn', 'applicant')]
    case 'expired':
      return [...forward(key, 'returned'), step('expire', 'returned', 'expired', 'system')]
    case 'deleted':
      return [...forward(key, 'draft'), step('delete', 'draft', 'deleted', 'applicant')]
    default:
      return forward(key, key.status)
  }
}

/** Whether a path exists for the key: a technical stage only in services that have one, a payment only with a fee. */
export function pathApplies(key: PathKey): boolean {
  if (key.status === 'technical_review' && !key.technical) return false
  if (key.status === 'awaiting_payment' && !key.fee) return false
  if (key.status === 'deleted' && key.returned) return false // only a draft is deleted
  return true
}
