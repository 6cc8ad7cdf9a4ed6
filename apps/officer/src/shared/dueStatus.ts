import { officeDays, type OfficeTimeZone } from '@pintu/contract'

/** How a stage stands against its due date, for the queue and the board. */
export type DueStatus =
  | { kind: 'none' }
  /** `days`: working days past the due date (0 on the weekend right after it). */
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  /** `days`: working days left after today, up to and including the due date. */
  | { kind: 'left'; days: number }

/**
 * The API counts the working days (`workingDaysLeft`: 0 on the due date, negative once past it)
 * and decides whether a stage is overdue, because only it knows every holiday and declared
 * closure; the browser only says which of the four cases it is, on the calendar day of the office's
 * time zone (`GET /api/v1/site`), whatever the machine's zone. Until the browser knows the zone
 * (null), it goes by the API's count alone.
 */
export function dueStatus(
  dueDate: string | null,
  overdue: boolean,
  workingDaysLeft: number | null,
  now: Date,
  timezone: OfficeTimeZone | null,
): DueStatus {
  if (!dueDate || workingDaysLeft === null) return { kind: 'none' }
  const today = timezone ? officeDays(timezone).dateOf(now) : null
  if (overdue || (today !== null && dueDate < today) || workingDaysLeft < 0)
    return { kind: 'overdue', days: Math.max(0, -workingDaysLeft) }
  if (dueDate === today || workingDaysLeft === 0) return { kind: 'today' }
  return { kind: 'left', days: workingDaysLeft }
}
