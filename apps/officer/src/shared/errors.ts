import { ApiError } from '@/api.ts'
import { i18n } from '@/i18n/index.ts'

/**
 * True when `key` names a message (a leaf, not a group) in the catalogue of messages. Asked of
 * vue-i18n: the messages are precompiled at build time, so they are not plain strings to walk.
 */
export function hasMessage(key: string): boolean {
  return i18n.global.te(key, 'id')
}

/** The i18n key explaining an error: chosen by its stable code, never by its message text. */
export function errorMessageKey(error: unknown): string {
  if (error instanceof ApiError) {
    const key = `errors.${error.code}`
    return hasMessage(key) ? key : 'errors.generic'
  }
  // fetch rejects with a TypeError when the server cannot be reached.
  if (error instanceof TypeError) return 'errors.network'
  return 'errors.generic'
}

export interface FieldProblem {
  /** JSON pointer of the input, e.g. `/stages/1/budgetDays`. */
  field: string
  /** i18n key when we know the code; otherwise the API's own (already localised) message. */
  key: string | null
  message: string
  /** Values for the message, for problems the SPA finds itself (e.g. `{ min: 10 }`). */
  params?: Record<string, number | string>
}

/** The field-level problems of an API error, keyed for display beside their inputs. */
export function fieldProblems(error: unknown): FieldProblem[] {
  if (!(error instanceof ApiError)) return []
  return error.details.map((detail) => {
    const key = `errors.${detail.code}`
    return { field: detail.field, key: hasMessage(key) ? key : null, message: detail.message }
  })
}

/** Problems whose pointer is `pointer` itself or lies inside it (e.g. `/fee` covers `/fee/amount`). */
export function problemsAt(problems: readonly FieldProblem[], pointer: string): FieldProblem[] {
  return problems.filter((problem) => problem.field === pointer || problem.field.startsWith(`${pointer}/`))
}
