import { defineStore } from 'pinia'
import { ref, watch } from 'vue'
import { i18n, isLocale, type Locale } from '@/i18n/index.ts'

const storageKey = 'pintu.officer.locale'

function remembered(): Locale {
  try {
    const value = localStorage.getItem(storageKey)
    return isLocale(value) ? value : 'id'
  } catch {
    return 'id'
  }
}

/** The chosen language: remembered on this machine (it is not personal), applied to vue-i18n and <html lang>. */
export const useLocaleStore = defineStore('locale', () => {
  const current = ref<Locale>(remembered())

  watch(
    current,
    (value) => {
      i18n.global.locale.value = value
      document.documentElement.lang = value
      try {
        localStorage.setItem(storageKey, value)
      } catch {
        // Storage can be disabled by policy; the choice then lasts for this page only.
      }
    },
    { immediate: true },
  )

  function toggle() {
    current.value = current.value === 'id' ? 'en' : 'id'
  }

  return { current, toggle }
})
