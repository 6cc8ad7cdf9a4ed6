import { applicationRoutes, catalogueRoutes, type OfficerRole } from '@pintu/contract'
import { allows, canCall, pageAccess } from './access.ts'

export interface NavItem {
  /** Name of the router route. */
  to: 'queue' | 'board' | 'payments' | 'catalogue' | 'officers'
  /** i18n key of the label. */
  label: string
}

/** The menu an officer sees: only what their roles may use, daily work first. */
export function navigationFor(roles: readonly OfficerRole[]): NavItem[] {
  const items: NavItem[] = []
  if (allows(pageAccess.queue, roles)) items.push({ to: 'queue', label: 'nav.queue' })
  if (allows(pageAccess.board, roles)) items.push({ to: 'board', label: canCall(applicationRoutes.reassign, roles) ? 'nav.board' : 'nav.boardReadOnly' })
  if (allows(pageAccess.payments, roles)) items.push({ to: 'payments', label: 'nav.payments' })
  if (allows(pageAccess.catalogue, roles)) {
    items.push({ to: 'catalogue', label: canCall(catalogueRoutes.updateDraft, roles) ? 'nav.catalogue' : 'nav.catalogueReadOnly' })
  }
  if (allows(pageAccess.officers, roles)) items.push({ to: 'officers', label: 'nav.officers' })
  return items
}

/** Where "/" leads: the first page of the menu. */
export function homeFor(roles: readonly OfficerRole[]): NavItem['to'] | 'no-access' {
  return navigationFor(roles)[0]?.to ?? 'no-access'
}
