import { ApiError } from '@pintu/contract/client'
import { id } from '@/i18n/id.ts'

type Translate = (key: string, named?: Record<string, unknown>) => string

function leafKeys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : leafKeys(value as object, `${prefix}${key}.`),
  )
}

/** Every API error code we have our own message for; the key path under `errors` is the code. */
export const knownErrorCodes: ReadonlySet<string> = new Set(leafKeys(id.errors))

/** The i18n key of an API error code, or null when we have no message of our own for it. */
export function errorMessageKey(code: string): string | null {
  return knownErrorCodes.has(code) ? `errors.${code}` : null
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
