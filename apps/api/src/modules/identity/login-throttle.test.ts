import { describe, expect, it } from 'vitest'
import {
  accountLimits,
  addressLimits,
  checkThrottle,
  FAILURE_WINDOW_MS,
  LOCK_MS,
  pairLimits,
  stateAfterFailure,
  type ThrottleLimits,
  type ThrottleState,
} from './login-throttle.ts'

const t0 = new Date('2026-11-28T02:00:00Z')
const at = (ms: number) => new Date(t0.getTime() + ms)

function failTimes(n: number, limits: ThrottleLimits): ThrottleState | undefined {
  let state: ThrottleState | undefined
  for (let i = 0; i < n; i += 1) state = stateAfterFailure(state, limits, t0)
  return state
}

describe('failed-login throttle', () => {
  it('lets the first attempts through', () => {
    expect(checkThrottle(undefined, pairLimits, t0)).toEqual({ allowed: true })
    expect(checkThrottle(failTimes(2, pairLimits), pairLimits, t0)).toEqual({ allowed: true })
  })

  it('makes each attempt from one address after the third failure wait twice as long', () => {
    expect(checkThrottle(failTimes(3, pairLimits), pairLimits, at(1_000))).toEqual({
      allowed: false,
      code: 'auth.too_many_attempts',
      retryAfterSeconds: 1,
    })
    expect(checkThrottle(failTimes(3, pairLimits), pairLimits, at(2_000))).toEqual({ allowed: true })
    expect(checkThrottle(failTimes(4, pairLimits), pairLimits, at(3_000))).toEqual({
      allowed: false,
      code: 'auth.too_many_attempts',
      retryAfterSeconds: 1,
    })
    expect(checkThrottle(failTimes(4, pairLimits), pairLimits, at(4_000))).toEqual({ allowed: true })
  })

  it('locks the account from one address after the tenth failure for fifteen minutes', () => {
    const locked = failTimes(10, pairLimits)!
    expect(locked.lockedUntil).toEqual(at(LOCK_MS))
    expect(checkThrottle(locked, pairLimits, at(LOCK_MS - 1_000))).toMatchObject({
      allowed: false,
      code: 'auth.locked',
      retryAfterSeconds: 1,
    })
  })

  it('never locks the account as a whole, and caps its wait at 30 seconds', () => {
    const hammered = failTimes(500, accountLimits)!
    expect(hammered.lockedUntil).toBeNull()
    expect(checkThrottle(hammered, accountLimits, at(29_000))).toMatchObject({
      allowed: false,
      code: 'auth.too_many_attempts',
      retryAfterSeconds: 1,
    })
    expect(checkThrottle(hammered, accountLimits, at(30_000))).toEqual({ allowed: true })
  })

  it('lets one address (a whole office behind one NAT) fail 100 times before slowing it', () => {
    expect(checkThrottle(failTimes(99, addressLimits), addressLimits, t0)).toEqual({ allowed: true })
    expect(checkThrottle(failTimes(100, addressLimits), addressLimits, t0)).toMatchObject({
      allowed: false,
      code: 'auth.too_many_attempts',
    })
    expect(failTimes(999, addressLimits)!.lockedUntil).toBeNull()
    expect(failTimes(1_000, addressLimits)!.lockedUntil).toEqual(at(LOCK_MS))
  })

  it('forgets failures older than the window', () => {
    const old = failTimes(4, pairLimits)!
    expect(checkThrottle(old, pairLimits, at(FAILURE_WINDOW_MS + 1))).toEqual({ allowed: true })
    expect(stateAfterFailure(old, pairLimits, at(FAILURE_WINDOW_MS + 1)).failures).toBe(1)
  })
})
