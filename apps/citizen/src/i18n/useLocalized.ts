import type { LocalizedText } from '@pintu/contract'
import { useI18n } from 'vue-i18n'
import { isLocale } from './index.ts'

/** Picks the current language from a `{ id, en }` text the API sends. */
export function pickLocalized(text: LocalizedText, locale: string): string {
  return isLocale(locale) ? text[locale] : text.id
}

export function useLocalized() {
  const { locale } = useI18n()
  return (text: LocalizedText) => pickLocalized(text, locale.value)
}
