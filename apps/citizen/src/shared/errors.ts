import { ApiError } from '@pintu/contract/client'
import { i18n } from '@/i18n/index.ts'

type Translate = (key: string, named?: Record<string, unknown>) => string

/**
 * The i18n key of an API error code, or null when we have no message of our own for it (the key
 * path under `errors` is the code). Asked of the messages themselves: they are precompiled at
 * build time, so they are not plain strings to walk. Bahasa Indonesia has every message.
 */
export function errorMessageKey(code: string): string | null {
  const key = `errors.${code}`
  return i18n.global.te(key, 'id') ? key : null
}

/** One sentence for an error of any kind: our message for the code, else a generic one. Never parses message text. */
export function errorText(error: unknown, t: Translate): string {
  if (error instanceof ApiError) {
    const key = errorMessageKey(error.code)
    return key ? t(key) : t('errorFallback.generic')
  }
  // fetch rejects with a TypeError when the network or server cannot be reached.
  if (error instanceof TypeError) return t('errorFallback.network')
  return t('errorFallback.generic')
}

/**
 * Field errors from an API error's `details`, keyed by form field name (`/nik` → `nik`); the first
 * problem of each field wins. Codes we know get our text, naming the field by its `label` so the
 * error summary reads on its own; others keep the server's localised text.
 */
export function fieldErrors(
  error: unknown,
  t: Translate,
  label: (field: string) => string = (field) => field,
): Record<string, string> {
  const result: Record<string, string> = {}
  if (!(error instanceof ApiError)) return result
  for (const detail of error.details) {
    const field = detail.field.replace(/^\//, '').split('/')[0]
    if (!field || field in result) continue
    const key = detail.code === 'request.invalid' ? null : errorMessageKey(detail.code)
    result[field] = key ? t(key, { field: label(field) }) : detail.message || t('errorFallback.field')
  }
  return result
}
