/**
 * Slows down and then locks repeated failed logins, per account and per client address, so a
 * password can neither be guessed on one account nor sprayed across many from one place.
 */
export interface ThrottleLimits {
  /** Failures after which each further attempt must wait longer (2 s, 4 s, 8 s…). */
  slowAfter: number
  /** Failures after which the key is locked for `lockMs`. */
  lockAfter: number
}

export const accountLimits: ThrottleLimits = { slowAfter: 3, lockAfter: 5 }
export const addressLimits: ThrottleLimits = { slowAfter: 10, lockAfter: 30 }
/** Failures older than this are forgotten. */
export const FAILURE_WINDOW_MS = 15 * 60_000
export const LOCK_MS = 15 * 60_000

export interface ThrottleState {
  failures: number
  lastFailureAt: Date
  lockedUntil: Date | null
}

export type ThrottleVerdict =
  | { allowed: true }
  | { allowed: false; code: 'auth.locked' | 'auth.too_many_attempts'; retryAfterSeconds: number }

function activeFailures(state: ThrottleState | undefined, now: Date): number {
  if (!state || now.getTime() - state.lastFailureAt.getTime() > FAILURE_WINDOW_MS) return 0
  return state.failures
}

export function checkThrottle(state: ThrottleState | undefined, limits: ThrottleLimits, now: Date): ThrottleVerdict {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return { allowed: false, code: 'auth.locked', retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000) }
  }
  const failures = activeFailures(state, now)
  if (state && failures >= limits.slowAfter) {
    const waitMs = 1000 * 2 ** (failures - limits.slowAfter + 1)
    const readyAt = state.lastFailureAt.getTime() + waitMs
    if (now.getTime() < readyAt) {
      return { allowed: false, code: 'auth.too_many_attempts', retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000) }
    }
  }
  return { allowed: true }
}

export function stateAfterFailure(state: ThrottleState | undefined, limits: ThrottleLimits, now: Date): ThrottleState {
  const failures = activeFailures(state, now) + 1
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: failures >= limits.lockAfter ? new Date(now.getTime() + LOCK_MS) : null,
  }
}
