import type { LocalizedText } from '@pintu/contract'
import type { Locale } from '@/i18n/index.ts'

const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' }

export function localized(text: LocalizedText | undefined, locale: Locale): string {
  return text ? text[locale] || text.id : ''
}

/** Dates are shown in the office's time zone (Kota Bandung, WIB), whatever the machine says. */
export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Jakarta' }).format(new Date(iso))
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value)
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: 'Asia/Jakarta' }).format(new Date(iso))
}
