import { applicationRoutes, type ApplicationDetail } from '@pintu/contract'
import { ref, shallowRef, watch } from 'vue'
import { call } from '@/api.ts'

/** One application as the officer may see it, reloaded when the id changes or on demand. */
export function useWorkItem(id: () => string) {
  const detail = shallowRef<ApplicationDetail | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)

  let latest = 0
  async function load() {
    const request = ++latest
    loading.value = true
    error.value = null
    try {
      const loaded = await call(applicationRoutes.get, { params: { id: id() } })
      // A slow answer for a file the officer has already left must not replace the current one.
      if (request === latest) detail.value = loaded
    } catch (caught) {
      if (request === latest) error.value = caught
    } finally {
      if (request === latest) loading.value = false
    }
  }
  watch(
    id,
    () => {
      detail.value = null
      void load()
    },
    { immediate: true },
  )

  return { detail, loading, error, load }
}
