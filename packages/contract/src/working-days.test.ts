import { describe, expect, it } from 'vitest'
import { addWorkingDays, endOfJakartaDay, isWorkingDay, jakartaDate, workingDaysBetween } from './working-days.ts'

const wib = (local: string) => new Date(`${local}+07:00`)

describe('working days (Asia/Jakarta)', () => {
  it('takes the date in Jakarta, not UTC', () => {
    expect(jakartaDate(new Date('2026-03-16T17:30:00Z'))).toBe('2026-03-17')
    expect(jakartaDate(new Date('2026-03-16T16:59:59Z'))).toBe('2026-03-16')
  })

  it('skips weekends and the given non-working dates', () => {
    expect(isWorkingDay('2026-11-27', new Set())).toBe(true)
    expect(isWorkingDay('2026-11-28', new Set())).toBe(false)
    expect(isWorkingDay('2026-11-29', new Set())).toBe(false)
    expect(isWorkingDay('2026-12-25', new Set(['2026-12-25']))).toBe(false)
  })

  it('starts counting on the next working day: 3 days from a Friday end on Wednesday', () => {
    expect(addWorkingDays(wib('2026-11-27T10:00:00'), 3)).toBe('2026-12-02')
  })

  it('puts a 7-day service submitted on Tuesday 17 March 2026 due on Thursday 2 April 2026 with the 2026 holidays', () => {
    const holidays = new Set(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-04-03'])
    expect(addWorkingDays(wib('2026-03-17T09:00:00'), 7, holidays)).toBe('2026-04-02')
  })

  it('ends a working day at 23:59:59.999 WIB', () => {
    expect(endOfJakartaDay('2026-04-02').toISOString()).toBe('2026-04-02T16:59:59.999Z')
  })

  it('counts working days used after the start date up to the end date', () => {
    expect(workingDaysBetween(wib('2026-11-23T08:00:00'), wib('2026-11-23T16:00:00'))).toBe(0)
    expect(workingDaysBetween(wib('2026-11-27T08:00:00'), wib('2026-11-30T08:00:00'))).toBe(1)
    expect(workingDaysBetween(wib('2026-11-23T08:00:00'), wib('2026-12-04T08:00:00'))).toBe(9)
  })
})
