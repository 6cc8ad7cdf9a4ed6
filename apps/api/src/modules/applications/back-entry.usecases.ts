import { decideTransition, officeDays, type ApplicationStatus, type PaperReceipt, type StageKey } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict } from '../../errors/app-error.ts'
import type { ChangeActor } from '../changes/change-record.ts'
import { filedApplication } from './agent-intake.usecases.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { assertComplete } from './lifecycle.usecases.ts'
import { applyTransition } from './transition-writer.ts'

/**
 * A paper application received during a closure is first a counter draft, then a back-entry (the backentry
 * module) that a second officer approves. These are the two steps that touch the draft: the check when it is
 * entered and its submission once approved, through the one transition writer.
 */

const counterAgent = (officerId: string) => ({
  actor: { id: officerId, role: 'frontdesk' },
  channel: 'counter' as const,
})

async function completeDraft(deps: ApplicationsDeps, ex: Executor, app: ApplicationRow) {
  const { definition } = (await deps.catalogue.pinnedDefinition(ex, app.serviceVersionId))!
  assertComplete(app, definition, await deps.applications.documents(ex, app.id), deps.clock.now())
  return definition
}

/** What may be back-entered: a complete counter draft this officer started, at the version they read. */
export async function backEntryDraft(
  deps: ApplicationsDeps,
  ex: Executor,
  input: { applicationId: string; version: number; officerId: string },
) {
  const app = await filedApplication(deps, input.applicationId, counterAgent(input.officerId), ex)
  if (app.status !== 'draft')
    throw new AppError('applications.action_not_allowed', { params: { action: 'submit', status: app.status } })
  if (app.version !== input.version) throw conflict('applications.stale_version')
  await completeDraft(deps, ex, app)
  return { id: app.id, serviceCode: app.serviceCode, applicationKind: app.applicationKind, version: app.version }
}

/**
 * Submits an approved back-entry as its applicant's submission, recorded with the approving officer as the actor
 * and the entering one in its details. Its dates and clocks start on the paper date: the working-day calendar
 * leaves out the closure's days, so they do not count against the office.
 */
export async function submitBackEntry(
  deps: ApplicationsDeps,
  tx: Executor,
  input: {
    applicationId: string
    version: number
    enteredBy: string
    paperReceipt: PaperReceipt
    approver: ChangeActor
    requestId: string
  },
): Promise<ApplicationRow> {
  const app = await filedApplication(deps, input.applicationId, counterAgent(input.enteredBy), tx)
  // What the second officer approves is the draft as it was entered, nothing edited since.
  if (app.status !== 'draft' || app.version !== input.version) throw conflict('backentry.draft_changed')
  const definition = await completeDraft(deps, tx, app)
  const decision = decideTransition({
    application: { ...app, status: app.status as ApplicationStatus },
    action: 'submit',
    caller: { kind: 'applicant', id: app.applicantId, roles: ['applicant'] },
    stages: definition.stages.map((s) => s.key as StageKey),
    body: { version: app.version },
  })
  if (!decision.ok) throw new AppError(decision.code, { params: { action: 'submit', status: app.status } })
  const { application } = await applyTransition(deps, tx, app, definition, decision.plan, {
    actor: input.approver,
    onBehalfOf: app.applicantId,
    requestId: input.requestId,
    body: { version: app.version },
    grounds: { paperReceipt: { ...input.paperReceipt, enteredBy: input.enteredBy } },
    // The office's hours on a paper date are not known: noon of that date in the office's zone, as the
    // calendar counts a date.
    effectiveAt: officeDays(deps.office.timezone).noonOf(input.paperReceipt.receivedOn),
    history: await deps.history.history(tx, app.id),
  })
  return application
}
