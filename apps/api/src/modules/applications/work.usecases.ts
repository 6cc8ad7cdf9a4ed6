import {
  isProvisionalDate,
  officeDays,
  type OfficeDays,
  type ApplicationDetail,
  type QueueItem,
  type ReassignBody,
  type StageKey,
} from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { conflict, forbidden } from '../../errors/app-error.ts'
import { detailOf, loadVisible } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { systemTransition } from './lifecycle.usecases.ts'
import type { QueueRow } from './work-search.repository.ts'

/** Working days from now to the close of the due date; negative (days past) once it has passed. */
function daysLeft(dueDate: string | null, now: Date, days: OfficeDays, nonWorking: ReadonlySet<string>): number | null {
  if (!dueDate) return null
  const due = days.endOfDay(dueDate)
  return due >= now ? days.workingDaysBetween(now, due, nonWorking) : -days.workingDaysBetween(due, now, nonWorking)
}

export async function toQueueItem(
  deps: ApplicationsDeps,
  ex: Executor,
  app: QueueRow,
  today: string,
  assigneeName: string | null,
): Promise<QueueItem> {
  const { definition } = (await deps.catalogue.pinnedDefinition(ex, app.serviceVersionId))!
  const nonWorking = await deps.nonWorkingDays.get(ex)
  const publishedThrough = await deps.nonWorkingDays.publishedThrough(ex)
  return {
    id: app.id,
    registrationNo: app.registrationNo,
    serviceCode: app.serviceCode,
    serviceName: definition.name,
    serviceKind: app.serviceKind,
    status: app.status as QueueItem['status'],
    stage: app.currentStage as StageKey | null,
    stageStartedAt: app.stageStartedAt?.toISOString() ?? null,
    stageDueDate: app.stageDueDate,
    stageDueDateProvisional: isProvisionalDate(app.stageDueDate, publishedThrough),
    overdue: app.stageDueDate !== null && app.stageDueDate < today,
    workingDaysLeft: daysLeft(app.stageDueDate, deps.clock.now(), officeDays(deps.office.timezone), nonWorking),
    assigneeName,
    version: app.version,
  }
}

/**
 * Within this window after a supervisor reassigned a file, another reassignment of it needs another
 * supervisor: reassigning again and again would let one person steer a file to an officer of their
 * choice among few.
 */
export const REASSIGN_WINDOW_MS = 7 * 24 * 60 * 60_000

/** A supervisor may move a stage to another officer, with a reason; the system, not the supervisor, picks who. */
export async function reassign(
  deps: ApplicationsDeps,
  id: string,
  body: ReassignBody,
  caller: Caller,
): Promise<ApplicationDetail> {
  return deps.db.transaction(async (tx) => {
    const app = await loadVisible(deps, tx, id, caller.actor)
    if (!app.currentStage) throw conflict('applications.not_in_office')
    const since = new Date(deps.clock.now().getTime() - REASSIGN_WINDOW_MS)
    if ((await deps.applications.reassignedBySince(tx, app.id, since)).includes(caller.actor.id)) {
      throw forbidden('applications.reassign_needs_another_supervisor')
    }
    const { application } = await systemTransition(deps, tx, app, 'reassign', {
      actor: { id: caller.actor.id, role: 'supervisor' },
      requestId: caller.requestId,
      reason: body.reason,
    }).catch((error: { code?: string }) => {
      throw error.code === 'applications.action_not_allowed' ? conflict('applications.not_in_office') : error
    })
    if (!application.assigneeId) throw conflict('applications.no_eligible_officer')
    return detailOf(deps, tx, application, caller.actor)
  })
}

/** Pintu hands a stage to another officer it picks; the file waits when nobody eligible is on duty. */
const handOver = (
  deps: ApplicationsDeps,
  tx: Executor,
  app: ApplicationRow,
  reason: string | undefined,
  requestId: string | null,
) => systemTransition(deps, tx, app, 'reassign', { requestId, reason })

/**
 * Files waiting without an officer (nobody eligible was on duty) get one as soon as someone is: a
 * file waiting to start verification is assigned, one waiting in a later stage is handed over.
 */
export async function assignWaiting(deps: ApplicationsDeps, tx: Executor, requestId: string | null): Promise<number> {
  let assigned = 0
  for (const app of await deps.applications.unassigned(tx, deps.office.id)) {
    const { application } =
      app.status === 'submitted'
        ? await systemTransition(deps, tx, app, 'assign', { requestId })
        : await handOver(deps, tx, app, undefined, requestId)
    if (application.assigneeId) assigned += 1
  }
  return assigned
}

/** Gives every open file an officer holds to others by the assignment rule; returns how many. */
export async function handOverFilesOf(
  deps: ApplicationsDeps,
  tx: Executor,
  officerId: string,
  reason: string,
  requestId: string | null,
): Promise<number> {
  const held = await deps.applications.assignedTo(tx, officerId)
  for (const app of held) await handOver(deps, tx, app, reason, requestId)
  return held.length
}

/** Going off duty hands every open file to another officer by the same rule; coming on duty picks up waiting files. */
export async function setDuty(
  deps: ApplicationsDeps,
  onDuty: boolean,
  caller: Caller,
): Promise<{ onDuty: boolean; reassigned: number }> {
  return deps.db.transaction(async (tx) => {
    await deps.people.setOnDuty(tx, caller.actor.id, onDuty)
    await deps.changes.record(tx, {
      action: onDuty ? 'identity.on_duty' : 'identity.off_duty',
      entity: { type: 'user', id: caller.actor.id },
      actor: { id: caller.actor.id, role: caller.actor.roles.join('+') },
      details: {},
      requestId: caller.requestId,
    })
    if (onDuty) {
      await assignWaiting(deps, tx, caller.requestId)
      return { onDuty, reassigned: 0 }
    }
    return {
      onDuty,
      reassigned: await handOverFilesOf(deps, tx, caller.actor.id, 'officer went off duty', caller.requestId),
    }
  })
}

/**
 * Files held by someone who can no longer act on them — deactivated, or no longer holding the
 * stage's role (an acting signer whose delegation ended or was withdrawn) — go back to the system's
 * assignment at once, so nothing stays parked where nobody can move it.
 */
export async function releaseUnfitHolders(
  deps: ApplicationsDeps,
  tx: Executor,
  requestId: string | null,
): Promise<number> {
  const acting = await deps.actingSigner(tx, officeDays(deps.office.timezone).dateOf(deps.clock.now()))
  let released = 0
  for (const held of await deps.applications.heldWithHolder(tx, deps.office.id)) {
    const stage = held.application.currentStage as StageKey
    const { definition } = (await deps.catalogue.pinnedDefinition(tx, held.application.serviceVersionId))!
    const role = definition.stages.find((s) => s.key === stage)?.role
    const fit =
      !held.holderDeactivated &&
      role !== undefined &&
      (held.holderRoles.includes(role) || (role === 'signer' && acting?.delegateId === held.application.assigneeId))
    if (fit) continue
    await handOver(deps, tx, held.application, 'holder can no longer act', requestId)
    released += 1
  }
  return released
}

/**
 * SPEC §5: a returned application not resubmitted within the catalogue's return limit expires, by
 * Pintu's own action, once the close of its last working day has passed.
 */
export async function expireOverdueReturns(
  deps: ApplicationsDeps,
  tx: Executor,
  requestId: string | null,
): Promise<number> {
  const overdue = await deps.applications.returnedDueBefore(
    tx,
    deps.office.id,
    officeDays(deps.office.timezone).dateOf(deps.clock.now()),
  )
  for (const app of overdue)
    await systemTransition(deps, tx, app, 'expire', { requestId, grounds: { dueDate: app.returnDueDate! } })
  return overdue.length
}
