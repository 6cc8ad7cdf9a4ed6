import type { Router } from 'vue-router'
import { decideAccess } from '@/features/shell/access.ts'
import type { SessionRefusal } from '@/shared/sessionBridge.ts'
import type { useSessionStore } from '@/stores/session.ts'

type Session = Pick<ReturnType<typeof useSessionStore>, 'refresh' | 'roles'>

/** The login page's query saying why the officer is there: `expired` ran out, `ended` was ended by the API. */
export function loginReason(code: SessionRefusal): 'expired' | 'ended' {
  return code === 'auth.session_ended' ? 'ended' : 'expired'
}

/**
 * What the API module does when the API refuses the access token. It refreshes once: after a
 * change of roles the new token carries the new roles, and a page they no longer open gives way
 * to "no access". When the refresh is refused too (logged out elsewhere, deactivated, or the
 * sessions were ended with the refresh token) the officer goes to the login page, which says why,
 * and comes back to this page afterwards.
 */
export function createSessionRecovery(session: Session, router: Router) {
  return async function refreshAfterExpiry(code: SessionRefusal): Promise<boolean> {
    const current = router.currentRoute.value
    if (await session.refresh()) {
      if (decideAccess(current.meta.access, session.roles) === 'no-access') {
        await router.replace({ name: 'no-access', query: { from: current.fullPath } })
      }
      return true
    }
    if (current.name !== 'login') {
      await router.push({ name: 'login', query: { [loginReason(code)]: '1', redirect: current.fullPath } })
    }
    return false
  }
}
