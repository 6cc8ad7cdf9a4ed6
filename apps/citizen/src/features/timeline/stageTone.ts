import type { StageProgress } from '@pintu/contract'
import type { Tone } from '@/shared/statusTone.ts'

/** SPEC §5: green done, yellow in progress, red returned or rejected; grey not reached yet. */
export function stageTone(state: StageProgress['state']): Tone {
  switch (state) {
    case 'done':
      return 'green'
    case 'in_progress':
      return 'yellow'
    case 'returned':
    case 'rejected':
      return 'red'
    case 'pending':
      return 'grey'
  }
}

/** A stage that has used more working days than its budget (the office is late). */
export function isOverdue(stage: Pick<StageProgress, 'workingDaysUsed' | 'budgetDays' | 'state'>): boolean {
  return stage.state !== 'pending' && stage.workingDaysUsed > stage.budgetDays
}

/** Whether the days line is worth showing: only for stages that have started. */
export function hasStarted(stage: Pick<StageProgress, 'startedAt'>): boolean {
  return stage.startedAt !== null
}

/**
 * The clock of a running stage: working days left in its budget, or how many it is past it (one
 * of the two is 0). Null for stages not running (done, pending, with the applicant): their clock stands still.
 */
export function stageClock(
  stage: Pick<StageProgress, 'workingDaysUsed' | 'budgetDays' | 'state'>,
): { left: number; late: number } | null {
  if (stage.state !== 'in_progress') return null
  const rest = stage.budgetDays - stage.workingDaysUsed
  return { left: Math.max(0, rest), late: Math.max(0, -rest) }
}
