import type { Consent } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { draftProblem, keepOffered, ordered } from './consentChoice.ts'

const client = (serviceCodes: string[]) => ({ id: 'c', name: 'Portal', ownerOrganisation: 'Org', serviceCodes })
const consent = (id: string, active: boolean, grantedAt: string) => ({ id, active, grantedAt }) as unknown as Consent

describe('choosing a consent', () => {
  it('keeps only the service types the newly chosen client may file', () => {
    expect(keepOffered({ clientId: 'c', serviceCodes: ['SKP', 'SIUP'], days: 30 }, client(['SKP']))).toEqual(['SKP'])
    expect(keepOffered({ clientId: '', serviceCodes: ['SKP'], days: 30 }, undefined)).toEqual([])
  })

  it('asks for a client, then for at least one service type', () => {
    expect(draftProblem({ clientId: '', serviceCodes: [], days: 30 })).toBe('consents.pickClient')
    expect(draftProblem({ clientId: 'c', serviceCodes: [], days: 30 })).toBe('consents.pickService')
    expect(draftProblem({ clientId: 'c', serviceCodes: ['SKP'], days: 30 })).toBeNull()
  })

  it('lists active consents first, newest first', () => {
    const list = [
      consent('old-ended', false, '2026-01-01T00:00:00Z'),
      consent('old-active', true, '2026-02-01T00:00:00Z'),
      consent('new-active', true, '2026-03-01T00:00:00Z'),
    ]
    expect(ordered(list).map((c) => c.id)).toEqual(['new-active', 'old-active', 'old-ended'])
  })
})
