import { describe, expect, it } from 'vitest'
import { stageKeys } from './catalogue-definition.ts'
import {
  actionRule,
  applicationActions,
  applicationStatuses,
  lifecycle,
  type ApplicationAction,
  type ApplicationStatus,
} from './lifecycle.ts'
import { decideTransition, type TransitionCaller, type TransitionRequest } from './transition.ts'

const OWNER = '00000000-0000-4000-8000-00000000000a'
const HOLDER = '00000000-0000-4000-8000-00000000000b'
const OTHER = '00000000-0000-4000-8000-00000000000c'

/** Every kind of caller there is, each with one role, plus the holder of the file and Pintu itself. */
const callers: Record<string, TransitionCaller> = {
  system: { kind: 'system' },
  owner: { kind: 'applicant', id: OWNER, roles: ['applicant'] },
  stranger: { kind: 'applicant', id: OTHER, roles: ['applicant'] },
  ...Object.fromEntries(
    ['frontdesk', 'technical', 'approver', 'signer', 'treasurer', 'supervisor', 'admin', 'auditor'].flatMap((role) => [
      [`${role} (holder)`, { kind: 'officer', id: HOLDER, roles: [role] }],
      [`${role} (not holder)`, { kind: 'officer', id: OTHER, roles: [role] }],
    ]),
  ),
}

const inputs = { returnReasons: { codes: ['other'] }, legalReason: 'Pasal 5', report: 'Laporan' }

function request(
  status: ApplicationStatus,
  action: ApplicationAction,
  caller: TransitionCaller,
  overrides: Partial<TransitionRequest> = {},
): TransitionRequest {
  return {
    application: { status, applicantId: OWNER, assigneeId: HOLDER, version: 7, feeAmount: 0 },
    action,
    caller,
    stages: stageKeys,
    body: caller.kind === 'system' ? undefined : { version: 7, ...inputs },
    ...overrides,
  }
}

/** The rule written out independently of the code under test: who may take what. */
function expectedOutcome(
  status: ApplicationStatus,
  action: ApplicationAction,
  name: string,
  caller: TransitionCaller,
): string {
  const rule = actionRule(status, action)
  if (!rule) return 'applications.action_not_allowed'
  if (caller.kind === 'system') return rule.by === 'system' || rule.bySystemToo ? 'ok' : 'auth.forbidden'
  if (rule.by === 'system') return 'auth.forbidden'
  if (rule.by === 'applicant') return name === 'owner' ? 'ok' : 'auth.forbidden'
  if (!caller.roles.includes(rule.by)) return 'auth.forbidden'
  return action === 'reassign' || name.endsWith('(holder)') ? 'ok' : 'applications.not_assigned'
}

const cases = applicationStatuses.flatMap((status) =>
  applicationActions.flatMap((action) =>
    Object.entries(callers).map(([name, caller]) => [status, action, name, caller] as const),
  ),
)

describe('the transition function, over every status × action × caller', () => {
  it.each(cases)('%s × %s by %s', (status, action, name, caller) => {
    const decision = decideTransition(request(status, action, caller))
    const outcome = expectedOutcome(status, action, name, caller)
    expect(decision.ok ? 'ok' : decision.code).toBe(outcome)
    if (!decision.ok) return
    const { plan } = decision
    expect(actionRule(status, action)!.to).toContain(plan.to)
    expect(plan.from).toBe(status)
    expect(plan.stage).toBe(lifecycle[plan.to].stage)
    expect(plan.actedInStage).toBe(lifecycle[status].stage)
    // Entering another status runs its effects; staying (a reassignment, an escalation) does not.
    const entered = plan.to === status ? [] : lifecycle[plan.to].enter
    expect(plan.effects).toEqual([...(actionRule(status, action)!.effects ?? []), ...entered])
  })
})

describe('the transition function, on what a caller sends', () => {
  it('refuses a stale version before anything else is looked at', () => {
    const stale = decideTransition(
      request('decision', 'approve', callers['approver (holder)']!, { body: { version: 6 } }),
    )
    expect(stale).toEqual({ ok: false, code: 'applications.stale_version' })
  })

  it.each([
    ['admin_verification', 'return', 'frontdesk (holder)', 'applications.return_reasons_required'],
    ['decision', 'reject', 'approver (holder)', 'applications.legal_reason_required'],
    ['technical_review', 'complete_review', 'technical (holder)', 'applications.report_required'],
  ] as const)('refuses %s × %s without its input', (status, action, caller, code) => {
    expect(decideTransition(request(status, action, callers[caller]!, { body: { version: 7 } }))).toEqual({
      ok: false,
      code,
    })
  })

  it('sends an approval to payment when a fee is owed, with the invoice issued on entering it', () => {
    const decision = decideTransition(
      request('decision', 'approve', callers['approver (holder)']!, {
        application: { status: 'decision', applicantId: OWNER, assigneeId: HOLDER, version: 7, feeAmount: 150_000 },
      }),
    )
    expect(decision).toMatchObject({
      ok: true,
      plan: { to: 'awaiting_payment', stage: null, effects: ['leave_office', 'issue_invoice'] },
    })
  })

  it('gives a deemed approval of a fee-bearing service its invoice, exactly like an approval', () => {
    const application = {
      status: 'decision' as const,
      applicantId: OWNER,
      assigneeId: HOLDER,
      version: 7,
      feeAmount: 150_000,
    }
    const deemed = decideTransition(request('decision', 'deem_approve', callers.system!, { application }))
    expect(deemed).toMatchObject({
      ok: true,
      plan: { to: 'awaiting_payment', actorRole: 'system', effects: ['leave_office', 'issue_invoice'] },
    })
  })

  it('skips technical review for a service without it', () => {
    const decision = decideTransition(
      request('admin_verification', 'accept', callers['frontdesk (holder)']!, {
        stages: ['admin_verification', 'decision', 'signing'],
      }),
    )
    expect(decision).toMatchObject({
      ok: true,
      plan: { to: 'decision', stage: 'decision', effects: ['assign_officer'] },
    })
  })

  it('lets a submission wait as submitted when nobody can verify it', () => {
    const decision = decideTransition(request('draft', 'submit', callers.owner!))
    expect(decision).toMatchObject({
      ok: true,
      plan: { to: 'admin_verification', waitsAs: 'submitted', effects: ['register', 'assign_officer'] },
    })
  })
})
