import {
  applicationRoutes,
  calendarRoutes,
  catalogueRoutes,
  continuityRoutes,
  delegationRoutes,
  integrationRoutes,
  isOfficerRole,
  lifecycle,
  officerRoutes,
  paymentRoutes,
  type OfficerRole,
} from '@pintu/contract'
import { allows, canCall, pageAccess } from './access.ts'

export interface NavItem {
  /** Name of the router route. */
  to:
    | 'counter'
    | 'queue'
    | 'board'
    | 'payments'
    | 'catalogue'
    | 'officers'
    | 'role-grants'
    | 'closures'
    | 'delegations'
    | 'clients'
    | 'calendar'
    | 'transparency'
    | 'complaints'
    | 'backlog-report'
    | 'back-entries'
  /** i18n key of the label. */
  label: string
}

/** The menu an officer sees: only what their roles may use, daily work first. */
export function navigationFor(roles: readonly OfficerRole[]): NavItem[] {
  const items: NavItem[] = []
  if (allows(pageAccess.queue, roles)) items.push({ to: 'queue', label: 'nav.queue' })
  // Walk-in intake sits beside the frontdesk's verification queue; the queue stays their home page.
  if (allows(pageAccess.counter, roles)) items.push({ to: 'counter', label: 'nav.counter' })
  if (allows(pageAccess.board, roles))
    items.push({ to: 'board', label: canCall(applicationRoutes.reassign, roles) ? 'nav.board' : 'nav.boardReadOnly' })
  if (allows(pageAccess.payments, roles))
    items.push({
      to: 'payments',
      label: canCall(paymentRoutes.requestManual, roles) ? 'nav.payments' : 'nav.paymentsReadOnly',
    })
  if (allows(pageAccess.catalogue, roles)) {
    items.push({
      to: 'catalogue',
      label: canCall(catalogueRoutes.updateDraft, roles) ? 'nav.catalogue' : 'nav.catalogueReadOnly',
    })
  }
  if (allows(pageAccess.officers, roles)) items.push({ to: 'officers', label: 'nav.officers' })
  if (allows(pageAccess.roleGrants, roles)) {
    const decides = canCall(officerRoutes.approveRoleGrant, roles)
    items.push({ to: 'role-grants', label: decides ? 'nav.roleGrants' : 'nav.roleGrantsReadOnly' })
  }
  if (allows(pageAccess.delegations, roles)) {
    items.push({
      to: 'delegations',
      label: canCall(delegationRoutes.create, roles) ? 'nav.delegations' : 'nav.delegationsReadOnly',
    })
  }
  if (allows(pageAccess.complaints, roles)) items.push({ to: 'complaints', label: 'nav.complaints' })
  if (allows(pageAccess.backlogReport, roles)) items.push({ to: 'backlog-report', label: 'nav.backlogReport' })
  if (allows(pageAccess.backEntries, roles)) items.push({ to: 'back-entries', label: 'nav.backEntries' })
  if (allows(pageAccess.clients, roles))
    items.push({
      to: 'clients',
      label: canCall(integrationRoutes.create, roles) ? 'nav.clients' : 'nav.clientsReadOnly',
    })
  // Time pages every officer reads; only the roles of the writing routes see them as editable.
  if (roles.length) {
    items.push({
      to: 'closures',
      label: canCall(continuityRoutes.declareClosure, roles) ? 'nav.closures' : 'nav.closuresReadOnly',
    })
    items.push({
      to: 'calendar',
      label: canCall(calendarRoutes.addHoliday, roles) ? 'nav.calendar' : 'nav.calendarReadOnly',
    })
    items.push({ to: 'transparency', label: 'nav.transparency' })
  }
  return items
}

/** The roles that act on a stage of the lifecycle table: the officers whose daily work is their queue. */
const stageRoles: ReadonlySet<string> = new Set(
  Object.values(lifecycle)
    .flatMap((rule) =>
      Object.values(rule.actions)
        .filter((action) => !('ownRoute' in action))
        .map((action) => action.by),
    )
    .filter(isOfficerRole),
)

/**
 * Where "/" leads: the first page of the menu; but a supervisor, who only gets queue work when
 * named to sign for the head of office, starts on the board like the rest of management.
 */
export function homeFor(roles: readonly OfficerRole[]): NavItem['to'] | 'no-access' {
  const items = navigationFor(roles)
  const holdsStage = roles.some((role) => stageRoles.has(role))
  const first = holdsStage ? items[0] : (items.find((item) => item.to !== 'queue') ?? items[0])
  return first?.to ?? 'no-access'
}
