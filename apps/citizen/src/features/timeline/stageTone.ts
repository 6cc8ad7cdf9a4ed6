import type { StageProgress } from '@pintu/contract'
import type { Tone } from '@/lib/statusTone.ts'

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
