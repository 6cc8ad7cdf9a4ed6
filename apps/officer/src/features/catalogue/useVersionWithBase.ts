import { catalogueRoutes, type ServiceVersion } from '@pintu/contract'
import { computed, ref, shallowRef, watch, type Ref } from 'vue'
import { call } from '@/api.ts'
import { comparisonBase } from './versions.ts'

/** Loads one catalogue version and its siblings, to compare it with the version in force. */
export function useVersionWithBase(id: Ref<string>) {
  const version = shallowRef<ServiceVersion | null>(null)
  const versions = shallowRef<ServiceVersion[]>([])
  const loading = ref(false)
  const error = ref<unknown>(null)

  async function load() {
    loading.value = true
    error.value = null
    try {
      const loaded = await call(catalogueRoutes.getVersion, { params: { id: id.value } })
      const siblings = await call(catalogueRoutes.versions, { params: { code: loaded.code } })
      version.value = loaded
      versions.value = siblings.items
    } catch (caught) {
      error.value = caught
    } finally {
      loading.value = false
    }
  }

  /** What this version is compared with (never itself). */
  const base = computed(() => comparisonBase(versions.value.filter((other) => other.id !== version.value?.id)))

  watch(id, load, { immediate: true })
  return { version, versions, base, loading, error, load }
}
