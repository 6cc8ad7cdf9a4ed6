import { mayActAsSigner, officeDays, type CreateDelegationBody, type Delegation } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, fieldError, notFound } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { ApplicationsModule } from '../applications/applications.module.ts'
import { SYSTEM, type ChangeActor, type ChangeRecord } from '../changes/change-record.ts'
import type { People } from '../identity/people.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { DelegationsRepository } from './delegations.repository.ts'

export interface DelegationsDeps {
  db: Db
  clock: Clock
  office: Office
  delegations: DelegationsRepository
  people: People
  changes: ChangeRecord
  applications: Pick<ApplicationsModule, 'assignWaiting' | 'releaseUnfitHolders'>
}

const signer = (caller: Caller): ChangeActor => ({ id: caller.actor.id, role: 'signer' })

/** The delegation in force on an office date (at most one: overlaps are refused). */
export async function activeDelegation(
  deps: Pick<DelegationsDeps, 'delegations' | 'office'>,
  ex: Executor,
  date: string,
) {
  const [row] = await deps.delegations.overlapping(ex, deps.office.id, date, date)
  return row
}

export async function listDelegations(deps: DelegationsDeps): Promise<{ items: Delegation[] }> {
  const rows = await deps.delegations.list(deps.db, deps.office.id)
  return {
    items: rows.map((r) => ({
      id: r.delegation.id,
      kind: r.delegation.kind,
      delegateId: r.delegation.delegateId,
      delegateName: r.delegateName,
      startsOn: r.delegation.startsOn,
      endsOn: r.delegation.endsOn,
      reason: r.delegation.reason,
      createdBy: r.createdByName,
      createdAt: r.delegation.createdAt.toISOString(),
      revokedAt: r.delegation.revokedAt?.toISOString() ?? null,
    })),
  }
}

/** Grants signing to an acting official for a window that starts today or later and overlaps no other. */
export async function createDelegation(
  deps: DelegationsDeps,
  body: CreateDelegationBody,
  caller: Caller,
): Promise<Delegation> {
  const today = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  if (body.startsOn < today) throw fieldError('/startsOn', 'delegations.backdated')
  if (body.endsOn < body.startsOn) throw fieldError('/endsOn', 'delegations.ends_before_start')
  const id = await deps.db.transaction(async (tx) => {
    const official = await deps.people.find(tx, body.delegateId)
    if (!official || official.kind !== 'officer' || official.officeId !== deps.office.id)
      throw fieldError('/delegateId', 'delegations.unknown_delegate')
    // A delegate who could not sign, or is not at work, would park every file sent to them.
    if (
      official.id === caller.actor.id ||
      official.deactivatedAt ||
      !official.onDuty ||
      !mayActAsSigner(official.roles)
    ) {
      throw fieldError('/delegateId', 'delegations.delegate_not_eligible')
    }
    if ((await deps.delegations.overlapping(tx, deps.office.id, body.startsOn, body.endsOn)).length)
      throw conflict('delegations.overlap')
    const row = await deps.delegations.insert(tx, {
      officeId: deps.office.id,
      ...body,
      createdBy: caller.actor.id,
      createdAt: deps.clock.now(),
    })
    await deps.changes.record(tx, {
      action: 'delegation.granted',
      entity: { type: 'delegation', id: row.id },
      actor: signer(caller),
      details: { ...body },
      requestId: caller.requestId,
    })
    // Signing files waiting for someone eligible can go to the acting official at once.
    if (body.startsOn === today) await deps.applications.assignWaiting(tx, caller.requestId)
    return row.id
  })
  return (await listDelegations(deps)).items.find((d) => d.id === id)!
}

/** Withdraws a delegation; files the delegate holds for signing go back to the system's assignment at once. */
export async function revokeDelegation(deps: DelegationsDeps, id: string, caller: Caller): Promise<Delegation> {
  await deps.db.transaction(async (tx) => {
    const row = await deps.delegations.revoke(tx, deps.office.id, id, caller.actor.id, deps.clock.now())
    if (!row) throw notFound('delegations.not_found')
    await deps.changes.record(tx, {
      action: 'delegation.revoked',
      entity: { type: 'delegation', id },
      actor: signer(caller),
      details: {},
      requestId: caller.requestId,
    })
    await deps.applications.releaseUnfitHolders(tx, caller.requestId)
  })
  return (await listDelegations(deps)).items.find((d) => d.id === id)!
}

/** Withdraws every delegation to an officer who can no longer act (deactivated); the system withdraws it. */
export async function withdrawDelegationsTo(
  deps: DelegationsDeps,
  tx: Executor,
  officerId: string,
  requestId: string,
): Promise<void> {
  for (const row of await deps.delegations.toDelegate(tx, deps.office.id, officerId)) {
    await deps.delegations.revoke(tx, deps.office.id, row.id, null, deps.clock.now())
    await deps.changes.record(tx, {
      action: 'delegation.revoked',
      entity: { type: 'delegation', id: row.id },
      actor: SYSTEM,
      details: { reason: 'delegate deactivated' },
      requestId,
    })
  }
}
