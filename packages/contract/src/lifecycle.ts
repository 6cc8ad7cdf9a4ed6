import type { StageKey } from './catalogue-definition.ts'
import type { OfficerRole } from './roles.ts'

/**
 * The application lifecycle (SPEC §5): one table drives the API, both SPAs and the tests.
 * Stage statuses carry the name of the catalogue stage they correspond to.
 */
export const applicationStatuses = [
  'draft', 'submitted', 'admin_verification', 'returned', 'technical_review', 'decision',
  'awaiting_payment', 'signing', 'issued', 'rejected', 'withdrawn', 'expired',
] as const
export type ApplicationStatus = (typeof applicationStatuses)[number]

export const applicationActions = [
  'submit', 'resubmit', 'withdraw', 'accept', 'return', 'complete_review', 'approve', 'reject', 'deem_approve', 'pay', 'sign',
] as const
export type ApplicationAction = (typeof applicationActions)[number]

/** What an action must carry besides the application version. */
export type ActionInput = 'returnReasons' | 'legalReason' | 'report'

export interface ActionRule {
  /**
   * `applicant`: the owner of the application. An officer role: the officer the system assigned to
   * the current stage. `system`: only Pintu itself (a verified bank callback), never a caller.
   */
  by: 'applicant' | OfficerRole | 'system'
  /** Where the action may lead; the service's stages and fee decide which (see `resolveTarget`). */
  to: readonly ApplicationStatus[]
  requires: readonly ActionInput[]
}

export interface StatusRule {
  /** Who holds the file: the applicant, the office (a stage), or nobody (final). */
  holder: 'applicant' | 'office' | 'none'
  stage: StageKey | null
  actions: Partial<Record<ApplicationAction, ActionRule>>
}

const applicantWithdraws: ActionRule = { by: 'applicant', to: ['withdrawn'], requires: [] }
const afterAdminVerification = ['technical_review', 'decision'] as const
const afterDecision = ['awaiting_payment', 'signing'] as const

export const lifecycle = {
  draft: {
    holder: 'applicant', stage: null,
    actions: { submit: { by: 'applicant', to: ['submitted', 'admin_verification'], requires: [] }, withdraw: applicantWithdraws },
  },
  // Submitted but not yet assigned: no officer with the role was on duty. The system assigns it as soon as one is.
  submitted: { holder: 'office', stage: 'admin_verification', actions: { withdraw: applicantWithdraws } },
  admin_verification: {
    holder: 'office', stage: 'admin_verification',
    actions: {
      accept: { by: 'frontdesk', to: afterAdminVerification, requires: [] },
      return: { by: 'frontdesk', to: ['returned'], requires: ['returnReasons'] },
      withdraw: applicantWithdraws,
    },
  },
  returned: {
    holder: 'applicant', stage: null,
    actions: { resubmit: { by: 'applicant', to: ['submitted', 'admin_verification'], requires: [] }, withdraw: applicantWithdraws },
  },
  technical_review: {
    holder: 'office', stage: 'technical_review',
    actions: { complete_review: { by: 'technical', to: ['decision'], requires: ['report'] }, withdraw: applicantWithdraws },
  },
  decision: {
    holder: 'office', stage: 'decision',
    actions: {
      approve: { by: 'approver', to: afterDecision, requires: [] },
      // A rejection must state its legal ground (UU 30/2014 on government administration).
      reject: { by: 'approver', to: ['rejected'], requires: ['legalReason'] },
      // UU 30/2014 art. 53 as amended: where the catalogue says so, a decision not made in time is deemed granted by law.
      deem_approve: { by: 'system', to: afterDecision, requires: [] },
      withdraw: applicantWithdraws,
    },
  },
  // Paid through the bank: a signed callback (or a manual confirmation by two treasurers) records it. Officers never take cash.
  awaiting_payment: { holder: 'applicant', stage: null, actions: { pay: { by: 'system', to: ['signing'], requires: [] } } },
  signing: { holder: 'office', stage: 'signing', actions: { sign: { by: 'signer', to: ['issued'], requires: [] } } },
  issued: { holder: 'none', stage: null, actions: {} },
  rejected: { holder: 'none', stage: null, actions: {} },
  withdrawn: { holder: 'none', stage: null, actions: {} },
  expired: { holder: 'none', stage: null, actions: {} },
} as const satisfies Record<ApplicationStatus, StatusRule>

/** Statuses with no way out. */
export const finalStatuses = applicationStatuses.filter((status) => lifecycle[status].holder === 'none')
export const isFinal = (status: ApplicationStatus) => lifecycle[status].holder === 'none'
/** Statuses in which the applicant, not the office, holds the file (the office's clock does not run). */
export const isWithApplicant = (status: ApplicationStatus) => lifecycle[status].holder === 'applicant'
/** Statuses in which an office stage is working on the file. */
export const isWithOffice = (status: ApplicationStatus) => lifecycle[status].holder === 'office'

export function actionRule(status: ApplicationStatus, action: ApplicationAction): ActionRule | undefined {
  return (lifecycle[status].actions as Partial<Record<ApplicationAction, ActionRule>>)[action]
}

/** Actions some caller can take: every action but those only Pintu itself takes (`pay`, `deem_approve`). */
export const callerActions = applicationActions.filter((action) =>
  applicationStatuses.some((status) => {
    const rule = actionRule(status, action)
    return rule !== undefined && rule.by !== 'system'
  }),
)

/** The actions available in a status, in table order. */
export function availableActions(status: ApplicationStatus): ApplicationAction[] {
  return Object.keys(lifecycle[status].actions) as ApplicationAction[]
}

export interface TargetContext {
  /** The stages of the pinned catalogue version. */
  stages: readonly StageKey[]
  /** Whether the application owes a fee. */
  feeDue: boolean
  /** Whether an officer can be assigned to the first stage right now. */
  officerAvailable: boolean
}

/** The status an action leads to, given the service's configuration. */
export function resolveTarget(action: ApplicationAction, context: TargetContext): ApplicationStatus {
  switch (action) {
    case 'submit':
    case 'resubmit':
      return context.officerAvailable ? 'admin_verification' : 'submitted'
    case 'accept':
      return context.stages.includes('technical_review') ? 'technical_review' : 'decision'
    case 'approve':
    case 'deem_approve':
      return context.feeDue ? 'awaiting_payment' : 'signing'
    case 'complete_review':
      return 'decision'
    case 'return':
      return 'returned'
    case 'reject':
      return 'rejected'
    case 'withdraw':
      return 'withdrawn'
    case 'sign':
      return 'issued'
    case 'pay':
      return 'signing'
  }
}

/** Fixed reasons an officer may give when returning an application (SPEC: no return without a reason code). */
export const returnReasonCodes = [
  'document_missing', 'document_unreadable', 'document_invalid', 'document_expired', 'data_incomplete', 'data_mismatch', 'other',
] as const
export type ReturnReasonCode = (typeof returnReasonCodes)[number]
