import { describe, expect, it } from 'vitest'
import {
  addWorkingDays,
  CalendarRangeError,
  datesBetween,
  endOfJakartaDay,
  isWorkingDay,
  jakartaDate,
  MAX_WORKING_DAYS,
  workingDaysBetween,
} from './working-days.ts'

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

  it.each([
    ['a start in the year 9999', () => addWorkingDays(wib('9999-12-30T12:00:00'), 1)],
    ['a due date past 2099', () => addWorkingDays(wib('2099-12-30T12:00:00'), 5)],
    ['a start before 2000', () => addWorkingDays(wib('1999-12-31T12:00:00'), 1)],
    [
      'more working days than the calendar supports',
      () => addWorkingDays(wib('2026-01-05T12:00:00'), MAX_WORKING_DAYS + 1),
    ],
    ['a negative count', () => addWorkingDays(wib('2026-01-05T12:00:00'), -1)],
    ['a fractional count', () => addWorkingDays(wib('2026-01-05T12:00:00'), 1.5)],
    [
      'days counted up to the year 9999',
      () => workingDaysBetween(wib('2026-01-05T12:00:00'), wib('9999-01-05T12:00:00')),
    ],
    ['a list of dates into 2100', () => datesBetween('2099-12-30', '2100-01-02')],
    ['an invalid date', () => workingDaysBetween(new Date(Number.NaN), wib('2026-01-05T12:00:00'))],
  ])('refuses %s instead of looping', (_name, compute) => {
    expect(compute).toThrow(/outside the supported calendar|Invalid time value/)
  })

  it('refuses with CalendarRangeError so callers can answer 422', () => {
    expect(() => addWorkingDays(wib('9999-12-30T12:00:00'), 1)).toThrow(CalendarRangeError)
  })

  it('lists the dates of a range, inclusive', () => {
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'])
    expect(datesBetween('2026-12-30', '2026-12-29')).toEqual([])
  })
})
