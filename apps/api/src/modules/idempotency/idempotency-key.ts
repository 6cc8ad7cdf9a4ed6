import { AppError } from '../../errors/app-error.ts'

/** Keys are opaque client tokens: 8–128 visible ASCII characters. */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined
  if (typeof header !== 'string' || !/^[\x21-\x7e]{8,128}$/.test(header)) {
    throw new AppError('idempotency.bad_key')
  }
  return header
}
