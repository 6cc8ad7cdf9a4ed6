import type { Executor } from '../../db/transaction.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import { stageProgress } from './stage-progress.ts'

/**
 * After the calendar changes at `fromDate`, recomputes the due date of every file in a stage whose
 * due date could move: added holidays push it later, revoked ones pull it earlier.
 */
export async function refreshStageDueDates(deps: ApplicationsDeps, tx: Executor, fromDate: string): Promise<number> {
  const nonWorking = await deps.nonWorkingDays.get(tx)
  const now = deps.clock.now()
  let changed = 0
  for (const app of await deps.applications.heldDueFrom(tx, deps.office.id, fromDate)) {
    const pinned = await deps.applications.definitionOf(tx, app.serviceVersionId)
    const events = await deps.applications.events(tx, app.id)
    const due = stageProgress(pinned!.definition, events, now, nonWorking).find((p) => p.stage === app.currentStage)?.dueDate
    if (due && due !== app.stageDueDate) {
      await deps.applications.setStageDueDate(tx, app.id, due)
      changed += 1
    }
  }
  return changed
}
