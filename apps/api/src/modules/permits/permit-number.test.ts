import { describe, expect, it } from 'vitest'
import { formatPermitNumber, validUntil } from './permit-number.ts'

describe('permit numbers and validity', () => {
  it('fills sequence, Roman month and year', () => {
    expect(formatPermitNumber('503/{seq}/DPMPTSP/{roman_month}/{year}', { sequence: 12, issuedOn: '2026-03-17' })).toBe(
      '503/12/DPMPTSP/III/2026',
    )
    expect(
      formatPermitNumber('640/{seq}/IMB/DPMPTSP/{roman_month}/{year}', { sequence: 1, issuedOn: '2026-12-01' }),
    ).toBe('640/1/IMB/DPMPTSP/XII/2026')
  })

  it('runs a permit for whole months, to the day before', () => {
    expect(validUntil('2026-03-05', 12)).toBe('2027-03-04')
    expect(validUntil('2026-01-31', 1)).toBe('2026-02-27')
    expect(validUntil('2026-03-05', null)).toBeNull()
  })
})
