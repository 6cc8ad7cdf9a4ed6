/** A problem with one input field, reported with its own stable code. */
export interface FieldProblem {
  field: string
  code: string
  params?: Record<string, string | number>
  /** English explanation for problems whose code has no catalogued message (e.g. catalogue rule details). */
  message?: string
}

/**
 * An expected failure with a stable code. The error handler localises `code` into the message
 * (see messages.ts); clients switch on the code.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly params: Record<string, string | number> = {},
    readonly problems: FieldProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(code)
    this.name = 'AppError'
  }
}

export const notFound = (code = 'not_found') => new AppError(404, code)
export const forbidden = (code = 'auth.forbidden') => new AppError(403, code)
export const conflict = (code: string, params?: Record<string, string | number>) => new AppError(409, code, params)

/** 422 whose top-level code is the first problem, so a client with one field to fix can switch on it directly. */
export function invalidInput(problems: FieldProblem[]): AppError {
  return new AppError(422, problems[0]?.code ?? 'request.invalid', {}, problems)
}
