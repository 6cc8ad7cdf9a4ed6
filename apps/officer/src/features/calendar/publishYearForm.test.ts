import { describe, expect, it } from 'vitest'
import { nextYearToPublish, validatePublishYear } from './publishYearForm.ts'

describe("marking a year's holiday calendar complete", () => {
  it('suggests the year after the last one published, or this year when none is', () => {
    const status = { publishedThrough: 2026, runsOutOn: '2026-12-31', warning: true, years: [] }
    expect(nextYearToPublish(status, '2026-12-01')).toBe(2027)
    expect(nextYearToPublish({ ...status, publishedThrough: null, runsOutOn: null }, '2026-12-01')).toBe(2026)
    expect(nextYearToPublish(null, '2026-12-01')).toBe(2026)
  })

  it('asks for a year the calendar supports and a legal basis of at least 5 characters', () => {
    expect(validatePublishYear({ year: '2027', legalBasis: 'SKB 1497/2026' })).toEqual({})
    expect(validatePublishYear({ year: '2100', legalBasis: 'SKB' })).toEqual({
      year: { key: 'calendarStatus.yearInvalid' },
      legalBasis: { key: 'forms.tooShort', params: { min: 5 } },
    })
    expect(validatePublishYear({ year: '27', legalBasis: 'SKB 1497/2026' }).year).toBeTruthy()
  })
})
