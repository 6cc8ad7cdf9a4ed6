import { siteTimeZone } from '@/features/site/useSite.ts'

// Dates and counts follow the reader's language. Money is always written the Indonesian way
// (Rp 150.000) by formatRupiah from @pintu/contract, next to the parser that reads it back.

/** The office's time zone (the site facts); WIB, the default office's, until they have arrived. */
export const officeTimeZone = () => siteTimeZone() ?? 'Asia/Jakarta'

function intlLocale(locale: string): string {
  return locale === 'en' ? 'en-GB' : 'id-ID'
}

/** A file size given in KiB: `512` → `512 KB`, `2048` → `2 MB`, `1536` → `1,5 MB` in Bahasa Indonesia. */
export function formatFileSize(kb: number, locale: string): string {
  const number = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 1 })
  return kb >= 1024 ? `${number.format(kb / 1024)} MB` : `${number.format(kb)} KB`
}

/**
 * A calendar date in the office's time zone, e.g. `1 Januari 2025`; `timeZone` for a file of
 * another office than the one answering (an applicant's list spans offices).
 */
export function formatDate(iso: string, locale: string, timeZone: string = officeTimeZone()): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'long', timeZone }).format(new Date(iso))
}

/**
 * Joins a list the way the language does: `PDF, JPEG dan PNG` / `PDF, JPEG and PNG`, or with `atau`/`or` for a choice.
 */
export function formatList(
  items: readonly string[],
  locale: string,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(intlLocale(locale), { style: 'long', type }).format(items)
}

/** A moment in the office's time zone, e.g. `4 Mei 2026 09.15`. */
export function formatDateTime(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: officeTimeZone(),
  }).format(new Date(iso))
}
