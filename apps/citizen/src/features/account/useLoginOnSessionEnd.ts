import { useRouter } from 'vue-router'
import { ApiError } from '@/api.ts'
import { useSessionStore } from '@/stores/session.ts'
import { loginAfterSessionEnd } from './sessionEnd.ts'

/**
 * For an account page's API calls: a 401 (the session ended or could not be renewed) goes to the
 * login page, back to this page afterwards. The handler answers true when it went there.
 */
export function useLoginOnSessionEnd() {
  const router = useRouter()
  const session = useSessionStore()
  return async (caught: unknown): Promise<boolean> => {
    if (!(caught instanceof ApiError && caught.status === 401)) return false
    await router.replace(loginAfterSessionEnd(router.currentRoute.value.fullPath, session.endedBy))
    return true
  }
}
