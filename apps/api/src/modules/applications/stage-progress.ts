import {
  lifecycle,
  isProvisionalDate,
  type OfficeDays,
  type ApplicationStatus,
  type ServiceDefinition,
  type StageProgress,
  type TimelineEvent,
} from '@pintu/contract'
import type { HistoryRow as EventRow } from '../changes/changes.repository.ts'

const toneOf = (to: string, action: string): TimelineEvent['tone'] =>
  to === 'returned' || to === 'rejected' || to === 'expired'
    ? 'red'
    : to === 'withdrawn'
      ? 'grey'
      : action === 'create'
        ? 'grey'
        : lifecycle[to as ApplicationStatus]?.holder === 'none'
          ? 'green'
          : 'yellow'

/** The paper receipt of a back-entered submission: its number and date only (not who entered it). */
function paperReceiptOf(details: unknown): Pick<TimelineEvent, 'paperReceipt'> {
  const paper = (details as { paperReceipt?: { number: string; receivedOn: string } }).paperReceipt
  return paper ? { paperReceipt: { number: paper.number, receivedOn: paper.receivedOn } } : {}
}

/** Public timeline events: what happened, when, and the role (never the name) of who did it. */
export function timelineEvents(events: EventRow[]): TimelineEvent[] {
  return events.map((e) => ({
    at: e.at.toISOString(),
    action: e.action as TimelineEvent['action'],
    fromStatus: (e.fromStatus as ApplicationStatus | null) ?? null,
    toStatus: e.toStatus as ApplicationStatus,
    tone: toneOf(e.toStatus, e.action),
    actorRole: e.actorRole,
    ...(Array.isArray((e.details as { returnReasons?: { codes?: unknown } }).returnReasons?.codes) && {
      returnReasons: (e.details as { returnReasons: { codes: TimelineEvent['returnReasons'] } }).returnReasons.codes,
    }),
    ...paperReceiptOf(e.details),
  }))
}

/**
 * Per catalogue stage: its state (green done, yellow in progress, red returned or rejected), when
 * it ran, and the working days (in the office's time zone) the office held the file in it against
 * its budget. Time with the
 * applicant (returned) is not counted against the office.
 */
export function stageProgress(
  definition: ServiceDefinition,
  events: EventRow[],
  now: Date,
  days: OfficeDays,
  nonWorking: ReadonlySet<string>,
  publishedThrough = Number.POSITIVE_INFINITY,
): StageProgress[] {
  return definition.stages.map((stage) => {
    let startedAt: Date | null = null
    let finishedAt: Date | null = null
    let runningSince: Date | null = null
    let used = 0
    let state: StageProgress['state'] = 'pending'
    for (const event of events) {
      const entering = lifecycle[event.toStatus as ApplicationStatus]?.stage === stage.key
      if (entering && !runningSince) {
        runningSince = event.at
        startedAt ??= event.at
        state = 'in_progress'
      } else if (!entering && runningSince) {
        used += days.workingDaysBetween(runningSince, event.at, nonWorking)
        runningSince = null
        finishedAt = event.at
        state =
          event.toStatus === 'returned'
            ? 'returned'
            : event.toStatus === 'rejected'
              ? 'rejected'
              : event.toStatus === 'withdrawn'
                ? 'pending'
                : 'done'
      }
    }
    // A stage resumed after a return keeps only what is left of its budget.
    const dueDate = runningSince
      ? days.addWorkingDays(runningSince, Math.max(0, stage.budgetDays - used), nonWorking)
      : null
    if (runningSince) used += days.workingDaysBetween(runningSince, now, nonWorking)
    return {
      stage: stage.key,
      state,
      startedAt: startedAt?.toISOString() ?? null,
      finishedAt: runningSince ? null : (finishedAt?.toISOString() ?? null),
      workingDaysUsed: used,
      budgetDays: stage.budgetDays,
      dueDate,
      dueDateProvisional: isProvisionalDate(dueDate, publishedThrough),
      holderRole: stage.role,
    }
  })
}
