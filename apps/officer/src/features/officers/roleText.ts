import { needsSecondAdmin, officerRoles, type OfficerRole } from '@pintu/contract'

type Translate = (key: string) => string

/** Roles in words, in the contract's order (so two lists of the same roles read the same). */
export function roleList(roles: readonly OfficerRole[], t: Translate): string {
  return officerRoles
    .filter((role) => roles.includes(role))
    .map((role) => t(`roles.${role}`))
    .join(', ')
}

/** The roles of `wanted` that will wait for a second admin when asked for an officer holding `held`. */
export function rolesAwaitingApproval(held: readonly OfficerRole[], wanted: readonly OfficerRole[]): OfficerRole[] {
  return wanted.filter((role) => !held.includes(role) && needsSecondAdmin(role))
}
