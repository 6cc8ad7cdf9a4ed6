import { describe, expect, it } from 'vitest'
import {
  CalendarRangeError,
  datesBetween,
  isWorkingDay,
  MAX_WORKING_DAYS,
  officeDays,
  officeTimeZones,
} from './working-days.ts'

const WIB = officeDays('Asia/Jakarta')
const WITA = officeDays('Asia/Makassar')
const WIT = officeDays('Asia/Jayapura')
const wib = (local: string) => new Date(`${local}+07:00`)

describe('working days in the office time zone', () => {
  it('takes the date in the zone, not UTC', () => {
    expect(WIB.dateOf(new Date('2026-03-16T17:30:00Z'))).toBe('2026-03-17')
    expect(WIB.dateOf(new Date('2026-03-16T16:59:59Z'))).toBe('2026-03-16')
  })

  it('puts an instant at 23:30 WIB on the next day in WITA and WIT', () => {
    const lateInBandung = wib('2026-11-27T23:30:00')
    expect(WIB.dateOf(lateInBandung)).toBe('2026-11-27')
    expect(WITA.dateOf(lateInBandung)).toBe('2026-11-28')
    expect(WIT.dateOf(lateInBandung)).toBe('2026-11-28')
  })

  it('starts and ends each day at local midnight', () => {
    expect(WIB.startOfDay('2026-04-02').toISOString()).toBe('2026-04-01T17:00:00.000Z')
    expect(WITA.startOfDay('2026-04-02').toISOString()).toBe('2026-04-01T16:00:00.000Z')
    expect(WIT.startOfDay('2026-04-02').toISOString()).toBe('2026-04-01T15:00:00.000Z')
    expect(WIB.endOfDay('2026-04-02').toISOString()).toBe('2026-04-02T16:59:59.999Z')
    expect(WITA.endOfDay('2026-04-02').toISOString()).toBe('2026-04-02T15:59:59.999Z')
    expect(WIT.endOfDay('2026-04-02').toISOString()).toBe('2026-04-02T14:59:59.999Z')
  })

  it.each(officeTimeZones)('keeps noon, the start and the end of a day on that date in %s', (zone) => {
    const days = officeDays(zone)
    for (const instant of [days.startOfDay('2026-04-02'), days.noonOf('2026-04-02'), days.endOfDay('2026-04-02')])
      expect(days.dateOf(instant)).toBe('2026-04-02')
    expect(days.dateOf(new Date(days.endOfDay('2026-04-02').getTime() + 1))).toBe('2026-04-03')
  })

  it('counts a late-Thursday submission from Thursday in WIB and from Friday in WITA', () => {
    // 23:30 WIB on Thursday 26 November 2026 is 00:30 WITA on Friday: one working day is Friday in
    // Bandung and Monday in Makassar.
    expect(WIB.addWorkingDays(wib('2026-11-26T23:30:00'), 1)).toBe('2026-11-27')
    expect(WITA.addWorkingDays(wib('2026-11-26T23:30:00'), 1)).toBe('2026-11-30')
    expect(WIB.workingDaysBetween(wib('2026-11-26T23:30:00'), wib('2026-11-27T10:00:00'))).toBe(1)
    expect(WITA.workingDaysBetween(wib('2026-11-26T23:30:00'), wib('2026-11-27T10:00:00'))).toBe(0)
  })

  it('refuses a zone no office uses', () => {
    expect(() => officeDays('Europe/Amsterdam')).toThrow(/not an office time zone/)
    expect(() => officeDays('toString')).toThrow(/not an office time zone/)
  })

  it('skips weekends and the given non-working dates', () => {
    expect(isWorkingDay('2026-11-27', new Set())).toBe(true)
    expect(isWorkingDay('2026-11-28', new Set())).toBe(false)
    expect(isWorkingDay('2026-11-29', new Set())).toBe(false)
    expect(isWorkingDay('2026-12-25', new Set(['2026-12-25']))).toBe(false)
  })

  it('starts counting on the next working day: 3 days from a Friday end on Wednesday', () => {
    expect(WIB.addWorkingDays(wib('2026-11-27T10:00:00'), 3)).toBe('2026-12-02')
  })

  it('puts a 7-day service submitted on Tuesday 17 March 2026 due on Thursday 2 April 2026 with the 2026 holidays', () => {
    const holidays = new Set(['2026-03-18', '2026-03-19', '2026-03-20', '2026-03-23', '2026-03-24', '2026-04-03'])
    expect(WIB.addWorkingDays(wib('2026-03-17T09:00:00'), 7, holidays)).toBe('2026-04-02')
  })

  it('counts working days used after the start date up to the end date', () => {
    expect(WIB.workingDaysBetween(wib('2026-11-23T08:00:00'), wib('2026-11-23T16:00:00'))).toBe(0)
    expect(WIB.workingDaysBetween(wib('2026-11-27T08:00:00'), wib('2026-11-30T08:00:00'))).toBe(1)
    expect(WIB.workingDaysBetween(wib('2026-11-23T08:00:00'), wib('2026-12-04T08:00:00'))).toBe(9)
  })

  it.each([
    ['a start in the year 9999', () => WIB.addWorkingDays(wib('9999-12-30T12:00:00'), 1)],
    ['a due date past 2099', () => WIB.addWorkingDays(wib('2099-12-30T12:00:00'), 5)],
    ['a due date past 2099 in WIT', () => WIT.addWorkingDays(wib('2099-12-30T12:00:00'), 5)],
    ['a start before 2000', () => WIB.addWorkingDays(wib('1999-12-31T12:00:00'), 1)],
    [
      'more working days than the calendar supports',
      () => WITA.addWorkingDays(wib('2026-01-05T12:00:00'), MAX_WORKING_DAYS + 1),
    ],
    ['a negative count', () => WIB.addWorkingDays(wib('2026-01-05T12:00:00'), -1)],
    ['a fractional count', () => WIB.addWorkingDays(wib('2026-01-05T12:00:00'), 1.5)],
    [
      'days counted up to the year 9999',
      () => WITA.workingDaysBetween(wib('2026-01-05T12:00:00'), wib('9999-01-05T12:00:00')),
    ],
    ['a list of dates into 2100', () => datesBetween('2099-12-30', '2100-01-02')],
    ['an invalid date', () => WIB.workingDaysBetween(new Date(Number.NaN), wib('2026-01-05T12:00:00'))],
  ])('refuses %s instead of looping', (_name, compute) => {
    expect(compute).toThrow(/outside the supported calendar|Invalid time value/)
  })

  it('refuses with CalendarRangeError so callers can answer 422', () => {
    expect(() => WIB.addWorkingDays(wib('9999-12-30T12:00:00'), 1)).toThrow(CalendarRangeError)
  })

  it('lists the dates of a range, inclusive', () => {
    expect(datesBetween('2026-12-30', '2027-01-02')).toEqual(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02'])
    expect(datesBetween('2026-12-30', '2026-12-29')).toEqual([])
  })
})
