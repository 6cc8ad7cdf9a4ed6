import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { LOCALE_STORAGE_KEY, useLocaleStore } from './locale.ts'

describe('locale store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('starts in Bahasa Indonesia when nothing was chosen', () => {
    const store = useLocaleStore()
    expect(store.current).toBe('id')
    expect(i18n.global.locale.value).toBe('id')
    expect(document.documentElement.lang).toBe('id')
  })

  it('switches the messages, <html lang> and remembers the choice', () => {
    useLocaleStore().set('en')
    expect(i18n.global.locale.value).toBe('en')
    expect(i18n.global.t('app.nav.home')).toBe('Home')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
  })

  it('restores the remembered language on the next visit', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    expect(useLocaleStore().current).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr')
    expect(useLocaleStore().current).toBe('id')
  })

  it('toggles between the two languages', () => {
    const store = useLocaleStore()
    store.toggle()
    expect(store.current).toBe('en')
    store.toggle()
    expect(store.current).toBe('id')
    expect(i18n.global.t('app.nav.home')).toBe('Beranda')
  })
})
