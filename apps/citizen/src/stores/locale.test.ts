import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { i18n } from '@/i18n/index.ts'
import { LOCALE_STORAGE_KEY, useLocaleStore } from './locale.ts'

describe('locale store', () => {
  beforeEach(() => {
    localStorage.clear()
    setActivePinia(createPinia())
  })

  it('starts in Bahasa Indonesia when nothing was chosen', async () => {
    const store = useLocaleStore()
    await store.ready
    expect(store.current).toBe('id')
    expect(i18n.global.locale.value).toBe('id')
    expect(document.documentElement.lang).toBe('id')
  })

  it('switches the messages, <html lang> and remembers the choice, loading English on demand', async () => {
    await useLocaleStore().set('en')
    expect(i18n.global.locale.value).toBe('en')
    expect(i18n.global.t('app.nav.home')).toBe('Home')
    expect(document.documentElement.lang).toBe('en')
    expect(localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('en')
  })

  it('restores the remembered language on the next visit', async () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en')
    const store = useLocaleStore()
    await store.ready
    expect(store.current).toBe('en')
    expect(document.documentElement.lang).toBe('en')
  })

  it('ignores a stored value that is not a supported language', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'fr')
    expect(useLocaleStore().current).toBe('id')
  })

  it('toggles between the two languages', async () => {
    const store = useLocaleStore()
    await store.toggle()
    expect(store.current).toBe('en')
    await store.toggle()
    expect(store.current).toBe('id')
    expect(i18n.global.t('app.nav.home')).toBe('Beranda')
  })

  it('a quick second switch wins over the first one still loading', async () => {
    const store = useLocaleStore()
    await store.ready
    const first = store.set('en')
    const second = store.set('id')
    await Promise.all([first, second])
    expect(i18n.global.locale.value).toBe('id')
    expect(document.documentElement.lang).toBe('id')
  })

  it('loads the pages in English too once a page beyond home was opened', async () => {
    await useLocaleStore().set('en')
    expect(i18n.global.t('notFound.title')).not.toBe(i18n.global.t('notFound.title', {}, { locale: 'id' }))
  })
})
