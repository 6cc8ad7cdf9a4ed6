import { PermitNumberParamsSchema } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { isPlausiblePermitNumber, normalizePermitNumber, PERMIT_NUMBER_MAX, PERMIT_NUMBER_MIN } from './permitNumber.ts'

describe('permit numbers as typed', () => {
  it('drops the spaces people type around slashes, keeping case', () => {
    expect(normalizePermitNumber(' 510 / 1 / ITPMB/DPMPTSP/XI/2026 ')).toBe('510/1/ITPMB/DPMPTSP/XI/2026')
    expect(normalizePermitNumber('503/12/abc')).toBe('503/12/abc')
  })

  it('accepts the lengths the API accepts', () => {
    const schema = PermitNumberParamsSchema.properties.number as { minLength?: number; maxLength?: number }
    expect(PERMIT_NUMBER_MIN).toBe(schema.minLength)
    expect(PERMIT_NUMBER_MAX).toBe(schema.maxLength)
    expect(isPlausiblePermitNumber('12')).toBe(false)
    expect(isPlausiblePermitNumber('503/1/IMB/DPMPTSP/I/2026')).toBe(true)
    expect(isPlausiblePermitNumber('5'.repeat(81))).toBe(false)
  })
})
