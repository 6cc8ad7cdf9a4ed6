import type { ErrorCode } from '@pintu/contract'
import { ApiError } from '@pintu/contract/client'

/** A code an error may carry: one of the API's (the contract's union) or the client's own for a non-JSON answer. */
export type AnyErrorCode = ErrorCode | 'network.unexpected_response'

/**
 * The stable code of an API error, typed as the contract's `ErrorCode` union, so a check against a
 * code the API never answers (a typo, a renamed code) fails type-checking; null for other errors.
 */
export function errorCode(error: unknown): AnyErrorCode | null {
  return error instanceof ApiError ? (error.code as AnyErrorCode) : null
}
