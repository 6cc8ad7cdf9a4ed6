import { officerRoles } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { decideAccess, pageAccess } from './access.ts'
import { homeFor, navigationFor } from './navigation.ts'

const labels = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((item) => item.label)

describe('role-aware navigation', () => {
  it('an admin sees the editable catalogue and the officers, and no work queue', () => {
    expect(labels(['admin'])).toEqual(['nav.catalogue', 'nav.officers'])
  })

  it.each(['supervisor', 'auditor'] as const)('a %s sees the catalogue read-only and the officer list', (role) => {
    expect(labels([role])).toEqual(['nav.catalogueReadOnly', 'nav.officers'])
  })

  it.each(['frontdesk', 'technical', 'approver', 'signer', 'treasurer'] as const)('a %s sees only their queue', (role) => {
    expect(labels([role])).toEqual(['nav.queue'])
  })

  it('an officer holding several roles sees the union, without duplicates', () => {
    expect(labels(['frontdesk', 'auditor', 'signer'])).toEqual(['nav.catalogueReadOnly', 'nav.officers', 'nav.queue'])
  })

  it('every officer role leads somewhere from the start page', () => {
    for (const role of officerRoles) expect(homeFor([role]), role).not.toBe('no-access')
  })

  it('an account without officer roles has no menu', () => {
    expect(navigationFor([])).toEqual([])
    expect(homeFor([])).toBe('no-access')
  })
})

describe('route guard decisions', () => {
  it('sends a visitor who is not logged in to the login page', () => {
    expect(decideAccess(pageAccess.catalogue, null)).toBe('login')
  })

  it('shows "no access" to a front-desk officer opening the catalogue administration', () => {
    expect(decideAccess(pageAccess.catalogue, ['frontdesk'])).toBe('no-access')
  })

  it('lets an auditor read a version but not open the draft editor', () => {
    expect(decideAccess(pageAccess.catalogueVersion, ['auditor'])).toBe('allow')
    expect(decideAccess(pageAccess.catalogueEdit, ['auditor'])).toBe('no-access')
  })

  it('only an admin may open the create-officer form', () => {
    expect(decideAccess(pageAccess.officerCreate, ['admin'])).toBe('allow')
    expect(decideAccess(pageAccess.officerCreate, ['supervisor'])).toBe('no-access')
  })

  it('public pages are open to everyone', () => {
    expect(decideAccess(undefined, null)).toBe('allow')
    expect(decideAccess('public', null)).toBe('allow')
  })
})
