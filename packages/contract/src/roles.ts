import { Type, type Static } from 'typebox'

/** Officer roles (SPEC §3). An officer may hold several; separation of duties is enforced per application. */
export const officerRoles = [
  'frontdesk',
  'technical',
  'approver',
  'signer',
  'treasurer',
  'supervisor',
  'admin',
  'auditor',
] as const
export type OfficerRole = (typeof officerRoles)[number]

export const roles = ['applicant', ...officerRoles] as const
export type Role = (typeof roles)[number]

export const RoleSchema = Type.Enum([...roles], { description: 'A role: `applicant` for citizens and businesses, the others for officers' })
export const OfficerRoleSchema = Type.Enum([...officerRoles], { description: 'An officer role (SPEC §3)' })
export type RoleValue = Static<typeof RoleSchema>

/**
 * Who may call a route. `public`: anyone, no login. `authenticated`: any logged-in account.
 * A list of roles: an account holding at least one of them. Routes without a declaration are refused.
 */
export type Access = 'public' | 'authenticated' | readonly Role[]

export function isOfficerRole(role: string): role is OfficerRole {
  return (officerRoles as readonly string[]).includes(role)
}
