/**
 * Client-side checks of the "time, law and money" forms (closures, delegations, holidays, manual
 * payments, permit revocation). They mirror the contract's limits so the officer hears about a
 * short reason before a round-trip; the API stays the judge. Each returns i18n keys per input.
 */

import { holidayKinds, officeDays, type OfficeTimeZone } from '@pintu/contract'
import { siteTimeZone } from '@/features/site/useSite.ts'
import { readRupiah, rupiahProblem } from './money.ts'

export type Problems = Record<string, { key: string; params?: Record<string, number | string> }>

const isoDate = /^\d{4}-\d{2}-\d{2}$/

function minLength(problems: Problems, field: string, value: string, min: number) {
  if (value.trim().length < min) problems[field] = { key: 'forms.tooShort', params: { min } }
}

function requiredDate(problems: Problems, field: string, value: string) {
  if (!isoDate.test(value)) problems[field] = { key: 'forms.dateRequired' }
}

export interface ClosureInput {
  reason: string
  legalBasis: string
  startsOn: string
  endsOn: string
}

export function validateClosure(input: ClosureInput): Problems {
  const problems: Problems = {}
  minLength(problems, 'reason', input.reason, 10)
  minLength(problems, 'legalBasis', input.legalBasis, 5)
  requiredDate(problems, 'startsOn', input.startsOn)
  if (input.endsOn && isoDate.test(input.startsOn) && input.endsOn < input.startsOn)
    problems.endsOn = { key: 'errors.closures.ends_before_start' }
  return problems
}

export interface DelegationInput {
  kind: string
  delegateId: string
  startsOn: string
  endsOn: string
  reason: string
}

/** `today` is the office's date (its time zone), YYYY-MM-DD: a delegation may not start in the past. */
export function validateDelegation(input: DelegationInput, today: string): Problems {
  const problems: Problems = {}
  if (input.kind !== 'plt' && input.kind !== 'plh') problems.kind = { key: 'forms.choose' }
  if (!input.delegateId) problems.delegateId = { key: 'forms.choose' }
  requiredDate(problems, 'startsOn', input.startsOn)
  requiredDate(problems, 'endsOn', input.endsOn)
  if (!problems.startsOn && input.startsOn < today) problems.startsOn = { key: 'errors.delegations.backdated' }
  if (!problems.startsOn && !problems.endsOn && input.endsOn < input.startsOn)
    problems.endsOn = { key: 'errors.delegations.ends_before_start' }
  minLength(problems, 'reason', input.reason, 10)
  return problems
}

export interface HolidayInput {
  date: string
  kind: string
  nameId: string
  nameEn: string
  legalBasis: string
}

export function validateHoliday(input: HolidayInput): Problems {
  const problems: Problems = {}
  requiredDate(problems, 'date', input.date)
  if (!(holidayKinds as readonly string[]).includes(input.kind)) problems.kind = { key: 'forms.choose' }
  minLength(problems, 'nameId', input.nameId, 1)
  minLength(problems, 'nameEn', input.nameEn, 1)
  minLength(problems, 'legalBasis', input.legalBasis, 5)
  return problems
}

export interface ManualPaymentInput {
  bankReference: string
  amount: string
  note: string
}

export function validateManualPayment(input: ManualPaymentInput): Problems {
  const problems: Problems = {}
  if (!/^[A-Za-z0-9-]{6,64}$/.test(input.bankReference.trim()))
    problems.bankReference = { key: 'payments.bankReferenceInvalid' }
  const amount = readRupiah(input.amount)
  if (!amount.ok) problems.amount = rupiahProblem(amount.problem, input.amount)
  else if (amount.value < 1) problems.amount = { key: 'payments.amountInvalid' }
  minLength(problems, 'note', input.note, 10)
  return problems
}

export function validateReason(reason: string, min = 10): Problems {
  const problems: Problems = {}
  minLength(problems, 'reason', reason, min)
  return problems
}

/** The amount the officer typed differs from the invoice: allowed (the bank statement decides) but worth a warning. */
export function amountDiffers(typed: string, invoiceAmount: number): boolean {
  const amount = readRupiah(typed)
  return amount.ok && amount.value !== invoiceAmount
}

/**
 * Dual control of manual payments: who may approve a pending confirmation. The entering treasurer
 * sees that another treasurer must approve; the API refuses them anyway (`payments.same_treasurer`).
 * Supervisors and auditors only read.
 */
export type ApprovalState = 'can_approve' | 'own_entry' | 'read_only'

export function approvalState(
  pending: { requestedById: string },
  me: { id: string } | null,
  isTreasurer: boolean,
): ApprovalState {
  if (!isTreasurer) return 'read_only'
  // By account id, not name: two treasurers may share a name.
  return me && pending.requestedById === me.id ? 'own_entry' : 'can_approve'
}

/**
 * The office's date as YYYY-MM-DD, in its time zone (the site facts); WIB, the default office's, until
 * they have arrived. The API checks every date again in the office's zone.
 */
export function officeToday(now = new Date(), timezone: OfficeTimeZone = siteTimeZone() ?? 'Asia/Jakarta'): string {
  return officeDays(timezone).dateOf(now)
}
