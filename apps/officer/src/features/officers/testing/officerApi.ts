import type { Account, Officer, RoleGrant } from '@pintu/contract'
import { vi } from 'vitest'

/** An officer as the API lists it, for component tests. */
export function officer(overrides: Partial<Officer> = {}): Officer {
  return {
    id: '00000000-0000-4000-8000-0000000000b1',
    fullName: 'Budi Santoso',
    email: 'budi@bandung.go.id',
    employeeNumber: '198501012010011001',
    roles: ['frontdesk'],
    pendingRoles: [],
    onDuty: true,
    active: true,
    createdAt: '2026-11-01T02:00:00Z',
    ...overrides,
  }
}

export const me: Account = {
  id: '00000000-0000-4000-8000-0000000000a1',
  kind: 'officer',
  fullName: 'Admin Satu',
  email: 'admin@bandung.go.id',
  roles: ['admin'],
  officeCode: '32.73',
}

export function grant(overrides: Partial<RoleGrant> = {}): RoleGrant {
  return {
    id: '00000000-0000-4000-8000-0000000000c1',
    officerId: officer().id,
    officerName: 'Budi Santoso',
    roles: ['treasurer'],
    requestedBy: 'Admin Dua',
    requestedById: '00000000-0000-4000-8000-0000000000a2',
    requestedAt: '2026-12-01T02:00:00Z',
    outcome: null,
    decidedBy: null,
    decidedAt: null,
    ...overrides,
  }
}

export type Reply = { status: number; body: unknown }
export type Route = (request: { method: string; url: string; body: unknown }) => Reply | undefined

/**
 * Stubs fetch with scripted answers, before the API client is imported (it takes `fetch` when it
 * is created). Returns the requests made, for assertions.
 */
export function scriptApi(route: () => Route) {
  const requests: { method: string; url: string; body: unknown }[] = []
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    const request = { method: init.method ?? 'GET', url, body: init.body ? JSON.parse(String(init.body)) : undefined }
    requests.push(request)
    const reply = route()(request) ?? { status: 404, body: { error: { code: 'not_found', message: 'x' } } }
    const headers = { 'content-type': 'application/json' }
    return new Response(JSON.stringify(reply.body), { status: reply.status, headers })
  })
  return requests
}
