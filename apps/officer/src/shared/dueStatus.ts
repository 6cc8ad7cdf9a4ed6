import { endOfJakartaDay, jakartaDate, workingDaysBetween } from '@pintu/contract'

/** How a stage stands against its due date, for the queue and the board. */
export type DueStatus =
  | { kind: 'none' }
  /** `days`: working days past the due date (0 on the weekend right after it). */
  | { kind: 'overdue'; days: number }
  | { kind: 'today' }
  /** `days`: working days left after today, up to and including the due date. */
  | { kind: 'left'; days: number }

/**
 * The API decides whether a stage is overdue (it knows every holiday and declared closure); the
 * days are counted here in Asia/Jakarta over Monday–Friday minus the given non-working dates
 * (the public holiday calendar), so a declared closure can make them one or two too many.
 */
export function dueStatus(dueDate: string | null, overdue: boolean, now: Date, nonWorking: ReadonlySet<string> = new Set()): DueStatus {
  if (!dueDate) return { kind: 'none' }
  const today = jakartaDate(now)
  if (overdue || dueDate < today) return { kind: 'overdue', days: workingDaysBetween(endOfJakartaDay(dueDate), now, nonWorking) }
  if (dueDate === today) return { kind: 'today' }
  return { kind: 'left', days: workingDaysBetween(now, endOfJakartaDay(dueDate), nonWorking) }
}
