import type { Officer } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { eligibleDelegates } from './eligibleDelegates.ts'

const officer = (id: string, roles: Officer['roles'], overrides: Partial<Officer> = {}): Officer => ({
  id,
  fullName: id,
  email: `${id}@bandung.go.id`,
  employeeNumber: '198501012010011001',
  roles,
  pendingRoles: [],
  onDuty: true,
  active: true,
  createdAt: '2026-11-01T02:00:00Z',
  ...overrides,
})

describe('who a signer may name as acting signer', () => {
  it('offers other active officers on duty who may act as signer, and nobody else', () => {
    const officers = [
      officer('me', ['signer']),
      officer('kabid', ['approver']),
      officer('pengawas', ['supervisor']),
      officer('wakil', ['signer']),
      officer('loket', ['frontdesk']),
      officer('bendahara', ['approver', 'treasurer']),
      officer('auditor', ['supervisor', 'auditor']),
      officer('admin', ['signer', 'admin']),
      officer('cuti', ['approver'], { onDuty: false }),
      officer('pensiun', ['approver'], { active: false, onDuty: false }),
    ]
    expect(eligibleDelegates(officers, 'me').map((o) => o.id)).toEqual(['kabid', 'pengawas', 'wakil'])
  })

  it('a role only asked for does not count', () => {
    expect(eligibleDelegates([officer('baru', ['frontdesk'], { pendingRoles: ['signer'] })], 'me')).toEqual([])
  })
})
