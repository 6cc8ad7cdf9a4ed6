import { permitStatuses, type PermitData, type PermitSummary } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { holderDetails, showsPrintedData, showsSummary, verdictSymbol, verdictTone } from './verdict.ts'

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

  it('shows the facts by number alone for any permit on record, but not for an unknown or altered one', () => {
    const summary = { number: '510/1/X' } as PermitSummary
    expect(showsSummary({ status: 'valid', summary })).toBe(true)
    expect(showsSummary({ status: 'expired', summary })).toBe(true)
    expect(showsSummary({ status: 'invalid', summary })).toBe(false)
    expect(showsSummary({ status: 'unknown', summary: null })).toBe(false)
  })

  it("the holder's details need the printed code: shown if it matches, refused if not, asked for if missing", () => {
    const summary = { number: '510/1/X' } as PermitSummary
    const permit = { number: '510/1/X' } as PermitData
    expect(holderDetails({ status: 'valid', summary, permit, codeMatches: true })).toBe('shown')
    expect(holderDetails({ status: 'valid', summary, permit: null, codeMatches: false })).toBe('wrongCode')
    expect(holderDetails({ status: 'revoked', summary, permit: null, codeMatches: null })).toBe('needsCode')
    expect(holderDetails({ status: 'unknown', summary: null, permit: null, codeMatches: null })).toBe('none')
    expect(holderDetails({ status: 'invalid', summary, permit, codeMatches: true })).toBe('none')
  })
})
