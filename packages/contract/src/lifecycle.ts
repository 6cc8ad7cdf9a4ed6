import type { StageKey } from './catalogue-definition.ts'
import type { OfficerRole } from './roles.ts'

/**
 * The application lifecycle (SPEC §5): one table drives the API, both SPAs and the tests.
 * Stage statuses carry the name of the catalogue stage they correspond to. `transition.ts`
 * decides every change from this table; the API's one writer applies it and its effects.
 */
export const applicationStatuses = [
  'draft',
  'submitted',
  'admin_verification',
  'returned',
  'technical_review',
  'decision',
  'awaiting_payment',
  'signing',
  'issued',
  'rejected',
  'withdrawn',
  'expired',
  'deleted',
] as const
export type ApplicationStatus = (typeof applicationStatuses)[number]

export const applicationActions = [
  'submit',
  'resubmit',
  'withdraw',
  'delete',
  'accept',
  'return',
  'complete_review',
  'approve',
  'reject',
  'deem_approve',
  'pay',
  'sign',
  'assign',
  'reassign',
  'escalate',
  'expire',
] as const
export type ApplicationAction = (typeof applicationActions)[number]

/** What an action must carry besides the application version. */
export type ActionInput = 'returnReasons' | 'legalReason' | 'report'

/**
 * What happens besides the change of status, run by the API's writer in the same transaction.
 * - `register`: registration number, tracking code, expected completion date, fee (first submission)
 * - `renew_promise`: the expected date moves by the time the applicant held the file (resubmission)
 * - `record_return` / `clear_return`: the checklist of what to fix, opened and closed
 * - `record_report` / `record_decision_note`: the technical report, the legal reason of a rejection
 * - `assign_officer`: the system picks the stage's officer and sets its due date
 * - `leave_office`: nobody in the office holds the file any more
 * - `start_return_deadline`: the applicant's working days to fix a returned file start
 * - `issue_invoice` / `issue_permit`: the SKRD (payments), the signed permit (permits)
 * - `erase_draft`: a deleted draft keeps no answers and no documents, only the fact that it existed
 */
export const transitionEffects = [
  'register',
  'renew_promise',
  'record_return',
  'clear_return',
  'record_report',
  'record_decision_note',
  'assign_officer',
  'leave_office',
  'start_return_deadline',
  'issue_invoice',
  'issue_permit',
  'erase_draft',
] as const
export type TransitionEffect = (typeof transitionEffects)[number]

export interface ActionRule {
  /**
   * `applicant`: the owner of the application. An officer role: the officer the system assigned to
   * the current stage (a supervisor for `reassign`). `system`: only Pintu itself, never a caller.
   */
  by: 'applicant' | OfficerRole | 'system'
  /** Pintu may take it too, on its own (an officer going off duty hands the file over). */
  bySystemToo?: true
  /** Where the action may lead; the service's stages and fee decide which (see `resolveTarget`). */
  to: readonly ApplicationStatus[]
  requires: readonly ActionInput[]
  /** Effects of the action itself, run before those of entering the target status. */
  effects?: readonly TransitionEffect[]
  /** Taken through its own route (`POST /applications/:id/reassign`), not the action endpoint. */
  ownRoute?: true
}

export interface StatusRule {
  /** Who holds the file: the applicant, the office (a stage), or nobody (final). */
  holder: 'applicant' | 'office' | 'none'
  stage: StageKey | null
  /** Effects of entering the status from another one. */
  enter: readonly TransitionEffect[]
  /** Entering the stage with nobody eligible on duty: the file waits in this status instead. */
  waitsAs?: ApplicationStatus
  actions: Partial<Record<ApplicationAction, ActionRule>>
}

const applicantWithdraws: ActionRule = { by: 'applicant', to: ['withdrawn'], requires: [] }
const afterAdminVerification = ['technical_review', 'decision'] as const
const afterDecision = ['awaiting_payment', 'signing'] as const
const inOffice = ['assign_officer'] as const
const leaves = ['leave_office'] as const

/** A supervisor (or the system, when an officer goes off duty) hands the stage to another officer the system picks. */
const reassign = (status: ApplicationStatus): ActionRule => ({
  by: 'supervisor',
  bySystemToo: true,
  to: [status],
  requires: [],
  effects: ['assign_officer'],
  ownRoute: true,
})
/** A stage past its budget is flagged once (SPEC §6); the status stays. */
const escalate = (status: ApplicationStatus): ActionRule => ({ by: 'system', to: [status], requires: [] })

export const lifecycle = {
  draft: {
    holder: 'applicant',
    stage: null,
    enter: [],
    actions: {
      submit: { by: 'applicant', to: ['admin_verification'], requires: [], effects: ['register'] },
      withdraw: applicantWithdraws,
      // A draft nobody else has seen can be thrown away (`DELETE /applications/:id`), not only withdrawn.
      delete: { by: 'applicant', to: ['deleted'], requires: [], ownRoute: true },
    },
  },
  // Submitted but not yet assigned: no officer with the role was on duty. The system assigns it as soon as one is.
  submitted: {
    holder: 'office',
    stage: 'admin_verification',
    enter: [],
    actions: { assign: { by: 'system', to: ['admin_verification'], requires: [] }, withdraw: applicantWithdraws },
  },
  admin_verification: {
    holder: 'office',
    stage: 'admin_verification',
    enter: inOffice,
    waitsAs: 'submitted',
    actions: {
      accept: { by: 'frontdesk', to: afterAdminVerification, requires: [] },
      return: { by: 'frontdesk', to: ['returned'], requires: ['returnReasons'], effects: ['record_return'] },
      withdraw: applicantWithdraws,
      reassign: reassign('admin_verification'),
      escalate: escalate('admin_verification'),
    },
  },
  returned: {
    holder: 'applicant',
    stage: null,
    enter: [...leaves, 'start_return_deadline'],
    actions: {
      resubmit: {
        by: 'applicant',
        to: ['admin_verification'],
        requires: [],
        effects: ['renew_promise', 'clear_return'],
      },
      withdraw: applicantWithdraws,
      // SPEC §5: returned and not fixed within the catalogue's limit (working days) expires.
      expire: { by: 'system', to: ['expired'], requires: [] },
    },
  },
  technical_review: {
    holder: 'office',
    stage: 'technical_review',
    enter: inOffice,
    actions: {
      complete_review: { by: 'technical', to: ['decision'], requires: ['report'], effects: ['record_report'] },
      withdraw: applicantWithdraws,
      reassign: reassign('technical_review'),
      escalate: escalate('technical_review'),
    },
  },
  decision: {
    holder: 'office',
    stage: 'decision',
    enter: inOffice,
    actions: {
      approve: { by: 'approver', to: afterDecision, requires: [] },
      // A rejection must state its legal ground (UU 30/2014 on government administration).
      reject: { by: 'approver', to: ['rejected'], requires: ['legalReason'], effects: ['record_decision_note'] },
      // UU 30/2014 art. 53 as amended: where the catalogue says so, a decision not made in time is deemed granted by
      // law.
      deem_approve: { by: 'system', to: afterDecision, requires: [] },
      withdraw: applicantWithdraws,
      reassign: reassign('decision'),
      escalate: escalate('decision'),
    },
  },
  // Paid through the bank: a signed callback (or a manual confirmation by two treasurers) records it. Officers never
  // take cash.
  awaiting_payment: {
    holder: 'applicant',
    stage: null,
    enter: [...leaves, 'issue_invoice'],
    actions: { pay: { by: 'system', to: ['signing'], requires: [] } },
  },
  signing: {
    holder: 'office',
    stage: 'signing',
    enter: inOffice,
    actions: {
      sign: { by: 'signer', to: ['issued'], requires: [] },
      reassign: reassign('signing'),
      escalate: escalate('signing'),
    },
  },
  issued: { holder: 'none', stage: null, enter: [...leaves, 'issue_permit'], actions: {} },
  rejected: { holder: 'none', stage: null, enter: leaves, actions: {} },
  withdrawn: { holder: 'none', stage: null, enter: leaves, actions: {} },
  expired: { holder: 'none', stage: null, enter: leaves, actions: {} },
  // A deleted draft: its answers and documents are erased; the history keeps only that it was made and deleted.
  deleted: { holder: 'none', stage: null, enter: [...leaves, 'erase_draft'], actions: {} },
} as const satisfies Record<ApplicationStatus, StatusRule>

/** Statuses with no way out. */
export const finalStatuses = applicationStatuses.filter((status) => lifecycle[status].holder === 'none')
export const isFinal = (status: ApplicationStatus) => lifecycle[status].holder === 'none'
/** Statuses in which the applicant, not the office, holds the file (the office's clock does not run). */
export const isWithApplicant = (status: ApplicationStatus) => lifecycle[status].holder === 'applicant'
/** Statuses in which an office stage is working on the file. */
export const isWithOffice = (status: ApplicationStatus) => lifecycle[status].holder === 'office'
/** Statuses in which an office stage holds the file, from the table. */
export const officeStatuses = applicationStatuses.filter(isWithOffice)

export function actionRule(status: ApplicationStatus, action: ApplicationAction): ActionRule | undefined {
  return (lifecycle[status].actions as Partial<Record<ApplicationAction, ActionRule>>)[action]
}

/** Actions a caller takes through the action endpoint: not Pintu's own, not those with their own route. */
export const callerActions = applicationActions.filter((action) =>
  applicationStatuses.some((status) => {
    const rule = actionRule(status, action)
    return rule !== undefined && rule.by !== 'system' && !rule.ownRoute
  }),
)

/** The actions of a status, in table order. */
export function availableActions(status: ApplicationStatus): ApplicationAction[] {
  return Object.keys(lifecycle[status].actions) as ApplicationAction[]
}

export interface TargetContext {
  /** The stages of the pinned catalogue version. */
  stages: readonly StageKey[]
  /** Whether the application owes a fee. */
  feeDue: boolean
}

/** The status an action leads to, given the service's configuration. */
export function resolveTarget(
  from: ApplicationStatus,
  action: ApplicationAction,
  context: TargetContext,
): ApplicationStatus {
  switch (action) {
    case 'accept':
      return context.stages.includes('technical_review') ? 'technical_review' : 'decision'
    case 'approve':
    case 'deem_approve':
      return context.feeDue ? 'awaiting_payment' : 'signing'
    default:
      return actionRule(from, action)!.to[0]!
  }
}

/** Fixed reasons an officer may give when returning an application (SPEC: no return without a reason code). */
export const returnReasonCodes = [
  'document_missing',
  'document_unreadable',
  'document_invalid',
  'document_expired',
  'data_incomplete',
  'data_mismatch',
  'other',
] as const
export type ReturnReasonCode = (typeof returnReasonCodes)[number]
