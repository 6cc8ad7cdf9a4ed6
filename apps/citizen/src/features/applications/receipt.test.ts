import { describe, expect, it } from 'vitest'
import { formatDate } from '@/shared/format.ts'
import { groupTrackingCode, isRegistrationNo, normalizeRegistrationNo, normalizeTrackingCode } from './receipt.ts'

describe('receipt formatting', () => {
  it('groups the tracking code in fives for reading, and reading it back gives the same code', () => {
    expect(groupTrackingCode('ABCDEFGHJK')).toBe('ABCDE FGHJK')
    expect(normalizeTrackingCode(groupTrackingCode('ABCDEFGHJK'))).toBe('ABCDEFGHJK')
  })

  it('forgives case, spaces and dashes in a typed tracking code', () => {
    expect(normalizeTrackingCode(' abcde-fghjk ')).toBe('ABCDEFGHJK')
  })

  it('accepts a registration number typed in lower case or with stray spaces', () => {
    expect(normalizeRegistrationNo(' reg-2026-000123 ')).toBe('REG-2026-000123')
    expect(isRegistrationNo('REG-2026-000123')).toBe(true)
    expect(isRegistrationNo('REG-26-123')).toBe(false)
    expect(isRegistrationNo('2026-000123')).toBe(false)
  })

  it('writes the expected completion date as a calendar date in the reader’s language', () => {
    expect(formatDate('2026-05-12', 'id')).toBe('12 Mei 2026')
    expect(formatDate('2026-05-12', 'en')).toBe('12 May 2026')
  })
})
