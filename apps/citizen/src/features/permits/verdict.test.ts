import { permitStatuses, type PermitData } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { showsPrintedData, verdictSymbol, verdictTone } from './verdict.ts'

describe('permit verdicts', () => {
  it('only a valid permit is green; revoked and altered ones are red; expired amber; unknown grey', () => {
    expect(permitStatuses.map(verdictTone)).toEqual(['green', 'red', 'yellow', 'red', 'grey'])
  })

  it('every status has its own symbol besides the colour', () => {
    for (const status of permitStatuses) expect(verdictSymbol(status)).not.toBe('')
  })

  it('shows the printed data except when there is none or the record fails its signature check', () => {
    const permit = { number: '510/1/ITPMB/DPMPTSP/XI/2026' } as PermitData
    expect(showsPrintedData({ status: 'valid', permit })).toBe(true)
    expect(showsPrintedData({ status: 'revoked', permit })).toBe(true)
    expect(showsPrintedData({ status: 'invalid', permit })).toBe(false)
    expect(showsPrintedData({ status: 'unknown', permit: null })).toBe(false)
  })
})
