import type { ApplicationDetail } from '@pintu/contract'
import { ApiError } from '@pintu/contract/client'
import { computed, ref, shallowRef, watch } from 'vue'
import { useRoute, useRouter } from 'vue-router'
import { useSessionStore } from '@/stores/session.ts'
import { loginAfterSessionEnd } from '@/features/account/sessionEnd.ts'
import { useApplicationStore } from './useApplicationStore.ts'

/**
 * Loads the application named in the route (`:id`) for one page of the flow, and says what went
 * wrong when it cannot: not found (also someone else's application, which the API hides), or
 * any other error, with a retry. An ended session goes to the login page and back here.
 */
export function useApplicationPage(options: { fresh?: boolean } = {}) {
  const route = useRoute()
  const router = useRouter()
  const store = useApplicationStore()
  const id = computed(() => String(route.params.id ?? ''))
  const app = computed<ApplicationDetail | null>(() => (store.current?.id === id.value ? store.current : null))
  const notFound = ref(false)
  const loadError = shallowRef<unknown>(null)
  const loading = ref(false)

  /** Sends an ended session to the login page; true when it did. */
  async function handleSessionEnd(error: unknown): Promise<boolean> {
    if (!(error instanceof ApiError) || error.status !== 401) return false
    await router.replace(loginAfterSessionEnd(route.fullPath, useSessionStore().endedBy))
    return true
  }

  async function load(fresh = options.fresh ?? false) {
    notFound.value = false
    loadError.value = null
    loading.value = true
    try {
      await store.load(id.value, { fresh })
    } catch (error) {
      if (await handleSessionEnd(error)) return
      // 400: an id that is not a UUID, which can only be a mistyped address.
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) notFound.value = true
      else loadError.value = error
    } finally {
      loading.value = false
    }
  }
  watch(id, () => void load(), { immediate: true })

  return { id, app, notFound, loadError, loading, load, store, handleSessionEnd }
}
