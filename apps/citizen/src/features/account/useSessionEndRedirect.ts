import { watch } from 'vue'
import { useRouter } from 'vue-router'
import { useSessionStore } from '@/stores/session.ts'
import { loginAfterSessionEnd } from './sessionEnd.ts'

/**
 * When the API ends the session while a page for applicants is open (a logout on another device,
 * `auth.session_ended`, or a token that could not be renewed), goes to the login page at once with
 * the reason, and back to the page after logging in. Public pages stay where they are.
 */
export function useSessionEndRedirect() {
  const session = useSessionStore()
  const router = useRouter()
  watch(
    () => session.endedBy,
    (code) => {
      const current = router.currentRoute.value
      if (code && current.meta.requiresAccount) void router.replace(loginAfterSessionEnd(current.fullPath, code))
    },
  )
}
