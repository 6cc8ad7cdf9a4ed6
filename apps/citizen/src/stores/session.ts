import type { Account, Session } from '@pintu/contract'
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AnyErrorCode } from '@pintu/ui/error-code'
import type { SessionBridge } from '@/shared/sessionBridge.ts'

export const REFRESH_TOKEN_KEY = 'pintu.refreshToken'
/** Refresh this long before the access token expires, so no request leaves with a dying token. */
export const REFRESH_MARGIN_MS = 60_000

// The refresh token survives a reload in localStorage; the access token lives only in memory so a
// stolen copy of storage never holds a token that works right away.
function readRefreshToken(): string | null {
  try {
    return localStorage.getItem(REFRESH_TOKEN_KEY)
  } catch {
    return null
  }
}
function writeRefreshToken(token: string | null) {
  try {
    if (token) localStorage.setItem(REFRESH_TOKEN_KEY, token)
    else localStorage.removeItem(REFRESH_TOKEN_KEY)
  } catch {
    // without storage the session simply ends with the tab
  }
}

export const useSessionStore = defineStore('session', () => {
  const accessToken = ref<string | null>(null)
  const accessTokenExpiresAt = ref(0)
  const account = ref<Account | null>(null)
  const hasRefreshToken = ref(readRefreshToken() !== null)
  const isLoggedIn = computed(() => accessToken.value !== null || hasRefreshToken.value)
  /**
   * The API error code that ended the session while it was in use (`auth.session_ended` after a
   * logout elsewhere, `auth.token_expired` when it could not be renewed); null after a login or a
   * logout here. The app watches it to send the applicant to the login page with a reason.
   */
  const endedBy = ref<AnyErrorCode | null>(null)

  function start(session: Session) {
    endedBy.value = null
    accessToken.value = session.accessToken
    accessTokenExpiresAt.value = Date.parse(session.accessTokenExpiresAt)
    account.value = session.account
    writeRefreshToken(session.refreshToken)
    hasRefreshToken.value = true
  }

  function clear() {
    accessToken.value = null
    accessTokenExpiresAt.value = 0
    account.value = null
    writeRefreshToken(null)
    hasRefreshToken.value = false
  }

  /** Drops the session because the API refused it, remembering why. */
  function end(code: AnyErrorCode) {
    clear()
    endedBy.value = code
  }

  // Refresh tokens are single-use and reuse revokes the whole family, so concurrent callers must
  // share one refresh call instead of each spending the token.
  let refreshing: Promise<boolean> | null = null
  function refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      const refreshToken = readRefreshToken() // read fresh: another tab may have rotated it
      if (!refreshToken) {
        clear()
        return false
      }
      // The raw client, loaded on demand: the home page's bundle carries no API code.
      const { call, authRoutes, ApiError } = await import('@/api.ts')
      try {
        start(await call(authRoutes.refresh, { body: { refreshToken } }))
        return true
      } catch (error) {
        // A refused token (expired, reused, revoked) ends the session; a network failure does not.
        if (error instanceof ApiError && error.status < 500) {
          clear()
          return false
        }
        throw error
      }
    })().finally(() => {
      refreshing = null
    })
    return refreshing
  }

  /** A usable access token, refreshed first when it is missing or about to expire; null when logged out. */
  async function ensureAccessToken(now = Date.now()): Promise<string | null> {
    if (accessToken.value && accessTokenExpiresAt.value - now > REFRESH_MARGIN_MS) return accessToken.value
    if (!hasRefreshToken.value && !readRefreshToken()) return null
    return (await refresh()) ? accessToken.value : null
  }

  async function logout() {
    const refreshToken = readRefreshToken()
    clear()
    if (!refreshToken) return
    const { call, authRoutes } = await import('@/api.ts')
    // Local logout already happened; revoking on the server is best effort (e.g. offline).
    await call(authRoutes.logout, { body: { refreshToken } }).catch(() => undefined)
  }

  return {
    accessToken,
    accessTokenExpiresAt,
    account,
    hasRefreshToken,
    isLoggedIn,
    endedBy,
    start,
    clear,
    end,
    refresh,
    ensureAccessToken,
    logout,
  }
})

/** The session as the API module sees it (main.ts connects it with `connectSession`). */
export function sessionBridgeOf(session: ReturnType<typeof useSessionStore>): SessionBridge {
  return {
    isLoggedIn: () => session.isLoggedIn,
    accessToken: () => session.ensureAccessToken(),
    refreshAfterExpiry: () => session.refresh(),
    end: (code) => session.end(code),
  }
}
