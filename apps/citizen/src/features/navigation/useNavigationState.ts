import { ref } from 'vue'
import type { Router } from 'vue-router'
import { isChunkLoadError } from './chunkError.ts'

/** Below this a page change feels instant; a bar that flashes for 50 ms is only noise. */
export const LOADING_DELAY_MS = 150

/**
 * What the shell shows while the router moves between pages on a slow connection: a loading bar
 * once a change takes longer than a blink, and a message with a retry when a page's code could not
 * be loaded (every page but home is loaded on demand). The page's own data has its own message
 * and retry on each page.
 */
export function useNavigationState(
  router: Router,
  options: { delayMs?: number; reload?: (path: string) => void } = {},
) {
  const loading = ref(false)
  /** The address that could not be opened, while its code failed to load. */
  const failedPath = ref<string | null>(null)
  let timer: ReturnType<typeof setTimeout> | undefined

  const stop = () => {
    clearTimeout(timer)
    loading.value = false
  }
  router.beforeEach(() => {
    clearTimeout(timer)
    timer = setTimeout(() => (loading.value = true), options.delayMs ?? LOADING_DELAY_MS)
  })
  router.afterEach((_to, _from, failure) => {
    stop()
    if (!failure) failedPath.value = null
  })
  router.onError((error, to) => {
    stop()
    // Other errors reject the navigation as before; only a page that could not be fetched gets the message.
    if (isChunkLoadError(error)) failedPath.value = to.fullPath
  })

  /**
   * Tries the page again. Chromium remembers a module that failed to load and fails every later import
   * of it at once, so when the retry fails again while the phone says it is online, the page is loaded
   * afresh from the server at that address (saved answers are on the server, the session in storage).
   */
  async function retry() {
    const path = failedPath.value
    if (!path) return
    failedPath.value = null
    try {
      await router.push(path)
    } catch {
      // onError has shown the message again
    }
    if (failedPath.value && navigator.onLine) (options.reload ?? ((p) => window.location.assign(p)))(path)
  }

  return { loading, failedPath, retry }
}
