/**
 * Working days in the office's time zone (Asia/Jakarta, UTC+7, no daylight saving): Monday to
 * Friday, minus the given non-working dates (national holidays, cuti bersama, declared closures).
 * A budget of N days starting at instant T ends at the close of the N-th working day after T's date.
 *
 * Every computation stays inside a supported calendar (2000-01-01 to 2099-12-31) and counts at most
 * MAX_WORKING_DAYS: a date or a count outside throws CalendarRangeError instead of looping. A public
 * due-date request for the year 9999 once kept the whole process busy.
 */
const JAKARTA_OFFSET_MS = 7 * 60 * 60_000
const DAY_MS = 24 * 60 * 60_000

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

/** The Jakarta calendar date of an instant, as YYYY-MM-DD. */
export function jakartaDate(instant: Date): string {
  return new Date(instant.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10)
}

function nextDate(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)
}

export function isWorkingDay(date: string, nonWorking: ReadonlySet<string>): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay()
  return weekday !== 0 && weekday !== 6 && !nonWorking.has(date)
}

/** The last instant (23:59:59.999 WIB) of a Jakarta date. */
export function endOfJakartaDay(date: string): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS - JAKARTA_OFFSET_MS - 1)
}

/** The Jakarta date of the N-th working day after the date of `start`. */
export function addWorkingDays(start: Date, days: number, nonWorking: ReadonlySet<string> = new Set()): string {
  if (!Number.isInteger(days) || days < 0 || days > MAX_WORKING_DAYS)
    throw new CalendarRangeError(`${days} working days`)
  let date = assertSupported(jakartaDate(start))
  let counted = 0
  while (counted < days) {
    date = assertSupported(nextDate(date))
    if (isWorkingDay(date, nonWorking)) counted += 1
  }
  return date
}

/** Working days after the date of `start` up to and including the date of `end` (0 on the same day). */
export function workingDaysBetween(start: Date, end: Date, nonWorking: ReadonlySet<string> = new Set()): number {
  const last = assertSupported(jakartaDate(end))
  let date = assertSupported(jakartaDate(start))
  let counted = 0
  // Both ends are inside the supported calendar, so this visits at most its ~36,500 dates.
  while (date < last) {
    date = nextDate(date)
    if (isWorkingDay(date, nonWorking)) counted += 1
  }
  return counted
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
