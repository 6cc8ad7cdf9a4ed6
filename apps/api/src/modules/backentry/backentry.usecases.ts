import {
  officeDays,
  type BackEntry,
  type BackEntryStatus,
  type CreateBackEntryBody,
  type RejectBackEntryBody,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, fieldError, forbidden, notFound } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ApplicationsModule } from '../applications/applications.module.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { People } from '../identity/people.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { BackEntryRepository, BackEntryRow } from './backentry.repository.ts'

export interface BackEntryDeps {
  db: Db
  clock: Clock
  office: Office
  backEntries: BackEntryRepository
  changes: ChangeRecord
  people: Pick<People, 'find'>
  applications: Pick<ApplicationsModule, 'backEntry' | 'find'>
  /** The days of this office's declared closures (the continuity module): the only days paper is back-entered from. */
  closedDates(ex: Executor): Promise<string[]>
  /** Two accounts one of which set up the other are one person's reach (the identity module). */
  areRelated(ex: Executor, a: string, b: string): Promise<boolean>
}

/** Those who see every back-entry of the office; anyone else (a frontdesk officer) sees their own. */
const officeWide = ['supervisor', 'auditor']

async function officer(deps: BackEntryDeps, ex: Executor, id: string) {
  return { id, fullName: (await deps.people.find(ex, id))?.fullName ?? '' }
}

async function toBackEntry(deps: BackEntryDeps, ex: Executor, row: BackEntryRow): Promise<BackEntry> {
  const app = await deps.applications.find(ex, row.applicationId)
  return {
    id: row.id,
    applicationId: row.applicationId,
    serviceCode: app?.serviceCode ?? '',
    applicationKind: app?.applicationKind ?? '',
    paperReceiptNumber: row.paperReceiptNo,
    receivedOn: row.receivedOn,
    status: row.status,
    enteredBy: await officer(deps, ex, row.enteredBy),
    enteredAt: row.enteredAt.toISOString(),
    decidedBy: row.decidedBy ? await officer(deps, ex, row.decidedBy) : null,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    rejectionReason: row.rejectionReason,
    registrationNo: row.status === 'approved' ? (app?.registrationNo ?? null) : null,
    expectedCompletionDate: row.status === 'approved' ? (app?.expectedCompletionDate ?? null) : null,
  }
}

/**
 * Enters a paper application from a closure: pending until a second officer decides. Only a day the office
 * was declared closed, never a future one; a receipt number only once (unless its entry was rejected).
 */
export async function enterBackEntry(
  deps: BackEntryDeps,
  body: CreateBackEntryBody,
  caller: Caller,
): Promise<BackEntry> {
  const now = deps.clock.now()
  if (body.receivedOn > officeDays(deps.office.timezone).dateOf(now))
    throw fieldError('/receivedOn', 'backentry.future_date')
  const paperReceiptNo = body.paperReceiptNumber.toUpperCase()
  return deps.db.transaction(async (tx) => {
    if (!(await deps.closedDates(tx)).includes(body.receivedOn))
      throw fieldError('/receivedOn', 'backentry.not_in_closure')
    const draft = await deps.applications.backEntry.draft(tx, {
      applicationId: body.applicationId,
      version: body.version,
      officerId: caller.actor.id,
    })
    const row = await deps.backEntries.insert(tx, {
      officeId: deps.office.id,
      applicationId: draft.id,
      applicationVersion: draft.version,
      paperReceiptNo,
      receivedOn: body.receivedOn,
      status: 'pending',
      enteredBy: caller.actor.id,
      enteredAt: now,
    })
    if (!row) {
      const used = await deps.backEntries.findReceipt(tx, deps.office.id, paperReceiptNo)
      throw conflict(used && used.status !== 'rejected' ? 'backentry.receipt_used' : 'backentry.already_pending')
    }
    await deps.changes.record(tx, {
      action: 'backentry.entered',
      entity: { type: 'back_entry', id: row.id },
      applicationId: draft.id,
      actor: { id: caller.actor.id, role: 'frontdesk' },
      details: { number: paperReceiptNo, receivedOn: body.receivedOn, applicationVersion: draft.version },
      requestId: caller.requestId,
    })
    return toBackEntry(deps, tx, row)
  })
}

export async function listBackEntries(
  deps: BackEntryDeps,
  query: { status?: BackEntryStatus },
  caller: Caller,
): Promise<{ items: BackEntry[] }> {
  const all = caller.actor.roles.some((role) => officeWide.includes(role))
  const rows = await deps.backEntries.list(deps.db, deps.office.id, {
    status: query.status ?? 'pending',
    ...(!all && { enteredBy: caller.actor.id }),
  })
  const items: BackEntry[] = []
  for (const row of rows) items.push(await toBackEntry(deps, deps.db, row))
  return { items }
}

/**
 * Two-person control (SPEC §3): the pending entry, locked, decided by a second officer — never the one who
 * entered it, nor an account that one set up or was set up by (one person's reach, not two persons).
 */
async function decide<T>(
  deps: BackEntryDeps,
  id: string,
  caller: Caller,
  step: (tx: Executor, row: BackEntryRow) => Promise<T>,
): Promise<T> {
  return deps.db.transaction(async (tx) => {
    const row = await deps.backEntries.lock(tx, deps.office.id, id)
    if (!row) throw notFound('backentry.not_found')
    if (row.status !== 'pending') throw conflict('backentry.already_decided')
    if (row.enteredBy === caller.actor.id) throw forbidden('backentry.same_officer')
    if (await deps.areRelated(tx, row.enteredBy, caller.actor.id)) throw forbidden('backentry.related_officer')
    return step(tx, row)
  })
}

const supervisor = (caller: Caller) => ({ id: caller.actor.id, role: 'supervisor' })

/** The application now counts: submitted through the lifecycle as of its paper date. */
export async function approveBackEntry(deps: BackEntryDeps, id: string, caller: Caller): Promise<BackEntry> {
  return decide(deps, id, caller, async (tx, row) => {
    const paperReceipt = { number: row.paperReceiptNo, receivedOn: row.receivedOn }
    const app = await deps.applications.backEntry.submit(tx, {
      applicationId: row.applicationId,
      version: row.applicationVersion,
      enteredBy: row.enteredBy,
      paperReceipt,
      approver: supervisor(caller),
      requestId: caller.requestId,
    })
    const decided = await deps.backEntries.decide(tx, row.id, {
      status: 'approved',
      decidedBy: caller.actor.id,
      decidedAt: deps.clock.now(),
      rejectionReason: null,
    })
    await deps.changes.record(tx, {
      action: 'backentry.approved',
      entity: { type: 'back_entry', id: row.id },
      applicationId: row.applicationId,
      actor: supervisor(caller),
      // A first submission always registers, so the number is there.
      details: { ...paperReceipt, enteredBy: row.enteredBy, registrationNo: app.registrationNo! },
      requestId: caller.requestId,
    })
    return toBackEntry(deps, tx, decided)
  })
}

/** It never counts; the draft stays with the officer who entered it, and its receipt number may be entered again. */
export async function rejectBackEntry(
  deps: BackEntryDeps,
  id: string,
  body: RejectBackEntryBody,
  caller: Caller,
): Promise<BackEntry> {
  return decide(deps, id, caller, async (tx, row) => {
    const decided = await deps.backEntries.decide(tx, row.id, {
      status: 'rejected',
      decidedBy: caller.actor.id,
      decidedAt: deps.clock.now(),
      rejectionReason: body.reason,
    })
    await deps.changes.record(tx, {
      action: 'backentry.rejected',
      entity: { type: 'back_entry', id: row.id },
      applicationId: row.applicationId,
      actor: supervisor(caller),
      // The reason is free text: it stays in the entry's own row, not in the public record.
      details: { number: row.paperReceiptNo, receivedOn: row.receivedOn, enteredBy: row.enteredBy },
      requestId: caller.requestId,
    })
    return toBackEntry(deps, tx, decided)
  })
}
