import {
  applicationRoutes,
  backEntryRoutes,
  catalogueRoutes,
  complaintRoutes,
  counterRoutes,
  delegationRoutes,
  integrationRoutes,
  officerRoutes,
  paymentRoutes,
  statsRoutes,
  type Access,
  type OfficerRole,
  type RouteDefinition,
} from '@pintu/contract'

/**
 * Who may open each back-office page. Where a page stands for an API route, the roles come from
 * that route's `access` in the contract, so the menu and guards can never drift from the server.
 */
export const pageAccess = {
  catalogue: catalogueRoutes.adminList.access,
  catalogueEdit: catalogueRoutes.updateDraft.access,
  catalogueVersion: catalogueRoutes.getVersion.access,
  officers: officerRoutes.list.access,
  officerCreate: officerRoutes.create.access,
  // Changing roles and deactivating: the page for one officer.
  officerManage: officerRoutes.setRoles.access,
  // Requests for roles under a two-person rule: admins decide, auditors read.
  roleGrants: officerRoutes.roleGrants.access,
  queue: applicationRoutes.queue.access,
  board: applicationRoutes.board.access,
  // The route also serves applicants (their own files); the back office only lets officers in.
  workItem: applicationRoutes.get.access,
  // Reconciliation: treasurers act; supervisors and auditors read.
  payments: paymentRoutes.reconciliation.access,
  // The closures list is public, but in the back office it is a page for those who declare them
  // or watch the office's time: every officer may read it, only a supervisor declares.
  closures: 'authenticated',
  delegations: delegationRoutes.list.access,
  // Integration clients: admins manage, auditors read.
  clients: integrationRoutes.list.access,
  // Everyone reads the calendar; an admin amends it.
  calendar: 'authenticated',
  // The log is public: every officer sees it and its witnesses; supervisors and auditors run the full check.
  transparency: 'authenticated',
  // Supervisors handle complaints; the inspectorate (auditor) reads them all and handles extortion reports.
  complaints: complaintRoutes.queue.access,
  // Counter intake (Loket): frontdesk officers serve walk-in applicants.
  counter: counterRoutes.create.access,
  // The backlog with who holds each file: supervisors and auditors (officer identities are never public).
  backlogReport: statsRoutes.officerBacklog.access,
  // Paper back-entries: frontdesk officers see their own, supervisors decide, auditors read.
  backEntries: backEntryRoutes.list.access,
} as const satisfies Record<string, Access>

export function allows(access: Access, roles: readonly string[]): boolean {
  if (access === 'public') return true
  if (access === 'authenticated') return true
  return access.some((role) => roles.includes(role))
}

export function canCall(route: RouteDefinition, roles: readonly OfficerRole[]): boolean {
  return allows(route.access, roles)
}

export type AccessDecision = 'allow' | 'login' | 'no-access'

/** What the router does with a navigation, given the page's access and the officer's roles (null: not logged in). */
export function decideAccess(access: Access | undefined, roles: readonly OfficerRole[] | null): AccessDecision {
  if (!access || access === 'public') return 'allow'
  if (roles === null) return 'login'
  return allows(access, roles) ? 'allow' : 'no-access'
}
