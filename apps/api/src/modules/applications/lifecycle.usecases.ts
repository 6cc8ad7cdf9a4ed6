import {
  decideTransition,
  type ActionBody,
  type ActionResult,
  type Receipt,
  type ApplicationAction,
  type ApplicationStatus,
  type ErrorCode,
  type ServiceDefinition,
  type StageKey,
  type TransitionCaller,
} from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { AppError, fieldError, type FieldProblem } from '../../errors/app-error.ts'
import type { Actor } from '../../plugins/auth.ts'
import { SYSTEM, type ChangeActor } from '../changes/change-record.ts'
import { hashRequest, scopeOf } from '../idempotency/idempotency.repository.ts'
import { detailOf, effectiveRoles, loadVisible } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { DocumentRow } from './application-documents.repository.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { validateForm } from './form-validation.ts'
import { applyTransition, type TransitionContext, type TransitionResult } from './transition-writer.ts'

/** Everything a submission must carry: every required field and every mandatory document for the application kind. */
export function assertComplete(
  app: ApplicationRow,
  definition: ServiceDefinition,
  documents: DocumentRow[],
  now: Date,
) {
  const problems: FieldProblem[] = validateForm(app.serviceVersionId, definition, app.formData, {
    complete: true,
    today: now,
  }).map((p) => ({ ...p, field: `/data${p.field}` }))
  const present = new Set(documents.map((d) => d.requirementKey))
  for (const req of definition.requirements) {
    if (req.mandatory && req.appliesTo.includes(app.applicationKind as never) && !present.has(req.key)) {
      problems.push({ field: `/documents/${req.key}`, code: 'documents.missing' })
    }
  }
  if (problems.length) throw new AppError('applications.incomplete', { problems })
}

/** A return names only requirements and fields of the pinned version, and at least one of them. */
function assertChecklist(definition: ServiceDefinition, body: ActionBody) {
  const requirementKeys = new Set(definition.requirements.map((r) => r.key))
  const fieldKeys = new Set(definition.form.sections.flatMap((s) => s.fields.map((f) => f.key)))
  const reasons = body.returnReasons!
  const code: ErrorCode = 'applications.unknown_checklist_item'
  const unknown = [
    ...reasons.requirements
      .filter((k) => !requirementKeys.has(k))
      .map((k) => ({ field: `/returnReasons/requirements/${k}`, code })),
    ...reasons.fields.filter((k) => !fieldKeys.has(k)).map((k) => ({ field: `/returnReasons/fields/${k}`, code })),
  ]
  if (unknown.length) throw new AppError('applications.unknown_checklist_item', { problems: unknown })
  if (reasons.requirements.length + reasons.fields.length === 0)
    throw fieldError('/returnReasons', 'applications.empty_checklist')
}

/** What a caller is to the transition function: their roles today, a delegation included. */
export async function transitionCaller(deps: ApplicationsDeps, ex: Executor, actor: Actor): Promise<TransitionCaller> {
  return { kind: actor.kind, id: actor.id, roles: await effectiveRoles(deps, ex, actor) }
}

/** The actor of a change record: the role they act in, from the plan. */
const actorOf = (actor: Actor, role: string): ChangeActor => ({ id: actor.id, role })

/**
 * What an Idempotency-Key keeps of an action: which application and, for a submission, the receipt
 * (its tracking code is shown only in this answer). A retry answers the receipt stored here with
 * the application as it is now; a few hundred bytes instead of the whole response.
 */
export interface StoredActionResult {
  applicationId: string
  receipt?: Receipt
}

/**
 * Takes one lifecycle action as the table allows it (`decideTransition`), with what the action's
 * content must satisfy (a complete submission, a checklist of real items), through the one writer.
 * A retry with the same Idempotency-Key returns the first result.
 */
export async function act(
  deps: ApplicationsDeps,
  id: string,
  action: ApplicationAction,
  body: ActionBody,
  caller: Caller,
  idempotencyKey?: string,
  view: { includeService?: boolean } = {},
): Promise<ActionResult> {
  const now = deps.clock.now()
  const actor = caller.actor
  const withService = view.includeService ?? false
  // Each caller's keys are its own (the applicant's, or the agent's filing for them).
  const scope = scopeOf(actor.id, caller.agent?.actor.id)
  return deps.db.transaction(async (tx) => {
    if (idempotencyKey) {
      // Never the signing passphrase in the stored hash: a low-entropy secret under a plain SHA-256 is guessable.
      const agent = caller.agent ? [caller.agent.actor.id] : []
      const hashed = hashRequest([id, action, { ...body, passphrase: undefined }, ...agent])
      const claim = await deps.idempotency.claim(tx, scope, idempotencyKey, hashed, now)
      if (claim.kind === 'replay') {
        // Records kept before results were made small held the whole answer: it is still the answer.
        if (typeof claim.body === 'object' && claim.body && 'application' in claim.body)
          return claim.body as ActionResult
        const stored = claim.body as StoredActionResult
        const current = await loadVisible(deps, tx, stored.applicationId, actor)
        return {
          application: await detailOf(deps, tx, current, actor, { withService }),
          ...(stored.receipt && { receipt: stored.receipt }),
        }
      }
    }
    const app = await loadVisible(deps, tx, id, actor)
    const { definition } = (await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId))!
    const decision = decideTransition({
      application: { ...app, status: app.status as ApplicationStatus },
      action,
      caller: await transitionCaller(deps, tx, actor),
      stages: definition.stages.map((s) => s.key as StageKey),
      body,
    })
    if (!decision.ok) throw new AppError(decision.code, { params: { action, status: app.status } })
    // Read once, used by the checks, the writer and the answer (each statement is a round trip).
    const documents = await deps.applications.documents(tx, app.id)
    if (action === 'submit' || action === 'resubmit') assertComplete(app, definition, documents, now)
    if (decision.plan.effects.includes('record_return')) assertChecklist(definition, body)
    const { application, receipt, history } = await applyTransition(deps, tx, app, definition, decision.plan, {
      // At the counter (or through a consented client) the agent is the actor, on the applicant's behalf.
      actor: caller.agent?.actor ?? actorOf(actor, decision.plan.actorRole),
      onBehalfOf: caller.agent ? actor.id : undefined,
      requestId: caller.requestId,
      body,
      history: await deps.history.history(tx, app.id),
    })
    const result: ActionResult = {
      application: await detailOf(deps, tx, application, actor, { withService, events: history, documents }),
      ...(receipt && { receipt }),
    }
    if (idempotencyKey) {
      const stored: StoredActionResult = { applicationId: application.id, ...(receipt && { receipt }) }
      await deps.idempotency.complete(tx, scope, idempotencyKey, 200, stored)
    }
    return result
  })
}

/**
 * A transition Pintu itself takes (a verified payment, a deemed approval, an expiry, the assignment
 * of a waiting file, a hand-over), decided by the same table and written by the same writer, in the
 * caller's transaction. `actor` is the supervisor who asked for a reassignment, else Pintu.
 */
export type SystemTransitionContext = Omit<TransitionContext, 'actor'> & { actor?: ChangeActor }

export async function systemTransition(
  deps: ApplicationsDeps,
  tx: Executor,
  app: ApplicationRow,
  action: ApplicationAction,
  ctx: SystemTransitionContext = { requestId: null },
): Promise<TransitionResult> {
  const { definition } = (await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId))!
  const decision = decideTransition({
    application: { ...app, status: app.status as ApplicationStatus },
    action,
    caller:
      ctx.actor && ctx.actor.id ? { kind: 'officer', id: ctx.actor.id, roles: [ctx.actor.role] } : { kind: 'system' },
    stages: definition.stages.map((s) => s.key as StageKey),
    body: { version: app.version },
  })
  if (!decision.ok) throw new AppError(decision.code, { params: { action, status: app.status } })
  return applyTransition(deps, tx, app, definition, decision.plan, { ...ctx, actor: ctx.actor ?? SYSTEM })
}
