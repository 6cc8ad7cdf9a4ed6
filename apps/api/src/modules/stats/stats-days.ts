/** Date arithmetic on office dates (`YYYY-MM-DD` in the office's time zone), as the statistics count days, months. */
const DAY_MS = 86_400_000

export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10)

/** The first day of the month holding `day`. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`

/** The first day of the month after the one beginning `month`. */
export function nextMonth(month: string): string {
  const d = new Date(`${month}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + 1)
  return d.toISOString().slice(0, 10)
}

/** Days from `from` to `to`, both included. */
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS) + 1

/** The Monday of the ISO week holding `day`. */
export function weekOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay()
  return addDays(day, -((weekday + 6) % 7))
}
