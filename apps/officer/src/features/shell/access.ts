import { catalogueRoutes, officerRoutes, type Access, type OfficerRole, type RouteDefinition } from '@pintu/contract'

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
  // Work queues arrive with the application lifecycle; these are the roles that will work stages or payments.
  queue: ['frontdesk', 'technical', 'approver', 'signer', 'treasurer'],
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
