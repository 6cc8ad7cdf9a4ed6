/** Time comes from an injected clock so SLA, lockout and expiry rules are testable. */
export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }
