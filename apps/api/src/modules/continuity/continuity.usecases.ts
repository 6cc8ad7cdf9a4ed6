import { datesBetween, jakartaDate, type Closure, type DeclareClosureBody } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error.ts'
import type { ApplicationsDeps, Caller } from '../applications/applications.deps.ts'
import { refreshStageDueDates } from '../applications/due-dates.ts'
import { systemTransition } from '../applications/lifecycle.usecases.ts'
import { assignWaiting, releaseUnfitHolders } from '../applications/work.usecases.ts'
import type { ContinuityRepository, ClosureRow } from './continuity.repository.ts'

export interface ContinuityDeps {
  applicationsDeps: ApplicationsDeps
  continuity: ContinuityRepository
}

/** Arbitrary constant naming the escalation job among PostgreSQL advisory locks. */
const ESCALATION_LOCK_KEY = 7_303_274
/** How long a request's result can be replayed with its Idempotency-Key. */
const IDEMPOTENCY_RETENTION_MS = 86_400_000

/** The closed days of every closure; an open-ended one counts up to today (tomorrow is not known to be closed yet). */
export async function closedDates(deps: ContinuityDeps, ex: Executor): Promise<string[]> {
  const today = jakartaDate(deps.applicationsDeps.clock.now())
  const rows = await deps.continuity.closures(ex, deps.applicationsDeps.office.id)
  return rows.flatMap((c) => datesBetween(c.startsOn, c.endsOn ?? (today > c.startsOn ? today : c.startsOn)))
}

function toClosure(row: ClosureRow, today: string): Closure {
  return {
    id: row.id, reason: row.reason, legalBasis: row.legalBasis, startsOn: row.startsOn, endsOn: row.endsOn, declaredAt: row.declaredAt.toISOString(),
    inForce: row.startsOn <= today && (row.endsOn === null || today <= row.endsOn),
  }
}

export async function listClosures(deps: ContinuityDeps): Promise<{ items: Closure[] }> {
  const today = jakartaDate(deps.applicationsDeps.clock.now())
  return { items: (await deps.continuity.closures(deps.applicationsDeps.db, deps.applicationsDeps.office.id)).map((r) => toClosure(r, today)) }
}

/** Runs a calendar-changing step and then recomputes due dates with the change included, in one transaction. */
async function changeClosures<T>(deps: ContinuityDeps, fromDate: () => string, change: (tx: Executor) => Promise<T>): Promise<T> {
  const a = deps.applicationsDeps
  try {
    return await a.db.transaction(async (tx) => {
      const result = await change(tx)
      a.nonWorkingDays.invalidate()
      await refreshStageDueDates(a, tx, fromDate())
      return result
    })
  } finally {
    a.nonWorkingDays.invalidate()
  }
}

/**
 * Declares a closure (the 2017 office needed a week declared "a holiday" by hand). It may start in
 * the past, as that closure was recorded afterwards; every declaration is audited and public.
 */
export async function declareClosure(deps: ContinuityDeps, body: DeclareClosureBody, caller: Caller): Promise<Closure> {
  if (body.endsOn && body.endsOn < body.startsOn) throw fieldError('/endsOn', 'closures.ends_before_start')
  const a = deps.applicationsDeps
  const row = await changeClosures(deps, () => body.startsOn, async (tx) => {
    const inserted = await deps.continuity.insertClosure(tx, { officeId: a.office.id, ...body, endsOn: body.endsOn ?? null, declaredBy: caller.actor.id, declaredAt: a.clock.now() })
    await a.audit.append(tx, { officeId: a.office.id, occurredAt: a.clock.now(), actorId: caller.actor.id, action: 'closure.declared', entityType: 'closure', entityId: inserted.id, details: { ...body }, requestId: caller.requestId })
    return inserted
  })
  return toClosure(row, jakartaDate(a.clock.now()))
}

export async function endClosure(deps: ContinuityDeps, id: string, endsOn: string, caller: Caller): Promise<Closure> {
  const a = deps.applicationsDeps
  const found = await deps.continuity.findClosure(a.db, a.office.id, id)
  if (!found) throw notFound('closures.not_found')
  if (found.endsOn) throw conflict('closures.already_ended')
  if (endsOn < found.startsOn) throw fieldError('/endsOn', 'closures.ends_before_start')
  const row = await changeClosures(deps, () => found.startsOn, async (tx) => {
    const ended = await deps.continuity.endClosure(tx, a.office.id, id, endsOn, caller.actor.id)
    if (!ended) throw conflict('closures.already_ended')
    await a.audit.append(tx, { officeId: a.office.id, occurredAt: a.clock.now(), actorId: caller.actor.id, action: 'closure.ended', entityType: 'closure', entityId: id, details: { endsOn }, requestId: caller.requestId })
    return ended
  })
  return toClosure(row, jakartaDate(a.clock.now()))
}

export async function notifications(deps: ContinuityDeps) {
  const a = deps.applicationsDeps
  const rows = await deps.continuity.notifications(a.db, a.office.id)
  return {
    items: rows.map((r) => ({
      id: r.escalation.id, kind: r.escalation.kind, applicationId: r.escalation.applicationId, registrationNo: r.registrationNo,
      stage: r.escalation.stage as 'decision', dueDate: r.escalation.dueDate, createdAt: r.escalation.createdAt.toISOString(),
    })),
  }
}

/**
 * The escalation job: every stage past the close of its due date is flagged once for supervisors;
 * a decision past its deadline on a service the catalogue marks for deemed approval becomes an
 * approval by law (UU 30/2014 art. 53 as amended). One process at a time holds the job lock, and
 * the unique escalation key makes a repeat a no-op, so two API processes never double the work.
 */
export async function runEscalations(deps: ContinuityDeps): Promise<{ escalated: number; deemedApproved: number } | null> {
  const a = deps.applicationsDeps
  return a.db.transaction(async (tx) => {
    if (!(await deps.continuity.tryJobLock(tx, ESCALATION_LOCK_KEY))) return null
    const now = a.clock.now()
    let escalated = 0
    let deemedApproved = 0
    // Past the close (23:59:59 WIB) of its due date means: the due date is before today in Jakarta.
    for (const app of await a.applications.heldDueBefore(tx, a.office.id, jakartaDate(now))) {
      if (!app.stageDueDate || !app.currentStage) continue
      const base = { officeId: a.office.id, applicationId: app.id, stage: app.currentStage, dueDate: app.stageDueDate, createdAt: now }
      const { definition } = (await a.applications.definitionOf(tx, app.serviceVersionId))!
      if (app.status === 'decision' && definition.deemedApproval) {
        if (await deps.continuity.escalate(tx, { ...base, kind: 'deemed_approval' })) {
          await systemTransition(a, tx, app, 'deem_approve', { dueDate: app.stageDueDate, legalBasis: 'UU 30/2014 Pasal 53 sebagaimana diubah UU 6/2023' }, null)
          deemedApproved += 1
        }
      } else if (await deps.continuity.escalate(tx, { ...base, kind: 'stage_overdue' })) {
        await a.applications.insertEvent(tx, { applicationId: app.id, at: now, action: 'escalate', fromStatus: app.status, toStatus: app.status, actorId: null, actorRole: 'system', stage: null, details: { dueDate: app.stageDueDate } })
        await a.audit.append(tx, { officeId: a.office.id, occurredAt: now, actorId: null, action: 'application.escalated', entityType: 'application', entityId: app.id, details: { stage: app.currentStage, dueDate: app.stageDueDate } })
        escalated += 1
      }
    }
    // Files held by someone who can no longer act (a delegation that ended) go back to assignment,
    // and files waiting for an eligible officer (e.g. a delegation starting today) are picked up.
    await releaseUnfitHolders(a, tx, 'escalation-job')
    await assignWaiting(a, tx, 'escalation-job')
    await a.idempotency.purgeOlderThan(tx, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS))
    return { escalated, deemedApproved }
  })
}
