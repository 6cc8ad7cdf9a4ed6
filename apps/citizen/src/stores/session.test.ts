import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { REFRESH_MARGIN_MS, REFRESH_TOKEN_KEY, useSessionStore } from './session.ts'
import { sampleSession } from './testing/sampleSession.ts'

// These tests stub fetch to check the store's own rules (token placement, single-flight refresh);
// the real API is exercised by the browser tests in tests/e2e.

const session = sampleSession

function jsonResponse(status: number, body: unknown) {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })
}

describe('session store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })
  afterEach(() => vi.unstubAllGlobals())

  it('keeps the refresh token in localStorage and the access token only in memory', () => {
    const store = useSessionStore()
    store.start(session(1))
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-token-number-1-xxxxxxxx')
    expect(JSON.stringify({ ...localStorage })).not.toContain('access-1')
    expect(store.accessToken).toBe('access-1')
    expect(store.isLoggedIn).toBe(true)
  })

  it('counts as logged in after a reload while a refresh token is stored', () => {
    localStorage.setItem(REFRESH_TOKEN_KEY, 'refresh-token-number-1-xxxxxxxx')
    expect(useSessionStore().isLoggedIn).toBe(true)
  })

  it('uses a fresh access token without asking the server', async () => {
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const store = useSessionStore()
    store.start(session(1))
    expect(await store.ensureAccessToken()).toBe('access-1')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('refreshes shortly before expiry, and concurrent callers share one refresh (tokens are single-use)', async () => {
    const fetch = vi.fn(async () => jsonResponse(200, session(2)))
    vi.stubGlobal('fetch', fetch)
    const store = useSessionStore()
    store.start(session(1, REFRESH_MARGIN_MS - 1000))
    const tokens = await Promise.all([store.ensureAccessToken(), store.ensureAccessToken(), store.ensureAccessToken()])
    expect(tokens).toEqual(['access-2', 'access-2', 'access-2'])
    expect(fetch).toHaveBeenCalledTimes(1)
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/v1/auth/refresh')
    expect(JSON.parse(String(init.body))).toEqual({ refreshToken: 'refresh-token-number-1-xxxxxxxx' })
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-token-number-2-xxxxxxxx')
  })

  it('ends the session when the server refuses the refresh token', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(401, { error: { code: 'auth.refresh_reused', message: 'x' } })),
    )
    const store = useSessionStore()
    store.start(session(1, 0))
    expect(await store.ensureAccessToken()).toBeNull()
    expect(store.isLoggedIn).toBe(false)
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
  })

  it('keeps the session when the network fails during a refresh', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    const store = useSessionStore()
    store.start(session(1, 0))
    await expect(store.ensureAccessToken()).rejects.toThrow(TypeError)
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-token-number-1-xxxxxxxx')
  })

  it('logs out locally at once and revokes the refresh token on the server', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetch)
    const store = useSessionStore()
    store.start(session(1))
    await store.logout()
    expect(store.isLoggedIn).toBe(false)
    expect(store.accessToken).toBeNull()
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit]
    expect(url).toBe('/api/v1/auth/logout')
    expect(JSON.parse(String(init.body))).toEqual({ refreshToken: 'refresh-token-number-1-xxxxxxxx' })
  })
})
