import { datesBetween, officeDays, type Closure, type DeclareClosureBody } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, fieldError, notFound } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ApplicationsModule } from '../applications/applications.module.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { CatalogueRepository } from '../catalogue/catalogue.repository.ts'
import { SYSTEM, type ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { ClosureRow, ContinuityRepository } from './continuity.repository.ts'

/** Today in the office's time zone. */
const officeToday = (deps: Pick<ContinuityDeps, 'clock' | 'office'>) =>
  officeDays(deps.office.timezone).dateOf(deps.clock.now())

export interface ContinuityDeps {
  db: Db
  clock: Clock
  office: Office
  continuity: ContinuityRepository
  changes: ChangeRecord
  nonWorkingDays: NonWorkingDays
  catalogue: Pick<CatalogueRepository, 'pinnedDefinition'>
  applications: Pick<
    ApplicationsModule,
    | 'refreshDueDates'
    | 'heldDueBefore'
    | 'systemTransition'
    | 'assignWaiting'
    | 'releaseUnfitHolders'
    | 'expireOverdueReturns'
  >
  /** Housekeeping the job also does: old idempotency records, old login records. */
  purge(tx: Executor, now: Date): Promise<void>
}

/** Arbitrary constant naming the escalation job among PostgreSQL advisory locks. */
const ESCALATION_LOCK_KEY = 7_303_274
const DEEMED_APPROVAL_BASIS = 'UU 30/2014 Pasal 53 sebagaimana diubah UU 6/2023'

/** The closed days of every closure; an open-ended one counts up to today (tomorrow is not known to be closed yet). */
export async function closedDates(
  deps: Pick<ContinuityDeps, 'clock' | 'office' | 'continuity'>,
  ex: Executor,
): Promise<string[]> {
  const today = officeToday(deps)
  const rows = await deps.continuity.closures(ex, deps.office.id)
  return rows.flatMap((c) => datesBetween(c.startsOn, c.endsOn ?? (today > c.startsOn ? today : c.startsOn)))
}

function toClosure(row: ClosureRow, today: string): Closure {
  return {
    id: row.id,
    reason: row.reason,
    legalBasis: row.legalBasis,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    declaredAt: row.declaredAt.toISOString(),
    inForce: row.startsOn <= today && (row.endsOn === null || today <= row.endsOn),
  }
}

export async function listClosures(deps: ContinuityDeps): Promise<{ items: Closure[] }> {
  const today = officeToday(deps)
  return { items: (await deps.continuity.closures(deps.db, deps.office.id)).map((r) => toClosure(r, today)) }
}

/** Runs a calendar-changing step and then recomputes due dates with the change included, in one transaction. */
async function changeClosures<T>(
  deps: ContinuityDeps,
  fromDate: () => string,
  change: (tx: Executor) => Promise<T>,
): Promise<T> {
  try {
    return await deps.db.transaction(async (tx) => {
      const result = await change(tx)
      deps.nonWorkingDays.invalidate()
      await deps.applications.refreshDueDates(tx, fromDate())
      return result
    })
  } finally {
    deps.nonWorkingDays.invalidate()
  }
}

const supervisor = (caller: Caller) => ({ id: caller.actor.id, role: 'supervisor' })

/**
 * Declares a closure (the 2017 office needed a week declared "a holiday" by hand). It may start in
 * the past, as that closure was recorded afterwards; every declaration is audited and public.
 */
export async function declareClosure(deps: ContinuityDeps, body: DeclareClosureBody, caller: Caller): Promise<Closure> {
  if (body.endsOn && body.endsOn < body.startsOn) throw fieldError('/endsOn', 'closures.ends_before_start')
  const row = await changeClosures(
    deps,
    () => body.startsOn,
    async (tx) => {
      const inserted = await deps.continuity.insertClosure(tx, {
        officeId: deps.office.id,
        ...body,
        endsOn: body.endsOn ?? null,
        declaredBy: caller.actor.id,
        declaredAt: deps.clock.now(),
      })
      await deps.changes.record(tx, {
        action: 'closure.declared',
        entity: { type: 'closure', id: inserted.id },
        actor: supervisor(caller),
        details: { ...body },
        requestId: caller.requestId,
      })
      return inserted
    },
  )
  return toClosure(row, officeToday(deps))
}

export async function endClosure(deps: ContinuityDeps, id: string, endsOn: string, caller: Caller): Promise<Closure> {
  const found = await deps.continuity.findClosure(deps.db, deps.office.id, id)
  if (!found) throw notFound('closures.not_found')
  if (found.endsOn) throw conflict('closures.already_ended')
  if (endsOn < found.startsOn) throw fieldError('/endsOn', 'closures.ends_before_start')
  const row = await changeClosures(
    deps,
    () => found.startsOn,
    async (tx) => {
      const ended = await deps.continuity.endClosure(tx, deps.office.id, id, endsOn, caller.actor.id)
      if (!ended) throw conflict('closures.already_ended')
      await deps.changes.record(tx, {
        action: 'closure.ended',
        entity: { type: 'closure', id },
        actor: supervisor(caller),
        details: { endsOn },
        requestId: caller.requestId,
      })
      return ended
    },
  )
  return toClosure(row, officeToday(deps))
}

export async function notifications(deps: ContinuityDeps) {
  const rows = await deps.continuity.notifications(deps.db, deps.office.id)
  return {
    items: rows.map((r) => ({
      id: r.escalation.id,
      kind: r.escalation.kind,
      applicationId: r.escalation.applicationId,
      registrationNo: r.registrationNo,
      stage: r.escalation.stage as 'decision',
      dueDate: r.escalation.dueDate,
      createdAt: r.escalation.createdAt.toISOString(),
    })),
  }
}

/**
 * The scheduled job. Every stage past the close of its due date is flagged once for supervisors; a
 * decision past its deadline on a service the catalogue marks for deemed approval becomes an
 * approval by law (UU 30/2014 art. 53 as amended); returned files past their deadline expire;
 * files held by someone who can no longer act go back to assignment, and waiting files get an
 * officer. One process at a time holds the job lock, and the unique escalation key makes a repeat
 * a no-op, so two API processes never double the work. Every change goes through the one writer.
 */
export async function runEscalations(
  deps: ContinuityDeps,
): Promise<{ escalated: number; deemedApproved: number; expired: number } | null> {
  return deps.db.transaction(async (tx) => {
    if (!(await deps.continuity.tryJobLock(tx, ESCALATION_LOCK_KEY))) return null
    const now = deps.clock.now()
    let escalated = 0
    let deemedApproved = 0
    // Past the close (23:59:59 office time) of its due date means: the due date is before the office's today.
    for (const app of await deps.applications.heldDueBefore(tx, officeDays(deps.office.timezone).dateOf(now))) {
      if (!app.stageDueDate || !app.currentStage) continue
      const base = {
        officeId: deps.office.id,
        applicationId: app.id,
        stage: app.currentStage,
        dueDate: app.stageDueDate,
        createdAt: now,
      }
      const { definition } = (await deps.catalogue.pinnedDefinition(tx, app.serviceVersionId))!
      const grounds = { dueDate: app.stageDueDate }
      if (app.status === 'decision' && definition.deemedApproval) {
        if (await deps.continuity.escalate(tx, { ...base, kind: 'deemed_approval' })) {
          await deps.applications.systemTransition(tx, app, 'deem_approve', {
            requestId: null,
            grounds: { ...grounds, legalBasis: DEEMED_APPROVAL_BASIS },
          })
          deemedApproved += 1
        }
      } else if (await deps.continuity.escalate(tx, { ...base, kind: 'stage_overdue' })) {
        await deps.applications.systemTransition(tx, app, 'escalate', { requestId: null, actor: SYSTEM, grounds })
        escalated += 1
      }
    }
    const expired = await deps.applications.expireOverdueReturns(tx, null)
    // Files held by someone who can no longer act (a delegation that ended) go back to assignment,
    // and files waiting for an eligible officer (e.g. a delegation starting today) are picked up.
    await deps.applications.releaseUnfitHolders(tx, null)
    await deps.applications.assignWaiting(tx, null)
    await deps.purge(tx, now)
    return { escalated, deemedApproved, expired }
  })
}
