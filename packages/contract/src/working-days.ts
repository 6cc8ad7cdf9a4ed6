/**
 * Working days in the office's time zone (Asia/Jakarta, UTC+7, no daylight saving): Monday to
 * Friday, minus the given non-working dates (national holidays, cuti bersama, declared closures).
 * A budget of N days starting at instant T ends at the close of the N-th working day after T's date.
 */
const JAKARTA_OFFSET_MS = 7 * 60 * 60_000
const DAY_MS = 24 * 60 * 60_000

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
  let date = jakartaDate(start)
  let counted = 0
  while (counted < days) {
    date = nextDate(date)
    if (isWorkingDay(date, nonWorking)) counted += 1
  }
  return date
}

/** Working days after the date of `start` up to and including the date of `end` (0 on the same day). */
export function workingDaysBetween(start: Date, end: Date, nonWorking: ReadonlySet<string> = new Set()): number {
  const last = jakartaDate(end)
  let date = jakartaDate(start)
  let counted = 0
  while (date < last) {
    date = nextDate(date)
    if (isWorkingDay(date, nonWorking)) counted += 1
  }
  return counted
}
