import { officeDays } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import { stageProgress } from './stage-progress.ts'

/**
 * After the calendar changes at `fromDate`, recomputes every date that could move: the due date of
 * each file in a stage, and the deadline of each returned file. Added holidays and closures push
 * them later, revoked ones pull them earlier. Derived data: the versions stay.
 */
export async function refreshDueDates(deps: ApplicationsDeps, tx: Executor, fromDate: string): Promise<number> {
  const nonWorking = await deps.nonWorkingDays.get(tx)
  const days = officeDays(deps.office.timezone)
  const now = deps.clock.now()
  let changed = 0
  for (const app of await deps.applications.heldDueFrom(tx, deps.office.id, fromDate)) {
    const pinned = await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId)
    const events = await deps.history.history(tx, app.id)
    const due = stageProgress(pinned!.definition, events, now, days, nonWorking).find(
      (p) => p.stage === app.currentStage,
    )?.dueDate
    if (due && due !== app.stageDueDate) {
      await deps.applications.setStageDueDate(tx, app.id, due)
      changed += 1
    }
  }
  for (const app of await deps.applications.returnedDueFrom(tx, deps.office.id, fromDate)) {
    const pinned = await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId)
    const returnedAt = new Date(app.openReturn!.at)
    const due = days.addWorkingDays(returnedAt, pinned!.definition.returnLimitDays, nonWorking)
    if (due !== app.returnDueDate) {
      await deps.applications.setReturnDueDate(tx, app.id, due)
      changed += 1
    }
  }
  return changed
}
