import { authRoutes, isOfficerRole, type Account, type OfficerRole, type Session } from '@pintu/contract'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { ApiError, client } from '@/api.ts'
import { officerOffice } from '@/features/auth/officerOffice.ts'

// Officer machines are shared: the refresh token lives in sessionStorage so closing the browser
// ends the session, and the access token only in memory so no script-readable copy outlives the page.
const refreshTokenKey = 'pintu.officer.refreshToken'
/** Refresh this long before the access token expires, so requests never race its expiry. */
const refreshLeadMs = 60_000

/** Thrown when an applicant account logs in: this SPA is for officers only. */
export class ApplicantRefusedError extends Error {
  constructor() {
    super('applicant account refused by the officer SPA')
    this.name = 'ApplicantRefusedError'
  }
}

function storedRefreshToken(): string | null {
  try {
    return sessionStorage.getItem(refreshTokenKey)
  } catch {
    return null
  }
}

export const useSessionStore = defineStore('session', () => {
  const account = shallowRef<Account | null>(null)
  const accessToken = ref<string | null>(null)
  let refreshTimer: ReturnType<typeof setTimeout> | undefined
  let refreshing: Promise<boolean> | null = null

  const isAuthenticated = computed(() => account.value !== null)
  /**
   * The roles the menus and pages go by. Reading another office (an auditor the operator allowed),
   * they are only an auditor there, as the API counts them: no menu leads to what it would refuse.
   */
  const roles = computed<OfficerRole[]>(() => {
    const own = (account.value?.roles ?? []).filter(isOfficerRole)
    const home = account.value?.officeCode
    const visiting = officerOffice.value !== null && home !== undefined && officerOffice.value !== home
    return visiting && own.includes('auditor') ? ['auditor'] : own
  })

  function adopt(session: Session) {
    account.value = session.account
    accessToken.value = session.accessToken
    sessionStorage.setItem(refreshTokenKey, session.refreshToken)
    clearTimeout(refreshTimer)
    const delay = Math.max(5_000, Date.parse(session.accessTokenExpiresAt) - Date.now() - refreshLeadMs)
    refreshTimer = setTimeout(() => void refresh(), delay)
  }

  function clear() {
    clearTimeout(refreshTimer)
    account.value = null
    accessToken.value = null
    sessionStorage.removeItem(refreshTokenKey)
  }

  async function login(email: string, password: string) {
    const session = await client.call(authRoutes.login, { body: { email, password } })
    if (session.account.kind !== 'officer') {
      // Revoke at once: an applicant session has no business living in a back-office tab.
      await client.call(authRoutes.logout, { body: { refreshToken: session.refreshToken } }).catch(() => undefined)
      throw new ApplicantRefusedError()
    }
    adopt(session)
  }

  /**
   * Exchanges the refresh token for a new session. Single-flight: refresh tokens rotate and a
   * reused one revokes the whole family, so two concurrent refreshes would log the officer out.
   */
  function refresh(): Promise<boolean> {
    refreshing ??= (async () => {
      const refreshToken = storedRefreshToken()
      if (!refreshToken) {
        clear()
        return false
      }
      try {
        const session = await client.call(authRoutes.refresh, { body: { refreshToken } })
        if (session.account.kind !== 'officer') {
          clear()
          return false
        }
        adopt(session)
        return true
      } catch (error) {
        // A network failure keeps the stored token so a later attempt can still succeed.
        if (error instanceof ApiError) clear()
        return false
      }
    })().finally(() => {
      refreshing = null
    })
    return refreshing
  }

  let restored: Promise<boolean> | null = null
  /** On page load, resumes the session of this browser tab if it still has a refresh token. */
  function restore(): Promise<boolean> {
    restored ??= account.value ? Promise.resolve(true) : storedRefreshToken() ? refresh() : Promise.resolve(false)
    return restored
  }

  async function logout() {
    const refreshToken = storedRefreshToken()
    clear()
    if (refreshToken) await client.call(authRoutes.logout, { body: { refreshToken } }).catch(() => undefined)
  }

  return { account, accessToken, isAuthenticated, roles, login, refresh, restore, logout, clear }
})
