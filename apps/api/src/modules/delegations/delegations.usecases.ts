import { jakartaDate, mayActAsSigner, type CreateDelegationBody, type Delegation } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, fieldError, notFound } from '../../errors/app-error.ts'
import type { ApplicationsDeps, Caller } from '../applications/applications.deps.ts'
import { assignWaiting, releaseUnfitHolders } from '../applications/work.usecases.ts'
import type { DelegationsRepository } from './delegations.repository.ts'

export interface DelegationsDeps {
  applicationsDeps: ApplicationsDeps
  delegations: DelegationsRepository
}

/** The delegation in force on a Jakarta date (at most one: overlaps are refused). */
export async function activeDelegation(deps: DelegationsDeps, ex: Executor, date: string) {
  const [row] = await deps.delegations.overlapping(ex, deps.applicationsDeps.office.id, date, date)
  return row
}

export async function listDelegations(deps: DelegationsDeps): Promise<{ items: Delegation[] }> {
  const a = deps.applicationsDeps
  const rows = await deps.delegations.list(a.db, a.office.id)
  return {
    items: rows.map((r) => ({
      id: r.delegation.id, kind: r.delegation.kind, delegateId: r.delegation.delegateId, delegateName: r.delegateName, startsOn: r.delegation.startsOn,
      endsOn: r.delegation.endsOn, reason: r.delegation.reason, createdBy: r.createdByName, createdAt: r.delegation.createdAt.toISOString(),
      revokedAt: r.delegation.revokedAt?.toISOString() ?? null,
    })),
  }
}

/** Grants signing to an acting official for a window that starts today or later and overlaps no other. */
export async function createDelegation(deps: DelegationsDeps, body: CreateDelegationBody, caller: Caller): Promise<Delegation> {
  const a = deps.applicationsDeps
  const today = jakartaDate(a.clock.now())
  if (body.startsOn < today) throw fieldError('/startsOn', 'delegations.backdated')
  if (body.endsOn < body.startsOn) throw fieldError('/endsOn', 'delegations.ends_before_start')
  const id = await a.db.transaction(async (tx) => {
    const official = await a.identity.findById(tx, body.delegateId)
    if (!official || official.kind !== 'officer' || official.officeId !== a.office.id) {
      throw fieldError('/delegateId', 'delegations.unknown_delegate')
    }
    // A delegate who could not sign, or is not at work, would park every file sent to them.
    if (official.id === caller.actor.id || official.deactivatedAt || !official.onDuty || !mayActAsSigner(official.roles)) {
      throw fieldError('/delegateId', 'delegations.delegate_not_eligible')
    }
    if ((await deps.delegations.overlapping(tx, a.office.id, body.startsOn, body.endsOn)).length) throw conflict('delegations.overlap')
    const row = await deps.delegations.insert(tx, { officeId: a.office.id, ...body, createdBy: caller.actor.id, createdAt: a.clock.now() })
    await a.audit.append(tx, { officeId: a.office.id, occurredAt: a.clock.now(), actorId: caller.actor.id, action: 'delegation.granted', entityType: 'delegation', entityId: row.id, details: { ...body }, requestId: caller.requestId })
    // Signing files waiting for someone eligible can go to the acting official at once.
    if (body.startsOn === today) await assignWaiting(a, tx, caller.requestId)
    return row.id
  })
  return (await listDelegations(deps)).items.find((d) => d.id === id)!
}

/** Withdraws a delegation; files the delegate holds for signing go back to the system's assignment at once. */
export async function revokeDelegation(deps: DelegationsDeps, id: string, caller: Caller): Promise<Delegation> {
  const a = deps.applicationsDeps
  await a.db.transaction(async (tx) => {
    const row = await deps.delegations.revoke(tx, a.office.id, id, caller.actor.id, a.clock.now())
    if (!row) throw notFound('delegations.not_found')
    await a.audit.append(tx, { officeId: a.office.id, occurredAt: a.clock.now(), actorId: caller.actor.id, action: 'delegation.revoked', entityType: 'delegation', entityId: id, details: {}, requestId: caller.requestId })
    await releaseUnfitHolders(a, tx, caller.requestId)
  })
  return (await listDelegations(deps)).items.find((d) => d.id === id)!
}

/** Withdraws every delegation to an officer who can no longer act (deactivated); the system withdraws it. */
export async function withdrawDelegationsTo(deps: DelegationsDeps, tx: Executor, officerId: string, requestId: string): Promise<void> {
  const a = deps.applicationsDeps
  for (const row of await deps.delegations.toDelegate(tx, a.office.id, officerId)) {
    await deps.delegations.revoke(tx, a.office.id, row.id, null, a.clock.now())
    await a.audit.append(tx, { officeId: a.office.id, occurredAt: a.clock.now(), actorId: null, action: 'delegation.revoked', entityType: 'delegation', entityId: row.id, details: { reason: 'delegate deactivated' }, requestId })
  }
}
