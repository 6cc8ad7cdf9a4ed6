import { errorCatalogue, type ErrorCode } from '@pintu/contract'

/** A problem with one input field, reported with its own stable code. */
export interface FieldProblem {
  field: string
  code: ErrorCode
  params?: Record<string, string | number>
  /** A precise English explanation beyond the code's message (catalogue rule details), shown to English readers. */
  message?: string
}

export interface AppErrorOptions {
  params?: Record<string, string | number>
  problems?: FieldProblem[]
  headers?: Record<string, string>
}

/**
 * An expected failure with a stable code from the contract's catalogue, which also gives its HTTP
 * status and messages. The error handler localises the message; clients switch on the code.
 */
export class AppError extends Error {
  readonly statusCode: number
  readonly params: Record<string, string | number>
  readonly problems: FieldProblem[]
  readonly headers: Record<string, string>

  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(code)
    this.name = 'AppError'
    this.statusCode = errorCatalogue[code].status
    this.params = options.params ?? {}
    this.problems = options.problems ?? []
    this.headers = options.headers ?? {}
  }
}

export const fail = (code: ErrorCode, options?: AppErrorOptions) => new AppError(code, options)
export const notFound = (code: ErrorCode = 'not_found') => new AppError(code)
export const forbidden = (code: ErrorCode = 'auth.forbidden') => new AppError(code)
export const conflict = (code: ErrorCode, params?: Record<string, string | number>) => new AppError(code, { params })

/** The first problem's code on top, so a client with one field to fix can switch on it directly. */
export function invalidInput(problems: FieldProblem[]): AppError {
  return new AppError(problems[0]?.code ?? 'request.invalid', { problems })
}

/** One field's problem as the whole error: `fieldError('/startsOn', 'delegations.backdated')`. */
export const fieldError = (field: string, code: ErrorCode) => invalidInput([{ field, code }])
