import { describe, expect, it } from 'vitest'
import { parseRetryAfter } from './api.ts'

describe('Retry-After', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120')).toBe(120)
    expect(parseRetryAfter(' 5 ')).toBe(5)
  })

  it('reads an HTTP date as the seconds left until it', () => {
    const now = Date.parse('2026-11-28T05:00:00Z')
    expect(parseRetryAfter('Sat, 28 Nov 2026 05:01:30 GMT', now)).toBe(90)
    expect(parseRetryAfter('Sat, 28 Nov 2026 04:59:00 GMT', now)).toBe(0)
  })

  it('gives null when the header is missing or unreadable', () => {
    expect(parseRetryAfter(null)).toBeNull()
    expect(parseRetryAfter('soon')).toBeNull()
  })
})
