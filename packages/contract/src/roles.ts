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

/**
 * Roles that hold one side of a two-person rule (publication, manual payment, signing, closures):
 * granting one needs the approval of a second admin, unrelated to the one who asked.
 */
export const dualControlRoles = ['admin', 'treasurer', 'signer', 'supervisor'] as const satisfies readonly OfficerRole[]
export const needsSecondAdmin = (role: OfficerRole) => (dualControlRoles as readonly OfficerRole[]).includes(role)

/** Officials of a rank that may act for the head of office (Plt./Plh.): a head of division, management, a signer. */
export const actingSignerRoles = ['signer', 'approver', 'supervisor'] as const satisfies readonly OfficerRole[]
/** Duties that cannot be combined with signing permits: finance, inspection, system administration. */
export const rolesBarredFromSigning = ['treasurer', 'auditor', 'admin'] as const satisfies readonly OfficerRole[]
/** Whether an officer holding these roles may be named to sign for the head of office. */
export const mayActAsSigner = (held: readonly string[]) =>
  actingSignerRoles.some((role) => held.includes(role)) && !rolesBarredFromSigning.some((role) => held.includes(role))
export type Role = (typeof roles)[number]

/*
 * Named role groups: who may call which routes, declared once here and used by the route
 * declarations (packages/contract/src/routes/) instead of re-listed role arrays.
 */
/** The officers who hold a stage of a file: front desk, technical review, decision, signing. */
export const stageOfficerRoles = [
  'frontdesk',
  'technical',
  'approver',
  'signer',
] as const satisfies readonly OfficerRole[]
/**
 * Officers who may be assigned work: the stage roles, and the officials who may sign under a delegation (Plt./Plh.).
 */
export const assignableRoles = [...new Set([...stageOfficerRoles, ...actingSignerRoles])] as readonly OfficerRole[]
/** Officers who may open a file; the API further limits them to files they hold or held. */
export const fileReaderRoles = [...stageOfficerRoles, 'supervisor', 'auditor'] as const satisfies readonly OfficerRole[]
/** Those who oversee the work without doing it: the supervisor board and the job's notifications. */
export const oversightRoles = ['supervisor', 'auditor'] as const satisfies readonly OfficerRole[]
/** Those who read the catalogue's drafts and versions besides the admins who write them. */
export const catalogueReaderRoles = ['admin', 'auditor', 'supervisor'] as const satisfies readonly OfficerRole[]
/** Those who read payment reconciliation. */
export const paymentReaderRoles = ['treasurer', 'supervisor', 'auditor'] as const satisfies readonly OfficerRole[]
/** Those who read signing delegations. */
export const delegationReaderRoles = ['signer', 'supervisor', 'auditor'] as const satisfies readonly OfficerRole[]
/** Those who read the officer list (admins, and those who pick a delegate or watch the work). */
export const officerListReaderRoles = [
  'admin',
  'supervisor',
  'auditor',
  'signer',
] as const satisfies readonly OfficerRole[]
/** Those who read role grants awaiting a second admin. */
export const roleGrantReaderRoles = ['admin', 'auditor'] as const satisfies readonly OfficerRole[]

export const RoleSchema = Type.Enum([...roles], {
  description: 'A role: `applicant` for citizens and businesses, the others for officers',
})
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
