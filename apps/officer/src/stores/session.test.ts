import type { Session } from '@pintu/contract'
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

// These tests pin the token handling rules (where tokens live, single-flight refresh, retry after
// expiry). They answer HTTP with a scripted fake; page behaviour is tested against the real API in
// tests/e2e/officer.e2e.test.ts.
type Handler = (url: string, init: RequestInit) => Response | Promise<Response>
let handler: Handler
const requests: { url: string; body: unknown; authorization: string | undefined }[] = []
vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
  requests.push({
    url,
    body: init.body ? JSON.parse(String(init.body)) : undefined,
    authorization: (init.headers as Record<string, string>).authorization,
  })
  return handler(url, init)
})

const { useSessionStore, ApplicantRefusedError } = await import('./session.ts')
const { call } = await import('@/api.ts')
const { connectSession } = await import('@/shared/sessionBridge.ts')
const { authRoutes } = await import('@pintu/contract')

function session(kind: 'officer' | 'applicant', n: number): Session {
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString()
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: inMinutes(15),
    refreshToken: `refresh-token-number-${n}-xxxxxxxx`,
    refreshTokenExpiresAt: inMinutes(600),
    account: {
      id: '00000000-0000-4000-8000-000000000001',
      kind,
      fullName: 'Siti',
      email: 'siti@example.go.id',
      roles: kind === 'officer' ? ['admin'] : ['applicant'],
      officeCode: '32.73',
    },
  }
}
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('officer session', () => {
  beforeAll(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }))
  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
    localStorage.clear()
    requests.length = 0
  })

  it('keeps the refresh token in sessionStorage only and the access token in memory', async () => {
    handler = () => json(200, session('officer', 1))
    const store = useSessionStore()
    await store.login('siti@example.go.id', 'correct horse battery')
    expect(store.account?.fullName).toBe('Siti')
    expect(store.accessToken).toBe('access-1')
    expect(sessionStorage.getItem('pintu.officer.refreshToken')).toBe('refresh-token-number-1-xxxxxxxx')
    expect(JSON.stringify({ ...localStorage })).not.toContain('token')
    expect(JSON.stringify({ ...sessionStorage })).not.toContain('access-1')
  })

  it('refuses an applicant account and revokes the session it just got', async () => {
    handler = (url) =>
      url.endsWith('/login') ? json(200, session('applicant', 2)) : new Response(null, { status: 204 })
    const store = useSessionStore()
    await expect(store.login('warga@example.com', 'correct horse battery')).rejects.toBeInstanceOf(
      ApplicantRefusedError,
    )
    expect(store.isAuthenticated).toBe(false)
    expect(sessionStorage.length).toBe(0)
    expect(requests.at(-1)).toMatchObject({
      url: authRoutes.logout.url,
      body: { refreshToken: 'refresh-token-number-2-xxxxxxxx' },
    })
  })

  it('refreshes once when two callers ask at the same time (a reused refresh token would revoke the session)', async () => {
    handler = () => json(200, session('officer', 3))
    const store = useSessionStore()
    sessionStorage.setItem('pintu.officer.refreshToken', 'refresh-token-number-0-xxxxxxxx')
    const [first, second] = await Promise.all([store.refresh(), store.refresh()])
    expect([first, second]).toEqual([true, true])
    expect(requests.filter((request) => request.url === authRoutes.refresh.url)).toHaveLength(1)
    expect(store.accessToken).toBe('access-3')
  })

  it('after an expired access token, refreshes and retries the request once with the new token', async () => {
    const store = useSessionStore()
    connectSession({ accessToken: () => store.accessToken, refreshAfterExpiry: () => store.refresh() })
    handler = () => json(200, session('officer', 4))
    await store.login('siti@example.go.id', 'correct horse battery')
    let meCalls = 0
    handler = (url) => {
      if (url === authRoutes.refresh.url) return json(200, session('officer', 5))
      meCalls += 1
      return meCalls === 1
        ? json(401, { error: { code: 'auth.token_expired', message: 'expired' } })
        : json(200, { account: session('officer', 5).account, phone: null, nikMasked: null })
    }
    const me = await call(authRoutes.me, {})
    expect(me.account.fullName).toBe('Siti')
    expect(
      requests.filter((request) => request.url === authRoutes.me.url).map((request) => request.authorization),
    ).toEqual(['Bearer access-4', 'Bearer access-5'])
  })

  it('a refused refresh ends the session', async () => {
    handler = () => json(401, { error: { code: 'auth.refresh_reused', message: 'reused' } })
    const store = useSessionStore()
    sessionStorage.setItem('pintu.officer.refreshToken', 'refresh-token-number-0-xxxxxxxx')
    expect(await store.refresh()).toBe(false)
    expect(sessionStorage.length).toBe(0)
  })

  it('logging out revokes the refresh token at the API and forgets everything', async () => {
    handler = (url) => (url.endsWith('/login') ? json(200, session('officer', 6)) : new Response(null, { status: 204 }))
    const store = useSessionStore()
    await store.login('siti@example.go.id', 'correct horse battery')
    await store.logout()
    expect(requests.at(-1)).toMatchObject({
      url: authRoutes.logout.url,
      body: { refreshToken: 'refresh-token-number-6-xxxxxxxx' },
    })
    expect(store.account).toBeNull()
    expect(store.accessToken).toBeNull()
    expect(sessionStorage.length).toBe(0)
  })
})
