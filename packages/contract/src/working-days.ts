/**
 * Working days in an office's time zone: Monday to Friday, minus the given non-working dates
 * (national holidays, cuti bersama, regional holidays, declared closures). A budget of N days
 * starting at instant T ends at the close of the N-th working day after T's date in that zone.
 * Indonesia's three zones have fixed offsets and no daylight saving (WIB +7, WITA +8, WIT +9), so a
 * day in each is a fixed span of UTC; an instant at 23:30 WIB is already the next day in WITA and WIT.
 *
 * Every computation stays inside a supported calendar (2000-01-01 to 2099-12-31) and counts at most
 * MAX_WORKING_DAYS: a date or a count outside throws CalendarRangeError instead of looping. A public
 * due-date request for the year 9999 once kept the whole process busy.
 */
const HOUR_MS = 60 * 60_000
const DAY_MS = 24 * HOUR_MS

/** Indonesia's three time zones (WIB, WITA, WIT), one of which is every office's, and their UTC offsets in hours. */
export const OFFICE_TIME_ZONE_OFFSETS = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 } as const
export type OfficeTimeZone = keyof typeof OFFICE_TIME_ZONE_OFFSETS
export const officeTimeZones = Object.keys(OFFICE_TIME_ZONE_OFFSETS) as OfficeTimeZone[]

export const isOfficeTimeZone = (zone: string): zone is OfficeTimeZone => Object.hasOwn(OFFICE_TIME_ZONE_OFFSETS, zone)

export const FIRST_SUPPORTED_DATE = '2000-01-01'
export const LAST_SUPPORTED_DATE = '2099-12-31'
/** Ten years of working days: far above any budget (stages ≤ 60, services ≤ 120, returns ≤ 90). */
export const MAX_WORKING_DAYS = 2_600

/** A date or a number of days outside what the calendar supports. */
export class CalendarRangeError extends RangeError {
  constructor(what: string) {
    super(
      `${what} is outside the supported calendar (${FIRST_SUPPORTED_DATE} to ${LAST_SUPPORTED_DATE}, at most ${MAX_WORKING_DAYS} working days)`,
    )
    this.name = 'CalendarRangeError'
  }
}

function assertSupported(date: string): string {
  if (!(date >= FIRST_SUPPORTED_DATE && date <= LAST_SUPPORTED_DATE)) throw new CalendarRangeError(`the date ${date}`)
  return date
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
}

export function isWorkingDay(date: string, nonWorking: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !nonWorking.has(date)
}

/** The calendar of one office's zone: every date here is a YYYY-MM-DD in that zone. */
export interface OfficeDays {
  readonly timezone: OfficeTimeZone
  /** The date of an instant in the zone. */
  dateOf(instant: Date): string
  /** The first instant (00:00 local) of a date. */
  startOfDay(date: string): Date
  /** The last instant (23:59:59.999 local) of a date: a due date is met until then. */
  endOfDay(date: string): Date
  /** Noon of a date: a date as an instant for the arithmetic below, far from both day boundaries. */
  noonOf(date: string): Date
  /** The date of the N-th working day after the date of `start`. */
  addWorkingDays(start: Date, days: number, nonWorking?: ReadonlySet<string>): string
  /** Working days after the date of `start` up to and including the date of `end` (0 on the same day). */
  workingDaysBetween(start: Date, end: Date, nonWorking?: ReadonlySet<string>): number
}

/** An office's calendar as its clocks read it: its zone's days, and the dates that are not working days. */
export interface WorkingCalendar {
  days: OfficeDays
  nonWorking: ReadonlySet<string>
}

function makeOfficeDays(timezone: OfficeTimeZone): OfficeDays {
  const offsetMs = OFFICE_TIME_ZONE_OFFSETS[timezone] * HOUR_MS
  const dateOf = (instant: Date) => new Date(instant.getTime() + offsetMs).toISOString().slice(0, 10)
  const startOfDay = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) - offsetMs)
  return {
    timezone,
    dateOf,
    startOfDay,
    endOfDay: (date) => new Date(startOfDay(date).getTime() + DAY_MS - 1),
    noonOf: (date) => new Date(startOfDay(date).getTime() + 12 * HOUR_MS),
    addWorkingDays(start, days, nonWorking = new Set()) {
      if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS)
        throw new CalendarRangeError(`${days} working days`)
      let date = assertSupported(dateOf(start))
      let counted = 0
      while (counted < days) {
        date = assertSupported(nextDate(date))
        if (isWorkingDay(date, nonWorking)) counted += 1
      }
      return date
    },
    workingDaysBetween(start, end, nonWorking = new Set()) {
      const last = assertSupported(dateOf(end))
      let date = assertSupported(dateOf(start))
      let counted = 0
      // Both ends are inside the supported calendar, so this visits at most its ~36,500 dates.
      while (date < last) {
        date = nextDate(date)
        if (isWorkingDay(date, nonWorking)) counted += 1
      }
      return counted
    },
  }
}

const calendars = new Map(officeTimeZones.map((zone) => [zone, makeOfficeDays(zone)]))

/** The working-day calendar of an office's time zone; throws on a zone no office uses (there are only these three). */
export function officeDays(timezone: string): OfficeDays {
  const days = isOfficeTimeZone(timezone) ? calendars.get(timezone) : undefined
  if (!days) throw new RangeError(`${timezone} is not an office time zone (${officeTimeZones.join(', ')})`)
  return days
}

/**
 * Whether a date lies past the last year whose official calendar (the SKB) is known: its holidays
 * may still move it, so it is shown as provisional.
 */
export function isProvisionalDate(date: string | null, publishedThrough: number): boolean {
  return date !== null && Number(date.slice(0, 4)) > publishedThrough
}

/** Every date from `from` to `to` inclusive (both in the supported calendar); empty when `to` is earlier. */
export function datesBetween(from: string, to: string): string[] {
  assertSupported(from)
  assertSupported(to)
  const dates: string[] = []
  for (let date = from; date <= to; date = nextDate(date)) dates.push(date)
  return dates
}
