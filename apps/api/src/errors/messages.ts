import { errorCatalogue, isErrorCode, type ErrorCode } from '@pintu/contract'

export type Locale = 'id' | 'en'

/** Bahasa Indonesia unless the client prefers English over it. */
export function pickLocale(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'id'
  const ranked = acceptLanguage
    .split(',')
    .slice(0, 20)
    .map((part) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';')
      const q = rest.find((p) => p.trim().startsWith('q='))
      return { tag: tag.split('-')[0], q: q ? Number(q.trim().slice(2)) || 0 : 1 }
    })
    .filter((entry) => entry.tag === 'id' || entry.tag === 'en')
    .sort((a, b) => b.q - a.q)
  return ranked[0]?.tag === 'en' ? 'en' : 'id'
}

/** The message of a code from the contract's catalogue, with `{name}` placeholders filled from params. */
export function localize(code: ErrorCode, locale: Locale, params: Record<string, string | number> = {}): string {
  const entry = errorCatalogue[isErrorCode(code) ? code : 'request.invalid']
  return entry[locale].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''))
}
