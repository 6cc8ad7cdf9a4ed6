import {
  addWorkingDays,
  FIRST_RESPONSE_DAYS,
  jakartaDate,
  RESOLUTION_DAYS,
  workingDaysBetween,
  type ComplaintCategory,
} from '@pintu/contract'

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
 * (23:59 WIB) is overdue; a paused complaint is not overdue on resolution.
 */
export function complaintDeadlines(
  c: ClockedComplaint,
  nonWorking: ReadonlySet<string>,
  now: Date,
): ComplaintDeadlines {
  const end = c.closedAt ?? now
  const openPause = c.pausedAt ? workingDaysBetween(c.pausedAt, end, nonWorking) : 0
  const paused = c.pausedDays + openPause
  const firstResponseDueDate = addWorkingDays(c.filedAt, FIRST_RESPONSE_DAYS, nonWorking)
  const resolutionDueDate = addWorkingDays(c.filedAt, RESOLUTION_DAYS[c.category] + paused, nonWorking)
  const today = jakartaDate(now)
  return {
    firstResponseDueDate,
    resolutionDueDate,
    firstResponseOverdue: c.firstRespondedAt === null && c.closedAt === null && today > firstResponseDueDate,
    resolutionOverdue: c.closedAt === null && c.pausedAt === null && today > resolutionDueDate,
    answeredOnTime: c.firstRespondedAt ? jakartaDate(c.firstRespondedAt) <= firstResponseDueDate : null,
    resolvedOnTime: c.closedAt ? jakartaDate(c.closedAt) <= resolutionDueDate : null,
    daysUsed: Math.max(0, workingDaysBetween(c.filedAt, end, nonWorking) - paused),
  }
}

/** The working days of a pause that ends now, to add to the paused days. */
export const pauseLength = (pausedAt: Date, now: Date, nonWorking: ReadonlySet<string>) =>
  workingDaysBetween(pausedAt, now, nonWorking)
