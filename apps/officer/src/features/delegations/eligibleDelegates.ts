import { mayActAsSigner, type Officer } from '@pintu/contract'

/**
 * The officers a signer may name to sign for the head of office (Plt./Plh.), as the API checks
 * them (422 `delegations.delegate_not_eligible` otherwise): someone else, active and on duty,
 * whose roles may act as signer (signer, approver or supervisor, and none of treasurer, auditor
 * or admin — `mayActAsSigner` in the contract).
 */
export function eligibleDelegates(officers: readonly Officer[], signerId: string | undefined): Officer[] {
  return officers.filter(
    (officer) => officer.id !== signerId && officer.active && officer.onDuty && mayActAsSigner(officer.roles),
  )
}
