import {
  computeFee,
  isProvisionalDate,
  officeDays,
  officeStatuses,
  type ActionBody,
  type ApplicationStatus,
  type Receipt,
  type ServiceDefinition,
  type TransitionDetails,
  type TransitionPlan,
} from '@pintu/contract'
import { createHash } from 'node:crypto'
import { derivedCode } from '../../codes.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict } from '../../errors/app-error.ts'
import type { ChangeActor } from '../changes/change-record.ts'
import type { HistoryRow } from '../changes/changes.repository.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import type { DocumentRow } from './application-documents.repository.ts'
import type { ApplicationRow } from './applications.repository.ts'
import type { applications } from './applications.table.ts'
import { leaveStages, planStage, recordAssignment } from './stage-entry.ts'
import { stageProgress } from './stage-progress.ts'

type Changes = Partial<typeof applications.$inferInsert>

export const trackingHash = (registrationNo: string, code: string) =>
  createHash('sha256').update(`${registrationNo}:${code.toUpperCase()}`).digest('hex')

/**
 * The tracking code of an application: derived from its id and registration number under the tracking key, so
 * its owner can be shown it again (the database keeps only its hash). Null when the stored hash is not of the
 * derived code: codes from before they were derived were random, or the key has changed since.
 */
export function trackingCodeFor(
  deps: Pick<ApplicationsDeps, 'trackingKey'>,
  app: Pick<ApplicationRow, 'id' | 'registrationNo' | 'trackingCodeHash'>,
): string | null {
  if (!app.registrationNo || !app.trackingCodeHash) return null
  const code = derivedCode(deps.trackingKey, `tracking-code:${app.id}:${app.registrationNo}`)
  return trackingHash(app.registrationNo, code) === app.trackingCodeHash ? code : null
}

/** Everything a transition is applied with beyond its plan. */
export interface TransitionContext {
  actor: ChangeActor
  requestId: string | null
  /** What the caller sent (the inputs the action requires). */
  body?: ActionBody
  /** Why a supervisor or the system reassigns. */
  reason?: string
  /** The ground of one of Pintu's own actions (a bank reference, a deadline, a law). */
  grounds?: Partial<Pick<TransitionDetails, 'invoice' | 'bankReference' | 'dueDate' | 'legalBasis' | 'paperReceipt'>>
  /**
   * When the change took effect, if before it is recorded: a paper application received during a closure and
   * back-entered afterwards. Its dates and clocks (registration, first stage) start then and its timeline shows
   * it then; the audit entry and the row's own timestamps keep the real time.
   */
  effectiveAt?: Date
  /** The applicant's account id when a frontdesk officer (the actor) acts for them at the counter. */
  onBehalfOf?: string
  /** The file's history, when the caller has read it already in this transaction (else read when needed). */
  history?: HistoryRow[]
}

export interface TransitionResult {
  application: ApplicationRow
  /** On a first submission: the registration number, tracking code and expected date, shown once. */
  receipt?: Receipt
  /** The history with this change's row, when the caller gave the history it read. */
  history?: HistoryRow[]
  /** Documents of a deleted draft, whose stored files the caller removes after the commit. */
  erasedDocuments?: DocumentRow[]
}

/**
 * The one writer of application transitions. Applies a plan decided by `decideTransition`: runs
 * the effects the lifecycle table declares, changes the row only if nobody changed it since it was
 * read, records who holds the stage, and records the change once — audit entry, history row and
 * outbox row — all in the caller's transaction.
 */
export async function applyTransition(
  deps: ApplicationsDeps,
  tx: Executor,
  app: ApplicationRow,
  definition: ServiceDefinition,
  plan: TransitionPlan,
  ctx: TransitionContext,
): Promise<TransitionResult> {
  const now = deps.clock.now()
  const effective = ctx.effectiveAt ?? now
  const days = officeDays(deps.office.timezone)
  const changes: Changes = { status: plan.to, updatedAt: now }
  let receipt: Receipt | undefined
  let holderChanged = false
  let erased: DocumentRow[] = []
  let events = ctx.history
  const history = async () => (events ??= await deps.history.history(tx, app.id))
  for (const effect of plan.effects) {
    switch (effect) {
      case 'register':
        receipt = await register(deps, tx, app, definition, effective, changes)
        break
      case 'renew_promise': {
        // The clock paused while the applicant held the file: the promise moves by that time.
        const nonWorking = await deps.nonWorkingDays.get(tx)
        const used = stageProgress(definition, await history(), now, days, nonWorking).reduce(
          (sum, s) => sum + s.workingDaysUsed,
          0,
        )
        changes.expectedCompletionDate = days.addWorkingDays(now, Math.max(0, definition.slaDays - used), nonWorking)
        break
      }
      case 'record_return':
        changes.openReturn = { at: now.toISOString(), ...ctx.body!.returnReasons! }
        break
      case 'clear_return':
        Object.assign(changes, { openReturn: null, returnDueDate: null })
        break
      case 'record_report':
        changes.technicalReport = ctx.body!.report!
        break
      case 'record_decision_note':
        changes.decisionNote = ctx.body!.legalReason!
        break
      case 'assign_officer': {
        // The officer acting now never takes the next stage; a reassignment never goes back to the holder.
        const exclude =
          plan.action === 'reassign' ? [app.assigneeId] : [plan.actorRole === 'applicant' ? null : ctx.actor.id]
        const stage = await planStage(
          deps,
          tx,
          app,
          definition,
          plan.stage!,
          effective,
          await history(),
          exclude.filter((id): id is string => id !== null),
        )
        Object.assign(changes, stage)
        if (!stage.assigneeId && plan.waitsAs) changes.status = plan.waitsAs
        holderChanged = true
        break
      }
      case 'leave_office':
        Object.assign(changes, leaveStages)
        holderChanged = true
        break
      case 'start_return_deadline':
        changes.returnDueDate = days.addWorkingDays(now, definition.returnLimitDays, await deps.nonWorkingDays.get(tx))
        break
      case 'erase_draft':
        // A deleted draft keeps no answers and no documents; the files go once the change is committed.
        changes.formData = {}
        erased = await deps.applications.removeDocuments(tx, app.id, now, {})
        break
      case 'issue_invoice':
      case 'issue_permit':
        break // other modules' effects: run once the change is written, below
    }
  }
  // A flag that changes nothing on the file (an escalation) is recorded without a new version, so an
  // officer who has the file open is not refused for it.
  const touchesRow = plan.to !== plan.from || plan.effects.length > 0
  const updated = touchesRow ? await deps.applications.updateIfVersion(tx, app.id, app.version, changes) : app
  if (!updated) throw conflict('applications.stale_version')
  if (holderChanged) {
    await recordAssignment(deps, tx, {
      applicationId: app.id,
      stage: updated.currentStage ?? '',
      officerId: updated.assigneeId,
      at: now,
      requestedBy: plan.action === 'reassign' ? ctx.actor.id : null,
      reason: plan.action === 'reassign' ? ctx.reason : undefined,
    })
  }
  const recorded = await deps.changes.record(tx, {
    action: `application.${plan.action}`,
    entity: { type: 'application', id: app.id },
    actor: ctx.actor,
    requestId: ctx.requestId,
    details: {
      from: plan.from,
      to: updated.status as ApplicationStatus,
      registrationNo: updated.registrationNo,
      assigneeId: updated.assigneeId,
      ...(ctx.reason && { reason: ctx.reason }),
      ...(ctx.body?.returnReasons && { returnReasons: ctx.body.returnReasons }),
      ...(ctx.body?.legalReason && { legalReason: ctx.body.legalReason }),
      ...ctx.grounds,
      ...(ctx.onBehalfOf && { onBehalfOf: ctx.onBehalfOf }),
    },
    history: {
      applicationId: app.id,
      action: plan.action,
      from: plan.from,
      to: updated.status as ApplicationStatus,
      stage: plan.actedInStage,
      file: { before: app, after: updated },
      ...(ctx.effectiveAt && { at: ctx.effectiveAt }),
    },
  })
  if (plan.effects.includes('issue_invoice')) await deps.effects.issueInvoice(tx, updated, ctx.requestId)
  if (plan.effects.includes('issue_permit'))
    await deps.effects.issuePermit(tx, updated, definition, ctx.actor.id!, ctx.requestId, ctx.body?.passphrase)
  // Last, so the load rows it locks are held only until the commit that follows.
  await keepLoads(deps, tx, app, updated)
  return {
    application: updated,
    ...(receipt && { receipt }),
    ...(erased.length > 0 && { erasedDocuments: erased }),
    ...(ctx.history && recorded.history && { history: [...ctx.history, recorded.history] }),
  }
}

/** Slots of an officer's kept load (see `officerLoads`): enough that concurrent writers rarely meet on one row. */
const LOAD_SLOTS = 16
const heldByOffice = new Set<string>(officeStatuses)
/** The officer a row counts against: its assignee while the office holds the file, else nobody. */
const countedAgainst = (row: ApplicationRow) => (row.assigneeId && heldByOffice.has(row.status) ? row.assigneeId : null)

/**
 * Keeps every officer's open-file count equal to the files they hold: this writer is the only
 * code that changes an application's status or assignee, so it moves the count with them.
 */
async function keepLoads(deps: ApplicationsDeps, tx: Executor, before: ApplicationRow, after: ApplicationRow) {
  const from = countedAgainst(before)
  const to = countedAgainst(after)
  if (from === to) return
  // Not the assignment's random source: which slot takes the count is no one's choice and no secret.
  const slot = () => Math.floor(Math.random() * LOAD_SLOTS)
  await deps.applications.adjustLoads(tx, after.officeId, [
    ...(from ? [{ officerId: from, slot: slot(), delta: -1 }] : []),
    ...(to ? [{ officerId: to, slot: slot(), delta: 1 }] : []),
  ])
}

/** A first submission: registration number, tracking code (shown once, stored hashed), promise and fee. */
async function register(
  deps: ApplicationsDeps,
  tx: Executor,
  app: ApplicationRow,
  definition: ServiceDefinition,
  now: Date,
  changes: Changes,
): Promise<Receipt> {
  const days = officeDays(deps.office.timezone)
  const registrationNo = `REG-${days.dateOf(now).slice(0, 4)}-${String(await deps.applications.nextRegistrationNumber(tx)).padStart(6, '0')}`
  const trackingCode = derivedCode(deps.trackingKey, `tracking-code:${app.id}:${registrationNo}`)
  const expectedCompletionDate = days.addWorkingDays(now, definition.slaDays, await deps.nonWorkingDays.get(tx))
  Object.assign(changes, {
    registrationNo,
    trackingCodeHash: trackingHash(registrationNo, trackingCode),
    submittedAt: now,
    expectedCompletionDate,
    feeAmount: computeFee(definition.fee, app.formData),
  })
  return {
    registrationNo,
    trackingCode,
    submittedAt: now.toISOString(),
    expectedCompletionDate,
    slaDays: definition.slaDays,
    expectedCompletionProvisional: isProvisionalDate(
      expectedCompletionDate,
      await deps.nonWorkingDays.publishedThrough(tx),
    ),
  }
}
