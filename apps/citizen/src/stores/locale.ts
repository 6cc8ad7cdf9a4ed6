import { defineStore } from 'pinia'
import { ref } from 'vue'
import { i18n, isLocale, type Locale } from '@/i18n/index.ts'

export const LOCALE_STORAGE_KEY = 'pintu.locale'

function savedLocale(): Locale {
  try {
    const saved = localStorage.getItem(LOCALE_STORAGE_KEY)
    return isLocale(saved) ? saved : 'id'
  } catch {
    return 'id' // storage can be blocked (private mode, policies); Bahasa Indonesia is the default
  }
}

/** The reader's language: Bahasa Indonesia unless they chose English, remembered on this device. */
export const useLocaleStore = defineStore('locale', () => {
  const current = ref<Locale>(savedLocale())

  // <html lang> drives screen-reader pronunciation and hyphenation, so it follows every change.
  function apply(locale: Locale) {
    i18n.global.locale.value = locale
    document.documentElement.lang = locale
  }

  function set(locale: Locale) {
    current.value = locale
    apply(locale)
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale)
    } catch {
      // not remembered, but the switch still works for this visit
    }
  }

  function toggle() {
    set(current.value === 'id' ? 'en' : 'id')
  }

  apply(current.value)
  return { current, set, toggle }
})
