import { authRoutes } from '@pintu/contract'
import { ApiError } from '@pintu/contract/client'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { callAsAccount } from './api.ts'
import { connectSession } from './shared/sessionBridge.ts'
import { REFRESH_TOKEN_KEY, sessionBridgeOf, useSessionStore } from './stores/session.ts'
import { sampleSession } from '@/stores/testing/sampleSession.ts'

// A token the API refuses for good (`auth.session_ended`: logged out elsewhere) must end the session
// here too, remembering why, so the app can send the applicant to log in again.

const session = sampleSession()
const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })

describe('calls as the logged-in applicant when the session ends', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
    connectSession(sessionBridgeOf(useSessionStore()))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('auth.session_ended drops the session, tokens and all, and records the reason', async () => {
    const fetch = vi.fn(async () => json(401, { error: { code: 'auth.session_ended', message: 'x' } }))
    vi.stubGlobal('fetch', fetch)
    const store = useSessionStore()
    store.start(session)
    const error = await callAsAccount(authRoutes.me, {}).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('auth.session_ended')
    expect(store.isLoggedIn).toBe(false)
    expect(store.accessToken).toBeNull()
    expect(localStorage.getItem(REFRESH_TOKEN_KEY)).toBeNull()
    expect(store.endedBy).toBe('auth.session_ended')
    // No refresh was tried with a token the server already ended.
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('an expired token that cannot be renewed ends the session too, as "ran out"', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url === authRoutes.refresh.url
          ? json(401, { error: { code: 'auth.refresh_invalid', message: 'x' } })
          : json(401, { error: { code: 'auth.token_expired', message: 'x' } }),
      ),
    )
    const store = useSessionStore()
    store.start(session)
    await expect(callAsAccount(authRoutes.me, {})).rejects.toBeInstanceOf(ApiError)
    expect(store.isLoggedIn).toBe(false)
    expect(store.endedBy).toBe('auth.token_expired')
  })

  it('a session whose token cannot be renewed before the call ends as "ran out", and nothing is sent', async () => {
    const fetch = vi.fn(async () => json(401, { error: { code: 'auth.refresh_invalid', message: 'x' } }))
    vi.stubGlobal('fetch', fetch)
    const store = useSessionStore()
    store.start({ ...session, accessTokenExpiresAt: new Date(Date.now() - 1000).toISOString() })
    const error = await callAsAccount(authRoutes.me, {}).catch((caught: unknown) => caught)
    expect((error as ApiError).status).toBe(401)
    expect(store.endedBy).toBe('auth.token_expired')
    // Only the refresh went out; the call itself never left with a dead token.
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('other refusals (403, 404) leave the session alone', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(403, { error: { code: 'auth.forbidden', message: 'x' } })),
    )
    const store = useSessionStore()
    store.start(session)
    await expect(callAsAccount(authRoutes.me, {})).rejects.toBeInstanceOf(ApiError)
    expect(store.isLoggedIn).toBe(true)
    expect(store.endedBy).toBeNull()
  })

  it('a new login forgets why the last session ended', () => {
    const store = useSessionStore()
    store.end('auth.session_ended')
    store.start(session)
    expect(store.endedBy).toBeNull()
  })
})
