import type { LocalizedText } from '@pintu/contract'
import type { Locale } from '@/i18n/index.ts'
import { siteTimeZone } from '@/features/site/useSite.ts'

const intlLocale: Record<Locale, string> = { id: 'id-ID', en: 'en-GB' }

export function localized(text: LocalizedText | undefined, locale: Locale): string {
  return text ? text[locale] || text.id : ''
}

/**
 * Dates are shown in the office's time zone (the site facts: WIB for Bandung, WITA for Makassar),
 * whatever the machine says; WIB, the default office's, until the site facts have arrived.
 */
const officeZone = () => siteTimeZone() ?? 'Asia/Jakarta'

export function formatDateTime(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(intlLocale[locale], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: officeZone(),
  }).format(new Date(iso))
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale[locale]).format(value)
}

export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return '—'
  return new Intl.DateTimeFormat(intlLocale[locale], { dateStyle: 'medium', timeZone: officeZone() }).format(
    new Date(iso),
  )
}

/** A wait from Retry-After in words (`45 detik`, `2 menit`), rounded up: never promise too early. */
export function formatWait(seconds: number, locale: Locale): string {
  const [value, unit] = seconds < 60 ? [Math.max(1, Math.ceil(seconds)), 'second'] : [Math.ceil(seconds / 60), 'minute']
  return new Intl.NumberFormat(intlLocale[locale], { style: 'unit', unit, unitDisplay: 'long' }).format(value)
}

/** A file size in KB or MB (1 KB = 1,024 bytes, as the catalogue's limits in KiB). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : [Math.max(1, bytes / 1024), 'kilobyte']
  return new Intl.NumberFormat(intlLocale[locale], {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value)
}
