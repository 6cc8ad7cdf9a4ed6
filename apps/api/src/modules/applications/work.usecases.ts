import { endOfJakartaDay, jakartaDate, workingDaysBetween, type ApplicationDetail, type Board, type Queue, type QueueItem, type ReassignBody, type StageKey } from '@pintu/contract'
import { eq } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { conflict, forbidden } from '../../errors/app-error.ts'
import { users } from '../identity/identity.table.ts'
import { detailOf, loadVisible } from './applications.access.ts'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import type { ApplicationRow } from './applications.repository.ts'
import { chooseOfficer, recordAssignment } from './stage-entry.ts'

/** Working days from now to the close of the due date; negative (days past) once it has passed. */
function daysLeft(dueDate: string | null, now: Date, nonWorking: ReadonlySet<string>): number | null {
  if (!dueDate) return null
  const due = endOfJakartaDay(dueDate)
  return due >= now ? workingDaysBetween(now, due, nonWorking) : -workingDaysBetween(due, now, nonWorking)
}

async function toQueueItem(deps: ApplicationsDeps, ex: Executor, app: ApplicationRow, today: string, assigneeName: string | null): Promise<QueueItem> {
  const { definition } = (await deps.applications.definitionOf(ex, app.serviceVersionId))!
  const nonWorking = await deps.nonWorkingDays.get(ex)
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
    overdue: app.stageDueDate !== null && app.stageDueDate < today,
    workingDaysLeft: daysLeft(app.stageDueDate, deps.clock.now(), nonWorking),
    assigneeName,
    version: app.version,
  }
}

export async function myQueue(deps: ApplicationsDeps, caller: Caller): Promise<Queue> {
  const today = jakartaDate(deps.clock.now())
  const [rows, me] = await Promise.all([deps.applications.assignedTo(deps.db, caller.actor.id), deps.identity.findById(deps.db, caller.actor.id)])
  return { onDuty: me?.onDuty ?? false, items: await Promise.all(rows.map((app) => toQueueItem(deps, deps.db, app, today, null))) }
}

export async function board(deps: ApplicationsDeps, query: { stage?: string; page?: number; pageSize?: number }): Promise<Board> {
  const today = jakartaDate(deps.clock.now())
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const [counts, held, reassignments] = await Promise.all([
    deps.applications.stageCounts(deps.db, deps.office.id, today),
    deps.applications.heldByOffice(deps.db, { officeId: deps.office.id, stage: query.stage, limit: pageSize, offset: (page - 1) * pageSize }),
    deps.applications.reassignmentCounts(deps.db, deps.office.id),
  ])
  return {
    stages: counts.map((c) => ({ stage: c.stage as Board['stages'][number]['stage'], count: c.count, overdue: c.overdue })),
    reassignments,
    items: await Promise.all(held.rows.map((r) => toQueueItem(deps, deps.db, r.application, today, r.assigneeName))),
    total: held.total,
    page,
    pageSize,
  }
}

/** Gives the current stage to another officer chosen by the system; `requestedBy` null means the system itself. */
async function handOver(deps: ApplicationsDeps, tx: Executor, app: ApplicationRow, p: { requestedBy: string | null; reason: string; requestId: string }) {
  const now = deps.clock.now()
  const { definition } = (await deps.applications.definitionOf(tx, app.serviceVersionId))!
  const stage = app.currentStage as StageKey
  const next = await chooseOfficer(deps, tx, app, definition, stage, app.assigneeId ? [app.assigneeId] : [])
  const updated = await deps.applications.updateIfVersion(tx, app.id, app.version, { assigneeId: next, updatedAt: now })
  if (!updated) throw conflict('applications.stale_version')
  await recordAssignment(deps, tx, { applicationId: app.id, stage, officerId: next, at: now, requestedBy: p.requestedBy ?? undefined, reason: p.reason })
  await deps.applications.insertEvent(tx, {
    applicationId: app.id, at: now, action: 'reassign', fromStatus: app.status, toStatus: app.status, actorId: p.requestedBy,
    actorRole: p.requestedBy ? 'supervisor' : 'system', stage: null, details: { reason: p.reason },
  })
  await deps.audit.append(tx, {
    officeId: deps.office.id, occurredAt: now, actorId: p.requestedBy, action: 'application.reassigned', entityType: 'application', entityId: app.id,
    details: { from: app.assigneeId, to: next, reason: p.reason }, requestId: p.requestId,
  })
  return updated
}

/**
 * Within this window after a supervisor reassigned a file, another reassignment of it needs another
 * supervisor: reassigning again and again would let one person steer a file to an officer of their
 * choice among few.
 */
export const REASSIGN_WINDOW_MS = 7 * 24 * 60 * 60_000

/** A supervisor may move a stage to another officer, with a reason; the system, not the supervisor, picks who. */
export async function reassign(deps: ApplicationsDeps, id: string, body: ReassignBody, caller: Caller): Promise<ApplicationDetail> {
  return deps.db.transaction(async (tx) => {
    const app = await loadVisible(deps, tx, id, caller.actor)
    if (!app.currentStage || !['submitted', 'admin_verification', 'technical_review', 'decision', 'signing'].includes(app.status)) throw conflict('applications.not_in_office')
    const since = new Date(deps.clock.now().getTime() - REASSIGN_WINDOW_MS)
    if ((await deps.applications.reassignedBySince(tx, app.id, since)).includes(caller.actor.id)) {
      throw forbidden('applications.reassign_needs_another_supervisor')
    }
    const updated = await handOver(deps, tx, app, { requestedBy: caller.actor.id, reason: body.reason, requestId: caller.requestId })
    if (!updated.assigneeId) throw conflict('applications.no_eligible_officer')
    return detailOf(deps, tx, updated, caller.actor)
  })
}

/**
 * Files waiting without an officer (none was on duty) get one as soon as one is. A file waiting
 * to start verification moves from `submitted` to `admin_verification` then.
 */
export async function assignWaiting(deps: ApplicationsDeps, tx: Executor, requestId: string): Promise<number> {
  let assigned = 0
  for (const app of await deps.applications.unassigned(tx, deps.office.id)) {
    const { definition } = (await deps.applications.definitionOf(tx, app.serviceVersionId))!
    const officer = await chooseOfficer(deps, tx, app, definition, app.currentStage as StageKey)
    if (!officer) continue
    const now = deps.clock.now()
    const status = app.status === 'submitted' ? 'admin_verification' : app.status
    const updated = await deps.applications.updateIfVersion(tx, app.id, app.version, { assigneeId: officer, status, updatedAt: now })
    if (!updated) continue
    await recordAssignment(deps, tx, { applicationId: app.id, stage: app.currentStage!, officerId: officer, at: now })
    if (status !== app.status) {
      await deps.applications.insertEvent(tx, { applicationId: app.id, at: now, action: 'assign', fromStatus: app.status, toStatus: status, actorId: null, actorRole: 'system', stage: null, details: {} })
    }
    await deps.audit.append(tx, { officeId: deps.office.id, occurredAt: now, actorId: null, action: 'application.assigned', entityType: 'application', entityId: app.id, details: { to: officer }, requestId })
    assigned += 1
  }
  return assigned
}

/** Going off duty hands every open file to another officer by the same rule; coming on duty picks up waiting files. */
export async function setDuty(deps: ApplicationsDeps, onDuty: boolean, caller: Caller): Promise<{ onDuty: boolean; reassigned: number }> {
  return deps.db.transaction(async (tx) => {
    await tx.update(users).set({ onDuty }).where(eq(users.id, caller.actor.id))
    await deps.audit.append(tx, { officeId: deps.office.id, occurredAt: deps.clock.now(), actorId: caller.actor.id, action: onDuty ? 'officer.on_duty' : 'officer.off_duty', entityType: 'user', entityId: caller.actor.id, details: {}, requestId: caller.requestId })
    if (onDuty) {
      await assignWaiting(deps, tx, caller.requestId)
      return { onDuty, reassigned: 0 }
    }
    return { onDuty, reassigned: await handOverFilesOf(deps, tx, caller.actor.id, 'officer went off duty', caller.requestId) }
  })
}

/** Gives every open file an officer holds to others by the assignment rule; returns how many. */
export async function handOverFilesOf(deps: ApplicationsDeps, tx: Executor, officerId: string, reason: string, requestId: string): Promise<number> {
  const held = await deps.applications.assignedTo(tx, officerId)
  for (const app of held) await handOver(deps, tx, app, { requestedBy: null, reason, requestId })
  return held.length
}

/**
 * Files held by someone who can no longer act on them — deactivated, or no longer holding the
 * stage's role (an acting signer whose delegation ended or was withdrawn) — go back to the system's
 * assignment at once, so nothing stays parked where nobody can move it.
 */
export async function releaseUnfitHolders(deps: ApplicationsDeps, tx: Executor, requestId: string): Promise<number> {
  const acting = await deps.actingSigner?.(tx, jakartaDate(deps.clock.now()))
  let released = 0
  for (const held of await deps.applications.heldWithHolder(tx, deps.office.id)) {
    const stage = held.application.currentStage as StageKey
    const { definition } = (await deps.applications.definitionOf(tx, held.application.serviceVersionId))!
    const role = definition.stages.find((s) => s.key === stage)?.role
    const fit = !held.holderDeactivated && role !== undefined && (held.holderRoles.includes(role) || (role === 'signer' && acting?.delegateId === held.application.assigneeId))
    if (fit) continue
    await handOver(deps, tx, held.application, { requestedBy: null, reason: 'holder can no longer act', requestId })
    released += 1
  }
  return released
}
