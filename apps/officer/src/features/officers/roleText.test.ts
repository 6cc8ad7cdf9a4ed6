import { describe, expect, it } from 'vitest'
import { rolesAwaitingApproval, roleList } from './roleText.ts'

describe('roles in words', () => {
  it("lists roles in the contract's order, whatever order they came in", () => {
    expect(roleList(['auditor', 'frontdesk'], (key) => key)).toBe('roles.frontdesk, roles.auditor')
  })

  it('only new admin, treasurer, signer and supervisor roles wait for a second admin', () => {
    const wanted = ['frontdesk', 'technical', 'treasurer', 'admin'] as const
    expect(rolesAwaitingApproval(['frontdesk'], wanted)).toEqual(['treasurer', 'admin'])
    // Kept roles are already in force.
    expect(rolesAwaitingApproval(['signer'], ['signer', 'approver'])).toEqual([])
  })
})
