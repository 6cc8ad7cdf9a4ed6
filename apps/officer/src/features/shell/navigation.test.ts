import {
  applicationRoutes,
  calendarRoutes,
  continuityRoutes,
  counterRoutes,
  delegationRoutes,
  officerRoles,
  officerRoutes,
  paymentRoutes,
} from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { canCall, decideAccess, pageAccess } from './access.ts'
import { homeFor, navigationFor } from './navigation.ts'

const labels = (roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((item) => item.label)

describe('role-aware navigation', () => {
  it('an admin sees the editable catalogue, the officers and the role requests, and no work queue', () => {
    expect(labels(['admin'])).toEqual([
      'nav.catalogue',
      'nav.officers',
      'nav.roleGrants',
      'nav.clients',
      'nav.closuresReadOnly',
      'nav.calendar',
      'nav.transparency',
    ])
  })

  // The queue is open to whoever may be named to sign for the head of office (Plt./Plh.).
  it('a supervisor has a queue but starts on the board, and reads delegations', () => {
    // The queue route is open to the officials who may sign under a delegation (Plt./Plh.); only a signer delegates.
    expect(labels(['supervisor'])).toEqual([
      'nav.queue',
      'nav.board',
      'nav.paymentsReadOnly',
      'nav.catalogueReadOnly',
      'nav.officers',
      'nav.delegationsReadOnly',
      'nav.complaints',
      'nav.backlogReport',
      'nav.backEntries',
      'nav.closures',
      'nav.calendarReadOnly',
      'nav.transparency',
    ])
    expect(homeFor(['supervisor'])).toBe('board')
    // Holding a stage role too, the queue comes first.
    expect(homeFor(['supervisor', 'approver'])).toBe('queue')
  })

  it('an auditor sees the same board and the role requests, marked read-only (they cannot reassign or decide)', () => {
    expect(labels(['auditor'])).toEqual([
      'nav.boardReadOnly',
      'nav.paymentsReadOnly',
      'nav.catalogueReadOnly',
      'nav.officers',
      'nav.roleGrantsReadOnly',
      'nav.delegationsReadOnly',
      'nav.complaints',
      'nav.backlogReport',
      'nav.backEntries',
      'nav.clientsReadOnly',
      'nav.closuresReadOnly',
      'nav.calendarReadOnly',
      'nav.transparency',
    ])
  })

  it('a frontdesk officer sees their queue, the counter (Loket) and the read-only time pages, and starts at the queue', () => {
    expect(labels(['frontdesk'])).toEqual([
      'nav.queue',
      'nav.counter',
      'nav.backEntries',
      'nav.closuresReadOnly',
      'nav.calendarReadOnly',
      'nav.transparency',
    ])
    expect(homeFor(['frontdesk'])).toBe('queue')
  })

  it('only supervisors and auditors see the backlog report, as only they may call its route', () => {
    for (const role of officerRoles)
      expect(labels([role]).includes('nav.backlogReport'), role).toBe(role === 'supervisor' || role === 'auditor')
  })

  it('only frontdesk officers see the counter, as only they may call the counter routes', () => {
    for (const route of Object.values(counterRoutes)) expect(route.access).toEqual(pageAccess.counter)
    for (const role of officerRoles) expect(labels([role]).includes('nav.counter'), role).toBe(role === 'frontdesk')
  })

  it.each(['technical', 'approver'] as const)(
    'a %s sees their queue and the read-only time pages, and starts at the queue',
    (role) => {
      expect(labels([role])).toEqual(['nav.queue', 'nav.closuresReadOnly', 'nav.calendarReadOnly', 'nav.transparency'])
      expect(homeFor([role])).toBe('queue')
    },
  )

  it('a treasurer has no stage queue (the queue route is not theirs) but the payments page', () => {
    expect(labels(['treasurer'])).toEqual([
      'nav.payments',
      'nav.closuresReadOnly',
      'nav.calendarReadOnly',
      'nav.transparency',
    ])
  })

  it('an officer holding several roles sees the union, without duplicates, work first', () => {
    expect(labels(['frontdesk', 'auditor', 'signer'])).toEqual([
      'nav.queue',
      'nav.counter',
      'nav.boardReadOnly',
      'nav.paymentsReadOnly',
      'nav.catalogueReadOnly',
      'nav.officers',
      'nav.roleGrantsReadOnly',
      'nav.delegations',
      'nav.complaints',
      'nav.backlogReport',
      'nav.backEntries',
      'nav.clientsReadOnly',
      'nav.closuresReadOnly',
      'nav.calendarReadOnly',
      'nav.transparency',
    ])
  })

  it('the work pages follow the access of their API routes in the contract', () => {
    expect(pageAccess.queue).toEqual(applicationRoutes.queue.access)
    expect(pageAccess.board).toEqual(applicationRoutes.board.access)
    for (const role of officerRoles) {
      expect(labels([role]).includes('nav.queue'), role).toBe(canCall(applicationRoutes.queue, [role]))
      expect(
        labels([role]).some((label) => label.startsWith('nav.board')),
        role,
      ).toBe(canCall(applicationRoutes.board, [role]))
    }
  })

  it('a signer starts at the queue and manages signing delegations', () => {
    // Signers list officers to name an acting official (Plt./Plh.).
    expect(labels(['signer'])).toEqual([
      'nav.queue',
      'nav.officers',
      'nav.delegations',
      'nav.closuresReadOnly',
      'nav.calendarReadOnly',
      'nav.transparency',
    ])
    expect(homeFor(['signer'])).toBe('queue')
  })

  it('the time-and-money pages follow the access of their API routes', () => {
    expect(pageAccess.payments).toEqual(paymentRoutes.reconciliation.access)
    expect(pageAccess.delegations).toEqual(delegationRoutes.list.access)
    for (const role of officerRoles) {
      expect(labels([role]).includes('nav.payments'), role).toBe(canCall(paymentRoutes.requestManual, [role]))
      expect(labels([role]).includes('nav.closures'), role).toBe(canCall(continuityRoutes.declareClosure, [role]))
      expect(labels([role]).includes('nav.calendar'), role).toBe(canCall(calendarRoutes.addHoliday, [role]))
      expect(
        labels([role]).some((label) => label.startsWith('nav.delegations')),
        role,
      ).toBe(canCall(delegationRoutes.list, [role]))
      expect(labels([role]).includes('nav.delegations'), role).toBe(canCall(delegationRoutes.create, [role]))
    }
  })

  it('the officer administration pages follow the access of their API routes', () => {
    expect(pageAccess.roleGrants).toEqual(officerRoutes.roleGrants.access)
    expect(pageAccess.officerManage).toEqual(officerRoutes.setRoles.access)
    for (const role of officerRoles) {
      const listed = labels([role]).some((label) => label.startsWith('nav.roleGrants'))
      expect(listed, role).toBe(canCall(officerRoutes.roleGrants, [role]))
      expect(labels([role]).includes('nav.roleGrants'), role).toBe(canCall(officerRoutes.approveRoleGrant, [role]))
    }
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

  it('stage officers, supervisors and auditors may open a work item; an admin may not', () => {
    for (const role of ['frontdesk', 'technical', 'approver', 'signer', 'supervisor', 'auditor'] as const)
      expect(decideAccess(pageAccess.workItem, [role]), role).toBe('allow')
    expect(decideAccess(pageAccess.workItem, ['admin'])).toBe('no-access')
    expect(decideAccess(pageAccess.workItem, ['treasurer'])).toBe('no-access')
  })

  it('only a supervisor or an auditor may open the board', () => {
    expect(decideAccess(pageAccess.board, ['frontdesk'])).toBe('no-access')
    expect(decideAccess(pageAccess.board, ['auditor'])).toBe('allow')
  })

  it("only an admin may open the create-officer form and an officer's management page", () => {
    expect(decideAccess(pageAccess.officerCreate, ['admin'])).toBe('allow')
    expect(decideAccess(pageAccess.officerCreate, ['supervisor'])).toBe('no-access')
    expect(decideAccess(pageAccess.officerManage, ['admin'])).toBe('allow')
    expect(decideAccess(pageAccess.officerManage, ['auditor'])).toBe('no-access')
  })

  it('public pages are open to everyone', () => {
    expect(decideAccess(undefined, null)).toBe('allow')
    expect(decideAccess('public', null)).toBe('allow')
  })
})
