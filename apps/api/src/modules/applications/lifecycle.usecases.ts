import {
  actionRule, addWorkingDays, computeFee, isProvisionalDate, jakartaDate, lifecycle, resolveTarget, type ActionBody, type ActionResult, type ApplicationAction,
  type ActionInput, type ApplicationStatus, type ErrorCode, type Receipt, type ServiceDefinition, type StageKey,
} from '@pintu/contract'
import { createHash } from 'node:crypto'
import { randomCode } from '../../codes.ts'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, fieldError, type FieldProblem, forbidden } from '../../errors/app-error.ts'
import { hashRequest } from '../idempotency/idempotency.repository.ts'
import { detailOf, effectiveRoles, loadVisible } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import type { applications } from './applications.table.ts'
import { validateForm } from './form-validation.ts'
import { leaveStages, planStage, recordAssignment } from './stage-entry.ts'
import { stageProgress } from './stage-progress.ts'


export const trackingHash = (registrationNo: string, code: string) => createHash('sha256').update(`${registrationNo}:${code.toUpperCase()}`).digest('hex')

type Changes = Partial<typeof applications.$inferInsert>

const missingInputCode = {
  returnReasons: 'applications.return_reasons_required',
  legalReason: 'applications.legal_reason_required',
  report: 'applications.report_required',
} as const satisfies Record<ActionInput, ErrorCode>

/** Everything a submission must carry: every required field and every mandatory document for the application kind. */
async function assertComplete(deps: ApplicationsDeps, ex: Executor, app: ApplicationRow, definition: ServiceDefinition, now: Date) {
  const problems: FieldProblem[] = validateForm(app.serviceVersionId, definition, app.formData, { complete: true, today: now }).map((p) => ({ ...p, field: `/data${p.field}` }))
  const present = new Set((await deps.applications.documents(ex, app.id)).map((d) => d.requirementKey))
  for (const req of definition.requirements) {
    if (req.mandatory && req.appliesTo.includes(app.applicationKind as never) && !present.has(req.key)) {
      problems.push({ field: `/documents/${req.key}`, code: 'documents.missing' })
    }
  }
  if (problems.length) throw new AppError('applications.incomplete', { problems })
}

function assertChecklist(definition: ServiceDefinition, body: ActionBody) {
  const requirementKeys = new Set(definition.requirements.map((r) => r.key))
  const fieldKeys = new Set(definition.form.sections.flatMap((s) => s.fields.map((f) => f.key)))
  const reasons = body.returnReasons!
  const code: ErrorCode = 'applications.unknown_checklist_item'
  const unknown = [
    ...reasons.requirements.filter((k) => !requirementKeys.has(k)).map((k) => ({ field: `/returnReasons/requirements/${k}`, code })),
    ...reasons.fields.filter((k) => !fieldKeys.has(k)).map((k) => ({ field: `/returnReasons/fields/${k}`, code })),
  ]
  if (unknown.length) throw new AppError('applications.unknown_checklist_item', { problems: unknown })
  if (reasons.requirements.length + reasons.fields.length === 0) {
    throw fieldError('/returnReasons', 'applications.empty_checklist')
  }
}

/** Enters the status's stage (with an assigned officer), or leaves the office's stages. */
async function moveTo(deps: ApplicationsDeps, ex: Executor, app: ApplicationRow, definition: ServiceDefinition, status: ApplicationStatus, now: Date, actingOfficer: string | null): Promise<Changes> {
  const stage = lifecycle[status].stage as StageKey | null
  if (!stage) return { status, ...leaveStages }
  return { status, ...(await planStage(deps, ex, app, definition, stage, now, actingOfficer ? [actingOfficer] : [])) }
}

/**
 * Takes one lifecycle action, exactly as the table in @pintu/contract allows it: the status must
 * offer the action, the caller must be the owner or the officer the system assigned with the
 * stage's role, and the version must be the one they read. The change, its history row and its
 * audit entry commit together; a retry with the same Idempotency-Key returns the first result.
 */
export async function act(deps: ApplicationsDeps, id: string, action: ApplicationAction, body: ActionBody, caller: Caller, idempotencyKey?: string): Promise<ActionResult> {
  const now = deps.clock.now()
  const actor = caller.actor
  return deps.db.transaction(async (tx) => {
    if (idempotencyKey) {
      const claim = await deps.idempotency.claim(tx, actor.id, idempotencyKey, hashRequest([id, action, body]), now)
      if (claim.kind === 'replay') return claim.body as ActionResult
    }
    const app = await loadVisible(deps, tx, id, actor)
    const rule = actionRule(app.status as ApplicationStatus, action)
    if (!rule) throw conflict('applications.action_not_allowed', { action, status: app.status })
    // System actions (a verified payment) are Pintu's own; no caller can take them.
    if (rule.by === 'system') throw forbidden()
    if (rule.by === 'applicant' ? app.applicantId !== actor.id : !(await effectiveRoles(deps, tx, actor)).includes(rule.by)) throw forbidden()
    if (rule.by !== 'applicant' && app.assigneeId !== actor.id) throw forbidden('applications.not_assigned')
    if (body.version !== app.version) throw conflict('applications.stale_version')
    for (const input of rule.requires) if (!body[input]) throw new AppError(missingInputCode[input])

    const { definition } = (await deps.applications.definitionOf(tx, app.serviceVersionId))!
    const stageKeys = definition.stages.map((s) => s.key)
    const actingOfficer = rule.by === 'applicant' ? null : actor.id
    let changes: Changes = { updatedAt: now }
    let receipt: Receipt | undefined
    let trackingCode: string | undefined

    if (action === 'submit' || action === 'resubmit') {
      await assertComplete(deps, tx, app, definition, now)
      const plan = await planStage(deps, tx, app, definition, 'admin_verification', now)
      const status = resolveTarget(action, { stages: stageKeys, feeDue: false, officerAvailable: plan.assigneeId !== null })
      changes = { ...changes, status, ...plan, openReturn: null }
      if (action === 'resubmit') {
        // The clock paused while the applicant held the file: the promise moves by that time.
        const nonWorking = await deps.nonWorkingDays.get(tx)
        const used = stageProgress(definition, await deps.applications.events(tx, app.id), now, nonWorking).reduce((sum, s) => sum + s.workingDaysUsed, 0)
        changes.expectedCompletionDate = addWorkingDays(now, Math.max(0, definition.slaDays - used), nonWorking)
      }
      if (action === 'submit') {
        const registrationNo = `REG-${jakartaDate(now).slice(0, 4)}-${String(await deps.applications.nextRegistrationNumber(tx)).padStart(6, '0')}`
        trackingCode = randomCode()
        const expectedCompletionDate = addWorkingDays(now, definition.slaDays, await deps.nonWorkingDays.get(tx))
        changes = { ...changes, registrationNo, trackingCodeHash: trackingHash(registrationNo, trackingCode), submittedAt: now, expectedCompletionDate, feeAmount: computeFee(definition.fee, app.formData) }
        receipt = {
          registrationNo, trackingCode, submittedAt: now.toISOString(), expectedCompletionDate, slaDays: definition.slaDays,
          expectedCompletionProvisional: isProvisionalDate(expectedCompletionDate, await deps.nonWorkingDays.publishedThrough(tx)),
        }
      }
    } else if (action === 'return') {
      assertChecklist(definition, body)
      changes = { ...changes, ...(await moveTo(deps, tx, app, definition, 'returned', now, actingOfficer)), openReturn: { at: now.toISOString(), ...body.returnReasons! } }
    } else {
      const target = resolveTarget(action, { stages: stageKeys, feeDue: (app.feeAmount ?? 0) > 0, officerAvailable: true })
      changes = { ...changes, ...(await moveTo(deps, tx, app, definition, target, now, actingOfficer)) }
      if (action === 'complete_review') changes.technicalReport = body.report!
      if (action === 'reject') changes.decisionNote = body.legalReason!
    }

    const updated = await deps.applications.updateIfVersion(tx, id, body.version, changes)
    if (!updated) throw conflict('applications.stale_version')
    await recordAssignment(deps, tx, { applicationId: id, stage: updated.currentStage ?? '', officerId: updated.assigneeId, at: now })
    if (updated.status === 'issued') await deps.onIssued?.(tx, updated, definition, actor.id, now)
    if (updated.status === 'awaiting_payment') await deps.onAwaitingPayment?.(tx, updated, now)
    const actorRole = rule.by
    const details = { ...(body.returnReasons && { returnReasons: body.returnReasons }), ...(body.legalReason && { legalReason: body.legalReason }) }
    await deps.applications.insertEvent(tx, {
      applicationId: id, at: now, action, fromStatus: app.status, toStatus: updated.status, actorId: actor.id, actorRole,
      stage: lifecycle[app.status as ApplicationStatus].stage, details,
    })
    await deps.audit.append(tx, {
      officeId: deps.office.id, occurredAt: now, actorId: actor.id, action: `application.${action}`, entityType: 'application', entityId: id,
      details: { from: app.status, to: updated.status, registrationNo: updated.registrationNo, assigneeId: updated.assigneeId, ...details }, requestId: caller.requestId,
    })
    const result: ActionResult = { application: await detailOf(deps, tx, updated, actor), ...(receipt && { receipt }) }
    if (idempotencyKey) await deps.idempotency.complete(tx, actor.id, idempotencyKey, 200, result)
    return result
  })
}

/**
 * A transition only Pintu itself takes (the table marks it `system`): e.g. a verified payment
 * moving a file from awaiting_payment to signing. Runs in the caller's transaction.
 */
export async function systemTransition(deps: ApplicationsDeps, tx: Executor, app: ApplicationRow, action: ApplicationAction, details: Record<string, unknown>, requestId: string | null): Promise<ApplicationRow> {
  const rule = actionRule(app.status as ApplicationStatus, action)
  if (!rule || rule.by !== 'system') throw conflict('applications.action_not_allowed', { action, status: app.status })
  const now = deps.clock.now()
  const { definition } = (await deps.applications.definitionOf(tx, app.serviceVersionId))!
  const target = resolveTarget(action, { stages: definition.stages.map((s) => s.key), feeDue: (app.feeAmount ?? 0) > 0, officerAvailable: true })
  const updated = await deps.applications.updateIfVersion(tx, app.id, app.version, { updatedAt: now, ...(await moveTo(deps, tx, app, definition, target, now, null)) })
  if (!updated) throw conflict('applications.stale_version')
  await recordAssignment(deps, tx, { applicationId: app.id, stage: updated.currentStage ?? '', officerId: updated.assigneeId, at: now })
  await deps.applications.insertEvent(tx, { applicationId: app.id, at: now, action, fromStatus: app.status, toStatus: updated.status, actorId: null, actorRole: 'system', stage: null, details })
  await deps.audit.append(tx, { officeId: deps.office.id, occurredAt: now, actorId: null, action: `application.${action}`, entityType: 'application', entityId: app.id, details: { from: app.status, to: updated.status, ...details }, requestId })
  return updated
}
