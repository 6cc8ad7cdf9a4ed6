import { describe, expect, it } from 'vitest'
import { accountLimits, checkThrottle, FAILURE_WINDOW_MS, LOCK_MS, stateAfterFailure, type ThrottleState } from './login-throttle.ts'

const t0 = new Date('2026-11-28T02:00:00Z')
const at = (ms: number) => new Date(t0.getTime() + ms)

function failTimes(n: number): ThrottleState | undefined {
  let state: ThrottleState | undefined
  for (let i = 0; i < n; i += 1) state = stateAfterFailure(state, accountLimits, t0)
  return state
}

describe('failed-login throttle', () => {
  it('lets the first attempts through', () => {
    expect(checkThrottle(undefined, accountLimits, t0)).toEqual({ allowed: true })
    expect(checkThrottle(failTimes(2), accountLimits, t0)).toEqual({ allowed: true })
  })

  it('makes each attempt after the third failure wait twice as long', () => {
    expect(checkThrottle(failTimes(3), accountLimits, at(1_000))).toEqual({ allowed: false, code: 'auth.too_many_attempts', retryAfterSeconds: 1 })
    expect(checkThrottle(failTimes(3), accountLimits, at(2_000))).toEqual({ allowed: true })
    expect(checkThrottle(failTimes(4), accountLimits, at(3_000))).toEqual({ allowed: false, code: 'auth.too_many_attempts', retryAfterSeconds: 1 })
    expect(checkThrottle(failTimes(4), accountLimits, at(4_000))).toEqual({ allowed: true })
  })

  it('locks after the fifth failure for fifteen minutes', () => {
    const locked = failTimes(5)!
    expect(locked.lockedUntil).toEqual(at(LOCK_MS))
    expect(checkThrottle(locked, accountLimits, at(LOCK_MS - 1_000))).toMatchObject({ allowed: false, code: 'auth.locked', retryAfterSeconds: 1 })
  })

  it('forgets failures older than the window', () => {
    const old = failTimes(4)!
    expect(checkThrottle(old, accountLimits, at(FAILURE_WINDOW_MS + 1))).toEqual({ allowed: true })
    expect(stateAfterFailure(old, accountLimits, at(FAILURE_WINDOW_MS + 1)).failures).toBe(1)
  })
})
