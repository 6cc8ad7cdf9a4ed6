import { ApiError } from '@pintu/contract/client'
import {
  DelegationKindSchema,
  holidayKinds,
  NotificationSchema,
  paymentOutcomes,
  permitStatuses,
  skippedDayReasons,
} from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { errorMessageKey } from '@/shared/errors.ts'
import en from './en.ts'
import id from './id.ts'

const at = (messages: unknown, key: string) =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages)
const enumValues = (schema: unknown) => (schema as { enum: string[] }).enum

describe('time, law and money messages', () => {
  const codes = [
    'payments.same_treasurer',
    'payments.no_invoice',
    'payments.already_paid',
    'payments.already_approved',
    'payments.reference_used',
    'payments.no_manual_confirmation',
    'closures.not_found',
    'closures.already_ended',
    'closures.ends_before_start',
    'calendar.already_holiday',
    'calendar.already_revoked',
    'calendar.not_found',
    'permits.not_issued',
    'permits.already_revoked',
    'permits.not_found',
    'delegations.backdated',
    'delegations.overlap',
    'delegations.ends_before_start',
    'delegations.unknown_delegate',
    'delegations.not_found',
  ]

  it.each(codes)('explains %s in both languages', (code) => {
    expect(errorMessageKey(new ApiError(422, code, 'x'))).toBe(`errors.${code}`)
    expect(at(id, `errors.${code}`), `id ${code}`).toMatch(/\S/)
    expect(at(en, `errors.${code}`), `en ${code}`).toMatch(/\S/)
  })

  it('tells a treasurer approving their own entry that another treasurer must approve it', () => {
    expect(at(id, 'errors.payments.same_treasurer')).toContain('harus disetujui bendahara lain')
    expect(at(en, 'errors.payments.same_treasurer')).toContain('another treasurer')
    expect(at(id, 'payments.ownEntry')).toContain('harus disetujui bendahara lain')
  })

  it('names every value of the contract enums the pages show', () => {
    const groups: [string, readonly string[]][] = [
      ['payments.outcome', paymentOutcomes],
      ['permit.status', permitStatuses],
      ['calendar.kind', holidayKinds],
      ['calendar.skippedReason', skippedDayReasons],
      ['delegations.kind', enumValues(DelegationKindSchema)],
      ['escalations.kind', enumValues(NotificationSchema.properties.kind)],
    ]
    for (const [group, values] of groups) {
      expect(Object.keys(at(id, group) as object).sort(), group).toEqual([...values].sort())
      expect(Object.keys(at(en, group) as object).sort(), group).toEqual([...values].sort())
    }
  })
})
