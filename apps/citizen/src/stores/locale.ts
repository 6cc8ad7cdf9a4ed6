import { defineStore } from 'pinia'
import { ref } from 'vue'
import { i18n, isLocale, loadLocaleMessages, type Locale } from '@/i18n/index.ts'

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

  // English loads on demand, so a switch waits for its messages; when the reader switches again
  // before they arrive, only the last choice is applied.
  let latest = 0
  // <html lang> drives screen-reader pronunciation and hyphenation, so it follows every change.
  async function apply(locale: Locale): Promise<void> {
    const ticket = ++latest
    await loadLocaleMessages(locale)
    if (ticket !== latest) return
    i18n.global.locale.value = locale
    document.documentElement.lang = locale
  }

  function set(locale: Locale): Promise<void> {
    current.value = locale
    try {
      localStorage.setItem(LOCALE_STORAGE_KEY, locale)
    } catch {
      // not remembered, but the switch still works for this visit
    }
    return apply(locale)
  }

  function toggle(): Promise<void> {
    return set(current.value === 'id' ? 'en' : 'id')
  }

  /** Settles once the remembered language's messages are in place (main.ts waits for it before mounting). */
  const ready = apply(current.value)
  return { current, ready, set, toggle }
})
