import type { LocalizedText } from '@pintu/contract'
import { storeToRefs } from 'pinia'
import { useLocaleStore } from '@/stores/locale.ts'
import { formatDate, formatDateTime, formatFileSize, formatNumber, localized } from './format.ts'

/** Formatters bound to the chosen language, for templates. */
export function useLocaleFormat() {
  const { current: locale } = storeToRefs(useLocaleStore())
  return {
    locale,
    text: (value: LocalizedText | undefined) => localized(value, locale.value),
    date: (iso: string | null | undefined) => formatDate(iso, locale.value),
    dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale.value),
    number: (value: number) => formatNumber(value, locale.value),
    fileSize: (bytes: number) => formatFileSize(bytes, locale.value),
  }
}
