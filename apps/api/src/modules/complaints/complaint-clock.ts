import { FIRST_RESPONSE_DAYS, RESOLUTION_DAYS, type ComplaintCategory, type WorkingCalendar } from '@pintu/contract'

/** What the ladder's clock reads of a complaint. */
export interface ClockedComplaint {
  category: ComplaintCategory
  status: string
  filedAt: Date
  firstRespondedAt: Date | null
  pausedAt: Date | null
  pausedDays: number
  closedAt: Date | null
}

export interface ComplaintDeadlines {
  firstResponseDueDate: string
  resolutionDueDate: string
  firstResponseOverdue: boolean
  resolutionOverdue: boolean
  /** Once answered: whether the first answer came by its date. */
  answeredOnTime: boolean | null
  /** Once closed: whether it closed by its date. */
  resolvedOnTime: boolean | null
  /** Working days the office has spent on it so far, without the days it waited for the complainant. */
  daysUsed: number
}

/**
 * The SP4N-LAPOR! ladder on the office calendar: first response within 3 working days of filing;
 * resolution within 5, 14 or 60 by category, plus every working day spent waiting for the
 * complainant (an open pause counts up to today, or to its close). Past the close of the due date
 * (23:59 in the office's time zone) is overdue; a paused complaint is not overdue on resolution.
 */
export function complaintDeadlines(
  c: ClockedComplaint,
  { days, nonWorking }: WorkingCalendar,
  now: Date,
): ComplaintDeadlines {
  const end = c.closedAt ?? now
  const openPause = c.pausedAt ? days.workingDaysBetween(c.pausedAt, end, nonWorking) : 0
  const paused = c.pausedDays + openPause
  const firstResponseDueDate = days.addWorkingDays(c.filedAt, FIRST_RESPONSE_DAYS, nonWorking)
  const resolutionDueDate = days.addWorkingDays(c.filedAt, RESOLUTION_DAYS[c.category] + paused, nonWorking)
  const today = days.dateOf(now)
  return {
    firstResponseDueDate,
    resolutionDueDate,
    firstResponseOverdue: c.firstRespondedAt === null && c.closedAt === null && today > firstResponseDueDate,
    resolutionOverdue: c.closedAt === null && c.pausedAt === null && today > resolutionDueDate,
    answeredOnTime: c.firstRespondedAt ? days.dateOf(c.firstRespondedAt) <= firstResponseDueDate : null,
    resolvedOnTime: c.closedAt ? days.dateOf(c.closedAt) <= resolutionDueDate : null,
    daysUsed: Math.max(0, days.workingDaysBetween(c.filedAt, end, nonWorking) - paused),
  }
}

/** The working days of a pause that ends now, to add to the paused days. */
export const pauseLength = (pausedAt: Date, now: Date, { days, nonWorking }: WorkingCalendar) =>
  days.workingDaysBetween(pausedAt, now, nonWorking)
