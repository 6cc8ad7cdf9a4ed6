/**
 * The constraint a PostgreSQL unique violation (23505) hit, or null for any other error. A check
 * before an insert cannot see a concurrent insert; the unique index can, and this names which.
 */
export function uniqueViolation(error: unknown): string | null {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } }
  const source = e.code === '23505' ? e : e.cause?.code === '23505' ? e.cause : null
  return source ? (source.constraint ?? '') : null
}
