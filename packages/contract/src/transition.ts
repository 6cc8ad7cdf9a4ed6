import type { StageKey } from './catalogue-definition.ts'
import type { ErrorCode } from './errors/index.ts'
import {
  actionRule,
  lifecycle,
  resolveTarget,
  type ActionInput,
  type ApplicationAction,
  type ApplicationStatus,
  type TransitionEffect,
} from './lifecycle.ts'
import type { OfficerRole } from './roles.ts'

/** Who asks for a transition: Pintu itself, or a caller with the roles they hold today (a delegation included). */
export type TransitionCaller =
  { kind: 'system' } | { kind: 'applicant' | 'officer'; id: string; roles: readonly string[] }

export interface TransitionRequest {
  application: {
    status: ApplicationStatus
    applicantId: string
    assigneeId: string | null
    version: number
    feeAmount: number | null
  }
  action: ApplicationAction
  caller: TransitionCaller
  /** The stages of the pinned catalogue version. */
  stages: readonly StageKey[]
  /** What a caller sent: the version they read, and the inputs the action requires. Pintu's own actions send none. */
  body?: { version: number } & Partial<Record<ActionInput, unknown>>
}

export interface TransitionPlan {
  action: ApplicationAction
  from: ApplicationStatus
  to: ApplicationStatus
  /** Where the file waits if `to` is a stage and nobody eligible is on duty. */
  waitsAs: ApplicationStatus | null
  /** The stage the file enters, or keeps (a reassignment), or null when it leaves the office. */
  stage: StageKey | null
  /** The stage the actor acted in, for separation of duties. */
  actedInStage: StageKey | null
  actorRole: 'applicant' | 'system' | OfficerRole
  effects: readonly TransitionEffect[]
}

export type TransitionDecision = { ok: true; plan: TransitionPlan } | { ok: false; code: ErrorCode }

const missingInput = {
  returnReasons: 'applications.return_reasons_required',
  legalReason: 'applications.legal_reason_required',
  report: 'applications.report_required',
} as const satisfies Record<ActionInput, ErrorCode>

/** Whether the caller is whom the rule names; null when they are, else the refusal. */
function refuseCaller(request: TransitionRequest, by: string, bySystemToo: boolean): ErrorCode | null {
  const { caller, application, action } = request
  if (caller.kind === 'system') return by === 'system' || bySystemToo ? null : 'auth.forbidden'
  if (by === 'system') return 'auth.forbidden'
  if (by === 'applicant')
    return caller.kind === 'applicant' && caller.id === application.applicantId ? null : 'auth.forbidden'
  if (!caller.roles.includes(by)) return 'auth.forbidden'
  // An officer acts only on what the system assigned to them; a supervisor reassigns whatever the office holds.
  return action === 'reassign' || application.assigneeId === caller.id ? null : 'applications.not_assigned'
}

/**
 * Decides one transition from the lifecycle table, with no I/O: whether the caller may take the
 * action now (the status offers it, they are whom it names, on the version they read, with what it
 * requires), and if so where it leads and what must happen. Every change of an application's status
 * is decided here; the API's writer applies the plan and records it once.
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { application, action, body } = request
  const rule = actionRule(application.status, action)
  if (!rule) return { ok: false, code: 'applications.action_not_allowed' }
  const refusal = refuseCaller(request, rule.by, rule.bySystemToo === true)
  if (refusal) return { ok: false, code: refusal }
  if (request.caller.kind !== 'system') {
    if (body?.version !== application.version) return { ok: false, code: 'applications.stale_version' }
    for (const input of rule.requires) if (!body[input]) return { ok: false, code: missingInput[input] }
  }
  const to = resolveTarget(application.status, action, {
    stages: request.stages,
    feeDue: (application.feeAmount ?? 0) > 0,
  })
  const entering = to !== application.status
  const target = lifecycle[to]
  return {
    ok: true,
    plan: {
      action,
      from: application.status,
      to,
      waitsAs: 'waitsAs' in target ? target.waitsAs : null,
      stage: target.stage,
      actedInStage: lifecycle[application.status].stage,
      actorRole: request.caller.kind === 'system' ? 'system' : (rule.by as TransitionPlan['actorRole']),
      effects: [...(rule.effects ?? []), ...(entering ? target.enter : [])],
    },
  }
}
