import { catalogueRoutes, type OfficerRole } from '@pintu/contract'
import { allows, canCall, pageAccess } from './access.ts'

export interface NavItem {
  /** Name of the router route. */
  to: 'catalogue' | 'officers' | 'queue'
  /** i18n key of the label. */
  label: string
}

/** The menu an officer sees: only what their roles may use. */
export function navigationFor(roles: readonly OfficerRole[]): NavItem[] {
  const items: NavItem[] = []
  if (allows(pageAccess.catalogue, roles)) {
    items.push({ to: 'catalogue', label: canCall(catalogueRoutes.updateDraft, roles) ? 'nav.catalogue' : 'nav.catalogueReadOnly' })
  }
  if (allows(pageAccess.officers, roles)) items.push({ to: 'officers', label: 'nav.officers' })
  if (allows(pageAccess.queue, roles)) items.push({ to: 'queue', label: 'nav.queue' })
  return items
}

/** Where "/" leads: the first page of the menu. */
export function homeFor(roles: readonly OfficerRole[]): NavItem['to'] | 'no-access' {
  return navigationFor(roles)[0]?.to ?? 'no-access'
}
