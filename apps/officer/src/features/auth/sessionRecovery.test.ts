import type { OfficerRole, Session } from '@pintu/contract'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'

// The API ends an officer's sessions at once on logout, deactivation or a change of roles
// (401 `auth.session_ended`). These tests script the API and check that the SPA refreshes once —
// adopting the new roles — or, when that is refused too, sends the officer to log in, saying why.
type Handler = (url: string) => Response
let handler: Handler
const requests: { url: string; authorization?: string }[] = []
vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
  requests.push({ url, authorization: (init.headers as Record<string, string>).authorization })
  return handler(url)
})
const { authRoutes, officerRoutes } = await import('@pintu/contract')
const { ApiError, call } = await import('@/api.ts')
const { connectSession } = await import('@/shared/sessionBridge.ts')
const { useSessionStore } = await import('@/stores/session.ts')
const { createSessionRecovery } = await import('./sessionRecovery.ts')

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
const ended = () => json(401, { error: { code: 'auth.session_ended', message: 'ended' } })
function session(n: number, roles: OfficerRole[]): Session {
  const inMinutes = (m: number) => new Date(Date.now() + m * 60_000).toISOString()
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: inMinutes(15),
    refreshToken: `refresh-token-number-${n}-xxxxxxxx`,
    refreshTokenExpiresAt: inMinutes(600),
    account: {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'officer',
      fullName: 'Siti',
      email: 'siti@example.go.id',
      roles,
      officeCode: '32.73',
    },
  }
}

async function setUp(roles: OfficerRole[], path: string) {
  const page = { render: () => null }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/login', name: 'login', component: page },
      { path: '/officers', name: 'officers', component: page, meta: { access: officerRoutes.list.access } },
      { path: '/no-access', name: 'no-access', component: page },
    ],
  })
  await router.push(path)
  const store = useSessionStore()
  handler = () => json(200, session(1, roles))
  await store.login('siti@example.go.id', 'correct horse battery')
  connectSession({ accessToken: () => store.accessToken, refreshAfterExpiry: createSessionRecovery(store, router) })
  requests.length = 0
  return { router, store }
}

describe('when the API ends the session', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    sessionStorage.clear()
  })

  it('refreshes once, retries with the new token and takes on the roles it carries', async () => {
    const { store } = await setUp(['admin'], '/officers')
    let listed = 0
    handler = (url) => {
      if (url === authRoutes.refresh.url) return json(200, session(2, ['admin', 'auditor']))
      listed += 1
      return listed === 1 ? ended() : json(200, { items: [] })
    }
    expect(await call(officerRoutes.list, {})).toEqual({ items: [] })
    const tokens = requests.filter((r) => r.url === officerRoutes.list.url).map((r) => r.authorization)
    expect(tokens).toEqual(['Bearer access-1', 'Bearer access-2'])
    expect(store.roles).toEqual(['admin', 'auditor'])
  })

  it('a page the new roles no longer open gives way to "no access"', async () => {
    const { router, store } = await setUp(['admin'], '/officers')
    handler = (url) => (url === authRoutes.refresh.url ? json(200, session(2, ['frontdesk'])) : ended())
    await call(officerRoutes.list, {}).catch(() => undefined)
    expect(store.roles).toEqual(['frontdesk'])
    expect(router.currentRoute.value.name).toBe('no-access')
    expect(router.currentRoute.value.query.from).toBe('/officers')
  })

  it('when the refresh is refused too, drops the session and goes to login, which says the session ended', async () => {
    const { router, store } = await setUp(['admin'], '/officers')
    const refused = json(401, { error: { code: 'auth.refresh_invalid', message: 'x' } })
    handler = (url) => (url === authRoutes.refresh.url ? refused : ended())
    const error = await call(officerRoutes.list, {}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as InstanceType<typeof ApiError>).code).toBe('auth.session_ended')
    expect(store.isAuthenticated).toBe(false)
    expect(sessionStorage.getItem('pintu.officer.refreshToken')).toBeNull()
    expect(router.currentRoute.value.name).toBe('login')
    expect(router.currentRoute.value.query).toEqual({ ended: '1', redirect: '/officers' })
  })

  it('other refusals are not retried', async () => {
    const { store } = await setUp(['admin'], '/officers')
    handler = () => json(403, { error: { code: 'auth.forbidden', message: 'x' } })
    await expect(call(officerRoutes.list, {})).rejects.toBeInstanceOf(ApiError)
    expect(requests).toHaveLength(1)
    expect(store.isAuthenticated).toBe(true)
  })
})
