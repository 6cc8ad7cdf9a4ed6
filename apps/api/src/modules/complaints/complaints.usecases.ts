import {
  complaintStepsFrom,
  officeDays,
  type Complaint,
  type ComplaintFollowUp,
  type ComplaintStep,
  type ComplaintStepBody,
  type FileComplaintBody,
} from '@pintu/contract'
import { createHash, timingSafeEqual } from 'node:crypto'
import type { Actor } from '../../plugins/auth.ts'
import { randomCode } from '../../codes.ts'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, fieldError, forbidden, notFound } from '../../errors/app-error.ts'
import type { ChangeActor } from '../changes/change-record.ts'
import { complaintDeadlines, pauseLength } from './complaint-clock.ts'
import type { ComplaintsDeps } from './complaints.deps.ts'
import { toComplaint, toFollowUp } from './complaints.mappers.ts'
import type { ComplaintRow } from './complaints.repository.ts'

const NOT_A_HASH = '0'.repeat(64)
export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
export const followUpHash = (number: string, code: string) => sha256(`${number}:${code.toUpperCase()}`)

/** Who filed it: an account (applicant) or nobody known; an anonymous filer leaves no trace of who they are. */
export type Filer = { actor: Actor; requestId: string } | { actor: null; requestId: string }
export const ANONYMOUS: ChangeActor = { id: null, role: 'public' }

async function deadlines(deps: ComplaintsDeps, ex: Executor, row: ComplaintRow) {
  return complaintDeadlines(row, await deps.nonWorkingDays.calendar(ex), deps.clock.now())
}

/**
 * Files a complaint. The text is kept in the complaint's own rows; the recorded change carries its
 * SHA-256 only. An extortion report names no service and no registration number in the record, so
 * the public log cannot tip off the officer concerned.
 */
export async function fileComplaint(
  deps: ComplaintsDeps,
  body: FileComplaintBody,
  filer: Filer,
): Promise<{
  number: string
  followUpCode: string
  filedAt: string
  firstResponseDueDate: string
  resolutionDueDate: string
}> {
  if (body.subject === 'service' && !body.serviceCode)
    throw fieldError('/serviceCode', 'complaints.subject_detail_required')
  if (body.subject === 'application' && !body.registrationNo)
    throw fieldError('/registrationNo', 'complaints.subject_detail_required')
  if (body.pungli && body.subject !== 'officer_conduct') throw fieldError('/pungli', 'complaints.pungli_subject')
  if (body.serviceCode && !(await deps.catalogue.findType(deps.db, deps.office.id, body.serviceCode)))
    throw fieldError('/serviceCode', 'complaints.unknown_service')
  const now = deps.clock.now()
  const followUpCode = randomCode()
  const row = await deps.db.transaction(async (tx) => {
    const seq = await deps.complaints.nextNumber(tx)
    const number = `ADU-${officeDays(deps.office.timezone).dateOf(now).slice(0, 4)}-${String(seq).padStart(6, '0')}`
    const inserted = await deps.complaints.insert(tx, {
      officeId: deps.office.id,
      number,
      followUpCodeHash: followUpHash(number, followUpCode),
      complainantId: filer.actor?.id ?? null,
      category: body.category,
      subject: body.subject,
      serviceCode: body.serviceCode ?? null,
      registrationNo: body.registrationNo ?? null,
      pungli: body.pungli ?? false,
      status: 'awaiting_response',
      filedAt: now,
    })
    await deps.complaints.addMessage(tx, {
      complaintId: inserted.id,
      from: 'complainant',
      kind: 'complaint',
      text: body.description,
      at: now,
    })
    await deps.changes.record(tx, {
      action: 'complaint.filed',
      entity: { type: 'complaint', id: inserted.id },
      actor: filer.actor ? { id: filer.actor.id, role: 'applicant' } : ANONYMOUS,
      details: {
        number,
        category: body.category,
        subject: body.subject,
        anonymous: filer.actor === null,
        sha256: sha256(body.description),
      },
      requestId: filer.requestId,
    })
    return inserted
  })
  const d = await deadlines(deps, deps.db, row)
  return {
    number: row.number,
    followUpCode,
    filedAt: row.filedAt.toISOString(),
    firstResponseDueDate: d.firstResponseDueDate,
    resolutionDueDate: d.resolutionDueDate,
  }
}

/** The complaint a number and its code open; a wrong code and an unknown number answer alike, after the same work. */
export async function opened(deps: ComplaintsDeps, ex: Executor, number: string, code: string): Promise<ComplaintRow> {
  const row = await deps.complaints.byNumber(ex, deps.office.id, number)
  const expected = Buffer.from(row?.followUpCodeHash ?? NOT_A_HASH, 'hex')
  const given = Buffer.from(followUpHash(number, code), 'hex')
  if (!timingSafeEqual(expected, given) || !row) throw notFound('complaints.not_found')
  return row
}

export async function followUp(deps: ComplaintsDeps, number: string, code: string): Promise<ComplaintFollowUp> {
  const row = await opened(deps, deps.db, number, code)
  return toFollowUp(
    row,
    await deps.complaints.messages(deps.db, row.id),
    await deadlines(deps, deps.db, row),
    await deps.complaints.attachments(deps.db, row.id),
  )
}

/** The complainant answers; an answer to a request for information restarts the resolution clock. */
export async function reply(
  deps: ComplaintsDeps,
  number: string,
  body: { code: string; message: string },
  requestId: string,
): Promise<ComplaintFollowUp> {
  await deps.db.transaction(async (tx) => {
    const row = await opened(deps, tx, number, body.code)
    if (row.status === 'closed') throw conflict('complaints.closed')
    const now = deps.clock.now()
    const resumed = row.status === 'waiting_for_complainant' && row.pausedAt !== null
    const calendar = await deps.nonWorkingDays.calendar(tx)
    const updated = await deps.complaints.update(
      tx,
      row,
      resumed
        ? {
            status: 'in_progress',
            pausedAt: null,
            pausedDays: row.pausedDays + pauseLength(row.pausedAt!, now, calendar),
          }
        : {},
    )
    if (!updated) throw conflict('complaints.closed')
    await deps.complaints.addMessage(tx, {
      complaintId: row.id,
      from: 'complainant',
      kind: 'reply',
      text: body.message,
      at: now,
    })
    await deps.changes.record(tx, {
      action: 'complaint.replied',
      entity: { type: 'complaint', id: row.id },
      // Whoever holds the code, anonymous or not, answers as the public: the code is the credential.
      actor: ANONYMOUS,
      details: { sha256: sha256(body.message), resumed },
      requestId,
    })
  })
  return followUp(deps, number, body.code)
}

/**
 * Who handles a complaint: extortion reports go to the inspectorate (auditor) alone and are not even
 * visible to supervisors; the rest to supervisors, with the auditor reading everything (SPEC §3).
 */
function visible(row: ComplaintRow, actor: Actor): boolean {
  return actor.roles.includes('auditor') || (!row.pungli && actor.roles.includes('supervisor'))
}
function handlerRole(row: ComplaintRow, actor: Actor): 'auditor' | 'supervisor' | null {
  if (row.pungli) return actor.roles.includes('auditor') ? 'auditor' : null
  return actor.roles.includes('supervisor') ? 'supervisor' : null
}
const stepsFor = (row: ComplaintRow, actor: Actor): readonly ComplaintStep[] =>
  handlerRole(row, actor) ? complaintStepsFrom[row.status] : []

export async function loadVisible(deps: ComplaintsDeps, ex: Executor, id: string, actor: Actor): Promise<ComplaintRow> {
  const row = await deps.complaints.find(ex, deps.office.id, id)
  if (!row || !visible(row, actor)) throw notFound('complaints.not_found')
  return row
}

export async function queue(deps: ComplaintsDeps, actor: Actor): Promise<{ items: Complaint[] }> {
  const rows = await deps.complaints.queue(deps.db, deps.office.id, actor.roles.includes('auditor'))
  const calendar = await deps.nonWorkingDays.calendar(deps.db)
  const now = deps.clock.now()
  const items = rows.map((row) => toComplaint(row, [], complaintDeadlines(row, calendar, now), stepsFor(row, actor)))
  // Open ones by the date they must be resolved by; the closed ones after, as they came.
  const open = items
    .filter((c) => c.status !== 'closed')
    .sort((a, b) => a.resolutionDueDate.localeCompare(b.resolutionDueDate))
  return { items: [...open, ...items.filter((c) => c.status === 'closed')] }
}

export async function getComplaint(deps: ComplaintsDeps, id: string, actor: Actor): Promise<Complaint> {
  const row = await loadVisible(deps, deps.db, id, actor)
  return toComplaint(
    row,
    await deps.complaints.messages(deps.db, id),
    await deadlines(deps, deps.db, row),
    stepsFor(row, actor),
    await deps.complaints.attachments(deps.db, id),
  )
}

const stepMessage = { respond: 'response', request_info: 'info_request', forward: 'forward', close: 'closing' } as const

/** One step of the handler, recorded as one change, under a compare-and-set on the complaint's version. */
export async function takeStep(
  deps: ComplaintsDeps,
  id: string,
  body: ComplaintStepBody,
  caller: { actor: Actor; requestId: string },
): Promise<Complaint> {
  if (body.step === 'forward' && !body.forwardedTo)
    throw fieldError('/forwardedTo', 'complaints.forward_target_required')
  if (body.step === 'close' && !body.outcome) throw fieldError('/outcome', 'complaints.outcome_required')
  await deps.db.transaction(async (tx) => {
    const row = await loadVisible(deps, tx, id, caller.actor)
    const role = handlerRole(row, caller.actor)
    if (!role) throw forbidden('complaints.not_handler')
    if (!complaintStepsFrom[row.status].includes(body.step)) throw conflict('complaints.step_not_allowed')
    const now = deps.clock.now()
    const calendar = await deps.nonWorkingDays.calendar(tx)
    const firstRespondedAt = row.firstRespondedAt ?? now
    const pause = row.pausedAt
      ? { pausedAt: null, pausedDays: row.pausedDays + pauseLength(row.pausedAt, now, calendar) }
      : {}
    const values =
      body.step === 'close'
        ? { status: 'closed' as const, outcome: body.outcome!, closedAt: now, firstRespondedAt, ...pause }
        : body.step === 'request_info'
          ? { status: 'waiting_for_complainant' as const, pausedAt: now, firstRespondedAt }
          : {
              status: 'in_progress' as const,
              firstRespondedAt,
              ...(body.forwardedTo ? { forwardedTo: body.forwardedTo } : {}),
            }
    const updated = await deps.complaints.update(tx, row, values)
    if (!updated) throw new AppError('complaints.stale')
    await deps.complaints.addMessage(tx, {
      complaintId: id,
      from: 'office',
      kind: stepMessage[body.step],
      text: body.message,
      officerId: caller.actor.id,
      at: now,
    })
    const actor = { id: caller.actor.id, role }
    const entity = { type: 'complaint' as const, id }
    const hash = sha256(body.message)
    const common = { entity, actor, requestId: caller.requestId }
    if (body.step === 'respond')
      await deps.changes.record(tx, { ...common, action: 'complaint.responded', details: { sha256: hash } })
    else if (body.step === 'request_info')
      await deps.changes.record(tx, { ...common, action: 'complaint.info_requested', details: { sha256: hash } })
    else if (body.step === 'forward')
      await deps.changes.record(tx, {
        ...common,
        action: 'complaint.forwarded',
        details: { sha256: hash, forwardedToSha256: sha256(body.forwardedTo!) },
      })
    else {
      const d = complaintDeadlines(updated, calendar, now)
      await deps.changes.record(tx, {
        ...common,
        action: 'complaint.closed',
        details: {
          outcome: body.outcome!,
          sha256: hash,
          answeredOnTime: d.answeredOnTime!,
          resolvedOnTime: d.resolvedOnTime!,
        },
      })
    }
  })
  return getComplaint(deps, id, caller.actor)
}

/**
 * Arbitrary constant naming the complaint escalation job among PostgreSQL advisory locks. It was
 * the sequencer's key once, so either job skipped its round while the other ran (the keys are
 * checked distinct by db/advisory-lock.test.ts).
 */
const COMPLAINT_JOB_LOCK_KEY = 7_303_278

/**
 * The scheduled job: a complaint past its first-response or resolution date is flagged once for its
 * handlers (the queue shows it) and the escalation is a recorded change, so overdue complaints are
 * counted in the open. The lock keeps two API processes from doing it twice.
 */
export async function runComplaintEscalations(deps: ComplaintsDeps): Promise<{ escalated: number } | null> {
  return deps.db.transaction(async (tx) => {
    if (!(await deps.complaints.tryJobLock(tx, COMPLAINT_JOB_LOCK_KEY))) return null
    const now = deps.clock.now()
    const calendar = await deps.nonWorkingDays.calendar(tx)
    let escalated = 0
    for (const row of await deps.complaints.open(tx, deps.office.id)) {
      const d = complaintDeadlines(row, calendar, now)
      const due: { kind: 'first_response' | 'resolution'; dueDate: string }[] = []
      if (d.firstResponseOverdue && !row.firstResponseEscalatedAt)
        due.push({ kind: 'first_response', dueDate: d.firstResponseDueDate })
      if (d.resolutionOverdue && !row.resolutionEscalatedAt)
        due.push({ kind: 'resolution', dueDate: d.resolutionDueDate })
      if (due.length === 0) continue
      const updated = await deps.complaints.update(tx, row, {
        ...(due.some((e) => e.kind === 'first_response') ? { firstResponseEscalatedAt: now } : {}),
        ...(due.some((e) => e.kind === 'resolution') ? { resolutionEscalatedAt: now } : {}),
      })
      if (!updated) continue
      for (const e of due) {
        await deps.changes.record(tx, {
          action: 'complaint.escalated',
          entity: { type: 'complaint', id: row.id },
          actor: { id: null, role: 'system' },
          details: e,
          requestId: null,
        })
        escalated += 1
      }
    }
    return { escalated }
  })
}
