import { nextTick, ref, type Ref } from 'vue'

export interface PageAction<Args extends unknown[]> {
  busy: Ref<boolean>
  error: Ref<unknown>
  run: (...args: Args) => Promise<void>
}

/**
 * What the officer's list pages (closures, calendar, delegations, back-entries) share: the list's
 * loading state and error, a confirmation shown after the list reloads and then focused (so a screen
 * reader hears it and the officer sees the changed row), and actions that each keep their own busy
 * flag and error. Destructure what a template reads: Vue unwraps only top-level refs there.
 */
export function usePageActions(fetch: () => Promise<void>) {
  const loading = ref(true)
  const error = ref<unknown>(null)
  const success = ref('')
  const successBox = ref<HTMLElement | null>(null)

  async function refresh() {
    try {
      await fetch()
    } catch (caught) {
      error.value = caught
    }
  }

  /** The first load, or a new question (another year, another status): says it is loading meanwhile. */
  async function load() {
    loading.value = true
    error.value = null
    await refresh()
    loading.value = false
  }

  /** After a change: the list reloads in place (no loading flash), then the confirmation takes focus. */
  async function announce(message: string) {
    success.value = message
    await refresh()
    await nextTick()
    successBox.value?.focus()
  }

  /** One action of the page; starting it clears the last confirmation, so a stale one is never read twice. */
  function action<Args extends unknown[]>(perform: (...args: Args) => Promise<void>): PageAction<Args> {
    const busy = ref(false)
    const failure = ref<unknown>(null)
    async function run(...args: Args) {
      busy.value = true
      failure.value = null
      success.value = ''
      try {
        await perform(...args)
      } catch (caught) {
        failure.value = caught
      } finally {
        busy.value = false
      }
    }
    return { busy, error: failure, run }
  }

  return { loading, error, success, successBox, load, announce, action }
}
