import { describe, expect, it } from 'vitest'
import { stageKeys } from './catalogue-definition.ts'
import { stageRoles } from './catalogue-rules.ts'
import {
  actionRule, applicationActions, applicationStatuses, availableActions, finalStatuses, isFinal, isWithApplicant, isWithOffice,
  lifecycle, resolveTarget, type ApplicationAction, type ApplicationStatus,
} from './lifecycle.ts'

/** The expected table, written out independently: status → action → who. */
const expected: Record<ApplicationStatus, Partial<Record<ApplicationAction, string>>> = {
  draft: { submit: 'applicant', withdraw: 'applicant' },
  submitted: { withdraw: 'applicant' },
  admin_verification: { accept: 'frontdesk', return: 'frontdesk', withdraw: 'applicant' },
  returned: { resubmit: 'applicant', withdraw: 'applicant' },
  technical_review: { complete_review: 'technical', withdraw: 'applicant' },
  decision: { approve: 'approver', reject: 'approver', deem_approve: 'system', withdraw: 'applicant' },
  awaiting_payment: { pay: 'system' },
  signing: { sign: 'signer' },
  issued: {},
  rejected: {},
  withdrawn: {},
  expired: {},
}

describe('lifecycle table', () => {
  const pairs = applicationStatuses.flatMap((status) => applicationActions.map((action) => [status, action] as const))

  it.each(pairs)('%s × %s is allowed exactly for the expected actor', (status, action) => {
    expect(actionRule(status, action)?.by).toBe(expected[status][action])
  })

  it('leads every action only to real statuses, and resolves each context to one of them', () => {
    const contexts = [true, false].flatMap((technical) =>
      [true, false].flatMap((feeDue) =>
        [true, false].map((officerAvailable) => ({
          stages: technical ? stageKeys : stageKeys.filter((s) => s !== 'technical_review'),
          feeDue,
          officerAvailable,
        })),
      ),
    )
    for (const [status, action] of pairs) {
      const rule = actionRule(status, action)
      if (!rule) continue
      for (const target of rule.to) expect(applicationStatuses).toContain(target)
      for (const context of contexts) expect(rule.to, `${status} ${action}`).toContain(resolveTarget(action, context))
    }
  })

  it('skips technical review only when the service has no such stage, and payment only when nothing is owed', () => {
    const all = { stages: stageKeys, feeDue: true, officerAvailable: true }
    expect(resolveTarget('accept', all)).toBe('technical_review')
    expect(resolveTarget('accept', { ...all, stages: ['admin_verification', 'decision', 'signing'] })).toBe('decision')
    expect(resolveTarget('approve', all)).toBe('awaiting_payment')
    expect(resolveTarget('approve', { ...all, feeDue: false })).toBe('signing')
    expect(resolveTarget('submit', { ...all, officerAvailable: false })).toBe('submitted')
  })

  it('derives the status groups from the table', () => {
    expect(finalStatuses).toEqual(['issued', 'rejected', 'withdrawn', 'expired'])
    for (const status of applicationStatuses) {
      expect(isFinal(status)).toBe(availableActions(status).length === 0)
      expect([isFinal(status), isWithApplicant(status), isWithOffice(status)].filter(Boolean)).toHaveLength(1)
    }
  })

  it('lets only the role of a stage act in that stage, as the catalogue rules say', () => {
    for (const status of applicationStatuses) {
      const stage = lifecycle[status].stage
      for (const action of availableActions(status)) {
        const by = actionRule(status, action)!.by
        if (by !== 'applicant' && by !== 'system') expect(by).toBe(stageRoles[stage!])
      }
    }
  })

  it('requires a reason for every return and rejection, and a report for a technical review', () => {
    expect(actionRule('admin_verification', 'return')!.requires).toEqual(['returnReasons'])
    expect(actionRule('decision', 'reject')!.requires).toEqual(['legalReason'])
    expect(actionRule('technical_review', 'complete_review')!.requires).toEqual(['report'])
  })
})
