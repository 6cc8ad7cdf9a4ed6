import { describe, expect, it } from 'vitest'
import { stageKeys, type StageKey } from './catalogue-definition.ts'
import { stageRoles } from './catalogue-rules.ts'
import {
  actionRule,
  applicationActions,
  applicationStatuses,
  availableActions,
  callerActions,
  finalStatuses,
  isFinal,
  isWithApplicant,
  isWithOffice,
  lifecycle,
  officeStatuses,
  resolveTarget,
  type ApplicationAction,
  type ApplicationStatus,
} from './lifecycle.ts'

/** The expected table, written out independently: status → action → who. */
const expected: Record<ApplicationStatus, Partial<Record<ApplicationAction, string>>> = {
  draft: { submit: 'applicant', withdraw: 'applicant', delete: 'applicant' },
  submitted: { assign: 'system', withdraw: 'applicant' },
  admin_verification: {
    accept: 'frontdesk',
    return: 'frontdesk',
    withdraw: 'applicant',
    reassign: 'supervisor',
    escalate: 'system',
  },
  returned: { resubmit: 'applicant', withdraw: 'applicant', expire: 'system' },
  technical_review: { complete_review: 'technical', withdraw: 'applicant', reassign: 'supervisor', escalate: 'system' },
  decision: {
    approve: 'approver',
    reject: 'approver',
    deem_approve: 'system',
    withdraw: 'applicant',
    reassign: 'supervisor',
    escalate: 'system',
  },
  awaiting_payment: { pay: 'system' },
  signing: { sign: 'signer', reassign: 'supervisor', escalate: 'system' },
  issued: {},
  rejected: {},
  withdrawn: {},
  expired: {},
  deleted: {},
}

describe('lifecycle table', () => {
  const pairs = applicationStatuses.flatMap((status) => applicationActions.map((action) => [status, action] as const))

  it.each(pairs)('%s × %s is allowed exactly for the expected actor', (status, action) => {
    expect(actionRule(status, action)?.by).toBe(expected[status][action])
  })

  it('leads every action only to real statuses, and resolves each context to one of them', () => {
    const contexts = [true, false].flatMap((technical) =>
      [true, false].map((feeDue) => ({
        stages: technical ? stageKeys : stageKeys.filter((s) => s !== 'technical_review'),
        feeDue,
      })),
    )
    for (const [status, action] of pairs) {
      const rule = actionRule(status, action)
      if (!rule) continue
      for (const target of rule.to) expect(applicationStatuses).toContain(target)
      for (const context of contexts)
        expect(rule.to, `${status} ${action}`).toContain(resolveTarget(status, action, context))
    }
  })

  it('skips technical review only when the service has no such stage, and payment only when nothing is owed', () => {
    const all = { stages: stageKeys, feeDue: true }
    expect(resolveTarget('admin_verification', 'accept', all)).toBe('technical_review')
    expect(
      resolveTarget('admin_verification', 'accept', {
        ...all,
        stages: ['admin_verification', 'decision', 'signing'] as StageKey[],
      }),
    ).toBe('decision')
    expect(resolveTarget('decision', 'approve', all)).toBe('awaiting_payment')
    expect(resolveTarget('decision', 'approve', { ...all, feeDue: false })).toBe('signing')
    expect(resolveTarget('decision', 'deem_approve', all)).toBe('awaiting_payment')
  })

  it('derives the status groups from the table', () => {
    expect(finalStatuses).toEqual(['issued', 'rejected', 'withdrawn', 'expired', 'deleted'])
    expect(officeStatuses).toEqual(['submitted', 'admin_verification', 'technical_review', 'decision', 'signing'])
    for (const status of applicationStatuses) {
      expect(isFinal(status)).toBe(availableActions(status).length === 0)
      expect([isFinal(status), isWithApplicant(status), isWithOffice(status)].filter(Boolean)).toHaveLength(1)
    }
  })

  it('lets only the role of a stage act in that stage, as the catalogue rules say; supervisors only reassign', () => {
    for (const status of applicationStatuses) {
      const stage = lifecycle[status].stage
      for (const action of availableActions(status)) {
        const by = actionRule(status, action)!.by
        if (action === 'reassign') expect(by).toBe('supervisor')
        else if (by !== 'applicant' && by !== 'system') expect(by).toBe(stageRoles[stage!])
      }
    }
  })

  it("offers the action endpoint only what a caller takes there: not Pintu's own, not reassignment", () => {
    expect(callerActions).toEqual([
      'submit',
      'resubmit',
      'withdraw',
      'accept',
      'return',
      'complete_review',
      'approve',
      'reject',
      'sign',
    ])
  })

  it('declares the effects of entering each status: a stage assigns, payment invoices, issuance signs, a return starts its deadline', () => {
    for (const status of ['admin_verification', 'technical_review', 'decision', 'signing'] as const)
      expect(lifecycle[status].enter).toEqual(['assign_officer'])
    expect(lifecycle.awaiting_payment.enter).toContain('issue_invoice')
    expect(lifecycle.issued.enter).toContain('issue_permit')
    expect(lifecycle.returned.enter).toContain('start_return_deadline')
    for (const status of finalStatuses) expect(lifecycle[status].enter).toContain('leave_office')
  })

  it('requires a reason for every return and rejection, and a report for a technical review', () => {
    expect(actionRule('admin_verification', 'return')!.requires).toEqual(['returnReasons'])
    expect(actionRule('decision', 'reject')!.requires).toEqual(['legalReason'])
    expect(actionRule('technical_review', 'complete_review')!.requires).toEqual(['report'])
  })
})
