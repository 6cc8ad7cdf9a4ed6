/**
 * Slows down repeated failed logins so a password can be neither guessed on one account nor
 * sprayed across many from one place — without giving a stranger a way to lock the real user out.
 *
 * Three counters, each a row in `login_throttle`:
 * - the account from this address (`pair:`): slows after 3 failures and locks after 10 — what a
 *   stranger locks is their own address, never the account;
 * - the account from addresses it never logged in from (`account:`): slows after 5 failures, with
 *   waits capped at 30 s and no lock; the owner's usual addresses are not slowed by it at all;
 * - the address across accounts (`ip:`): far above one office's traffic behind one NAT.
 *
 * Every attempt is counted before its password is checked, under a row lock, so 100 parallel
 * attempts see each other: only as many reach the password check as the rule allows.
 */
export interface ThrottleLimits {
  /** Failures after which each further attempt must wait longer (2 s, 4 s, 8 s…). */
  slowAfter: number
  /** Failures after which the key is locked for LOCK_MS; null never locks. */
  lockAfter: number | null
  /** The longest wait between attempts while slowed. */
  maxWaitMs: number
}

export const pairLimits: ThrottleLimits = { slowAfter: 3, lockAfter: 10, maxWaitMs: 15 * 60_000 }
export const accountLimits: ThrottleLimits = { slowAfter: 5, lockAfter: null, maxWaitMs: 30_000 }
export const addressLimits: ThrottleLimits = { slowAfter: 100, lockAfter: 1_000, maxWaitMs: 60_000 }
/** Failures older than this are forgotten. */
export const FAILURE_WINDOW_MS = 15 * 60_000
export const LOCK_MS = 15 * 60_000
/** An address the account logged in from this recently is the owner's: the account-wide counter skips it. */
export const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60_000

export interface ThrottleState {
  failures: number
  lastFailureAt: Date
  lockedUntil: Date | null
}

export type ThrottleVerdict =
  { allowed: true } | { allowed: false; code: 'auth.locked' | 'auth.too_many_attempts'; retryAfterSeconds: number }

export const throttleKeys = {
  pair: (email: string, address: string) => `pair:${email}|${address}`,
  account: (email: string) => `account:${email}`,
  address: (address: string) => `ip:${address}`,
}

function activeFailures(state: ThrottleState | undefined, now: Date): number {
  if (!state || now.getTime() - state.lastFailureAt.getTime() > FAILURE_WINDOW_MS) return 0
  return state.failures
}

export function checkThrottle(state: ThrottleState | undefined, limits: ThrottleLimits, now: Date): ThrottleVerdict {
  if (state?.lockedUntil && state.lockedUntil > now) {
    return {
      allowed: false,
      code: 'auth.locked',
      retryAfterSeconds: Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000),
    }
  }
  const failures = activeFailures(state, now)
  if (state && failures >= limits.slowAfter) {
    const waitMs = Math.min(limits.maxWaitMs, 1000 * 2 ** Math.min(30, failures - limits.slowAfter + 1))
    const readyAt = state.lastFailureAt.getTime() + waitMs
    if (now.getTime() < readyAt) {
      return {
        allowed: false,
        code: 'auth.too_many_attempts',
        retryAfterSeconds: Math.ceil((readyAt - now.getTime()) / 1000),
      }
    }
  }
  return { allowed: true }
}

export function stateAfterFailure(state: ThrottleState | undefined, limits: ThrottleLimits, now: Date): ThrottleState {
  const failures = activeFailures(state, now) + 1
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: limits.lockAfter !== null && failures >= limits.lockAfter ? new Date(now.getTime() + LOCK_MS) : null,
  }
}
