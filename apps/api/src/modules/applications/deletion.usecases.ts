import { decideTransition, type ApplicationStatus, type StageKey } from '@pintu/contract'
import { AppError } from '../../errors/app-error.ts'
import { loadVisible } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import { transitionCaller } from './lifecycle.usecases.ts'
import { applyTransition } from './transition-writer.ts'

/**
 * Deletes a draft for its owner: the `delete` action of the lifecycle table (only a draft; someone else's is
 * not found), through the one writer, which erases the answers and retires the documents and records the change
 * once. The stored files are removed after the commit; a file left behind by a crash is only unreferenced bytes.
 */
export async function deleteDraft(deps: ApplicationsDeps, id: string, version: number, caller: Caller): Promise<void> {
  const erased = await deps.db.transaction(async (tx) => {
    const app = await loadVisible(deps, tx, id, caller.actor)
    const { definition } = (await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId))!
    const decision = decideTransition({
      application: { ...app, status: app.status as ApplicationStatus },
      action: 'delete',
      caller: await transitionCaller(deps, tx, caller.actor),
      stages: definition.stages.map((s) => s.key as StageKey),
      body: { version },
    })
    if (!decision.ok) throw new AppError(decision.code, { params: { action: 'delete', status: app.status } })
    const result = await applyTransition(deps, tx, app, definition, decision.plan, {
      actor: { id: caller.actor.id, role: 'applicant' },
      requestId: caller.requestId,
    })
    return result.erasedDocuments ?? []
  })
  for (const doc of erased) await deps.storage.remove(doc.storageKey).catch(() => undefined)
}
