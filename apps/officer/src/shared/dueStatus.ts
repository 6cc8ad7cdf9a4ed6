import { jakartaDate } from '@pintu/contract'

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
 * closure; the browser only says which of the four cases it is, on Jakarta's calendar day.
 */
export function dueStatus(
  dueDate: string | null,
  overdue: boolean,
  workingDaysLeft: number | null,
  now: Date,
): DueStatus {
  if (!dueDate || workingDaysLeft === null) return { kind: 'none' }
  if (overdue || dueDate < jakartaDate(now) || workingDaysLeft < 0)
    return { kind: 'overdue', days: Math.max(0, -workingDaysLeft) }
  if (dueDate === jakartaDate(now) || workingDaysLeft === 0) return { kind: 'today' }
  return { kind: 'left', days: workingDaysLeft }
}
