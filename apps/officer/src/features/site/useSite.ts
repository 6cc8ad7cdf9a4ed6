import { systemRoutes, type OfficeTimeZone, type Site } from '@pintu/contract'
import { computed, shallowRef } from 'vue'
import { call } from '@/api.ts'

// What this installation is (its office, any simulator switched on): asked once per page load and
// shared by every component that needs it. A failed answer is asked again by the next user.
const site = shallowRef<Site | null>(null)
let loading: Promise<void> | null = null

async function load() {
  try {
    site.value = await call(systemRoutes.site, {})
  } catch {
    loading = null
  }
}

export function useSite() {
  loading ??= load()
  return { site, bankSimulated: computed(() => site.value?.simulators.includes('bank') ?? false) }
}

/**
 * The office's time zone once the site facts are in (the app's layout asks for them on every page),
 * else null. Read inside a render, it re-renders when they arrive.
 */
export const siteTimeZone = (): OfficeTimeZone | null => site.value?.office?.timezone ?? null

/** Forgets the answer (tests). */
export function forgetSite() {
  site.value = null
  loading = null
}
