/**
 * PostgreSQL error classes that mean "the database cannot serve now", not "this request is wrong":
 * 08 connection exception, 57P01–57P03 shutting down / starting up, 57014 a statement cancelled by
 * statement_timeout, 53300 too many connections.
 */
const unavailableSqlStates = /^(08...|57P0[123]|57014|53300)$/
/** Node's socket errors when the server is gone or unreachable. */
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
])
/** node-postgres and pg-pool raise these as plain Errors, without a code. */
const driverMessages =
  /^(timeout exceeded when trying to connect|Connection terminated|Query read timeout|Client has encountered a connection error|Cannot use a pool after calling end)/

/**
 * Whether an error (or the error it wraps: Drizzle puts the driver's error in `cause`) says the
 * database is unreachable, so the request is answered 503 `service.unavailable` at once instead of
 * a 500 that looks like a bug, and the caller knows a retry later is right.
 */
export function databaseUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    if (typeof e.code === 'string' && (unavailableSqlStates.test(e.code) || socketCodes.has(e.code))) return true
    if (typeof e.message === 'string' && driverMessages.test(e.message)) return true
    // An AggregateError (a host with several addresses, all refusing) carries its causes in `errors`.
    const nested = (e as { errors?: unknown[] }).errors
    if (Array.isArray(nested) && nested.some((inner) => databaseUnavailable(inner))) return true
    e = e.cause as typeof e
  }
  return false
}
