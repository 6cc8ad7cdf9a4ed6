import {
  needsSecondAdmin,
  type CreatedOfficer,
  type CreateOfficerBody,
  type Officer,
  type OfficerList,
  type OfficerRole,
  type RoleGrant,
  type RoleGrantList,
} from '@pintu/contract'
import { randomBytes } from 'node:crypto'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, forbidden, notFound } from '../../errors/app-error.ts'
import { toOfficer } from './identity.mappers.ts'
import type { RoleGrantRow, UserRow } from './identity.repository.ts'
import type { IdentityDeps, RequestContext } from './identity.usecases.ts'
import { hashPassword } from './password-hashing.ts'

export interface OfficersDeps extends IdentityDeps {
  /** Gives an officer's open files to others by the assignment rule (the applications module); returns how many. */
  handOverFilesOf(tx: Executor, officerId: string, requestId: string): Promise<number>
  /** Withdraws signing delegations to an officer who can no longer act (the delegations module). */
  withdrawDelegationsTo(tx: Executor, officerId: string, requestId: string): Promise<void>
}

type Actor = { actorId: string; requestId: string }

const normalizeEmail = (email: string) => email.trim().toLowerCase()
const splitRoles = (roles: readonly OfficerRole[]) => ({
  now: roles.filter((role) => !needsSecondAdmin(role)),
  later: roles.filter((role) => needsSecondAdmin(role)),
})

async function officerView(deps: OfficersDeps, ex: Executor, user: UserRow): Promise<Officer> {
  const pending = (await deps.identity.openRoleGrantsOf(ex, user.id)).flatMap((grant) => grant.roles as OfficerRole[])
  return toOfficer(user, [...new Set(pending)])
}

async function findOfficer(deps: OfficersDeps, ex: Executor, id: string): Promise<UserRow> {
  const user = await deps.identity.findById(ex, id)
  if (!user || user.kind !== 'officer' || user.officeId !== deps.office.id) throw notFound('officers.not_found')
  return user
}

/** Asks for roles under a two-person rule; nothing changes until a second admin approves. */
async function askForRoles(deps: OfficersDeps, tx: Executor, officerId: string, roles: OfficerRole[], ctx: Actor) {
  const grant = await deps.identity.insertRoleGrant(tx, {
    officeId: deps.office.id,
    userId: officerId,
    roles,
    requestedBy: ctx.actorId,
    requestedAt: deps.clock.now(),
  })
  await deps.changes.record(tx, {
    action: 'identity.roles_requested',
    entity: { type: 'user', id: officerId },
    actor: { id: ctx.actorId, role: 'admin' },
    details: { grantId: grant.id, roles },
    requestId: ctx.requestId,
  })
}

/**
 * Officers get a random initial password, shown once to the admin to hand over in person. Roles
 * under a two-person rule are only asked for: one admin alone can never make a second admin or
 * a second treasurer to act as the other half of a rule.
 */
export async function createOfficer(
  deps: OfficersDeps,
  input: CreateOfficerBody,
  ctx: RequestContext,
): Promise<CreatedOfficer> {
  const email = normalizeEmail(input.email)
  const taken = await deps.identity.taken(deps.db, { email, employeeNumber: input.employeeNumber })
  if (taken.email) throw conflict('identity.email_taken')
  if (taken.employeeNumber) throw conflict('identity.employee_number_taken')
  const initialPassword = randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(initialPassword)
  const roles = splitRoles(input.roles)
  const actor = { actorId: ctx.actorId!, requestId: ctx.requestId }
  return deps.db.transaction(async (tx) => {
    const officer = await deps.identity.insert(tx, {
      officeId: deps.office.id,
      kind: 'officer',
      employeeNumber: input.employeeNumber,
      fullName: input.fullName.trim(),
      email,
      passwordHash,
      roles: roles.now,
      createdBy: actor.actorId,
    })
    await deps.changes.record(tx, {
      action: 'identity.officer_created',
      entity: { type: 'user', id: officer.id },
      actor: { id: actor.actorId, role: 'admin' },
      details: { roles: roles.now },
      requestId: ctx.requestId,
    })
    if (roles.later.length) await askForRoles(deps, tx, officer.id, roles.later, actor)
    return { officer: await officerView(deps, tx, officer), initialPassword }
  })
}

export async function listOfficers(deps: OfficersDeps): Promise<OfficerList> {
  const officers = await deps.identity.listOfficers(deps.db, deps.office.id)
  const grants = await deps.identity.listRoleGrants(deps.db, deps.office.id, 500)
  const pending = (id: string) => [
    ...new Set(grants.filter((g) => g.userId === id && !g.decidedAt).flatMap((g) => g.roles as OfficerRole[])),
  ]
  return { items: officers.map((officer) => toOfficer(officer, pending(officer.id))) }
}

/**
 * Sets an officer's roles: removals and ordinary roles at once, roles under a two-person rule by
 * request. Any change ends the officer's sessions, because their tokens carry the old roles.
 */
export async function setRoles(
  deps: OfficersDeps,
  officerId: string,
  wanted: OfficerRole[],
  ctx: Actor,
): Promise<Officer> {
  return deps.db.transaction(async (tx) => {
    const officer = await findOfficer(deps, tx, officerId)
    if (officer.deactivatedAt) throw conflict('officers.deactivated')
    // An admin never takes the admin role from themselves: so the last admin always stays.
    if (officerId === ctx.actorId && officer.roles.includes('admin') && !wanted.includes('admin'))
      throw conflict('officers.cannot_demote_self')
    const held = officer.roles as OfficerRole[]
    const kept = held.filter((role) => wanted.includes(role))
    const added = splitRoles(wanted.filter((role) => !held.includes(role)))
    const roles = [...kept, ...added.now]
    if (roles.length !== held.length || added.now.length) {
      await deps.identity.setRoles(tx, officerId, roles)
      if (!roles.includes('auditor')) await dropReadOffices(deps, tx, officer, ctx)
      await deps.identity.endAllSessions(tx, officerId, deps.clock.now())
      deps.sessions.forget(officerId)
      await deps.changes.record(tx, {
        action: 'identity.roles_changed',
        entity: { type: 'user', id: officerId },
        actor: { id: ctx.actorId, role: 'admin' },
        details: { from: held, to: roles },
        requestId: ctx.requestId,
      })
    }
    const alreadyAsked = new Set((await deps.identity.openRoleGrantsOf(tx, officerId)).flatMap((g) => g.roles))
    const ask = added.later.filter((role) => !alreadyAsked.has(role))
    if (ask.length) await askForRoles(deps, tx, officerId, ask, ctx)
    return officerView(deps, tx, (await deps.identity.findById(tx, officerId))!)
  })
}

/**
 * An officer who is no longer an auditor loses the reading rights over other offices the operator
 * gave: else an admin who gives the role back would widen the officer's reach alone.
 */
async function dropReadOffices(deps: OfficersDeps, tx: Executor, officer: UserRow, ctx: Actor) {
  if (!officer.readOffices?.length) return
  await deps.identity.setReadOffices(tx, officer.id, null)
  await deps.changes.record(tx, {
    action: 'identity.read_offices_set',
    entity: { type: 'user', id: officer.id },
    actor: { id: ctx.actorId, role: 'admin' },
    details: { from: officer.readOffices, to: [] },
    requestId: ctx.requestId,
  })
}

async function toRoleGrant(deps: OfficersDeps, ex: Executor, row: RoleGrantRow): Promise<RoleGrant> {
  const name = async (id: string | null) => (id ? ((await deps.identity.findById(ex, id))?.fullName ?? null) : null)
  return {
    id: row.id,
    officerId: row.userId,
    officerName: (await name(row.userId)) ?? '',
    roles: row.roles as OfficerRole[],
    requestedBy: (await name(row.requestedBy)) ?? '',
    requestedById: row.requestedBy,
    requestedAt: row.requestedAt.toISOString(),
    outcome: row.outcome,
    decidedBy: await name(row.decidedBy),
    decidedAt: row.decidedAt?.toISOString() ?? null,
  }
}

export async function listRoleGrants(deps: OfficersDeps): Promise<RoleGrantList> {
  const rows = await deps.identity.listRoleGrants(deps.db, deps.office.id, 100)
  const items: RoleGrant[] = []
  // One after the other: a small list, and each name is a lookup on the same connection.
  for (const row of rows) items.push(await toRoleGrant(deps, deps.db, row))
  return { items }
}

/**
 * The second admin's decision. Nobody within one person's reach may approve: not the admin who
 * asked, not the officer concerned, and no account one of them created or approved roles for.
 */
export async function decideRoleGrant(
  deps: OfficersDeps,
  id: string,
  outcome: 'approved' | 'refused',
  ctx: Actor,
): Promise<RoleGrant> {
  return deps.db.transaction(async (tx) => {
    const grant = await deps.identity.lockOpenRoleGrant(tx, deps.office.id, id)
    if (!grant) throw notFound('officers.grant_not_found')
    if (outcome === 'approved') {
      const related =
        (await deps.identity.areRelated(tx, ctx.actorId, grant.requestedBy)) ||
        (await deps.identity.areRelated(tx, ctx.actorId, grant.userId))
      if (related) throw forbidden('officers.same_admin')
    }
    const officer = await findOfficer(deps, tx, grant.userId)
    const now = deps.clock.now()
    await deps.identity.decideRoleGrant(tx, id, { decidedBy: ctx.actorId, decidedAt: now, outcome })
    if (outcome === 'approved') {
      if (officer.deactivatedAt) throw conflict('officers.deactivated')
      await deps.identity.setRoles(tx, officer.id, [...new Set([...officer.roles, ...grant.roles])])
      await deps.identity.endAllSessions(tx, officer.id, now)
      deps.sessions.forget(officer.id)
    }
    await deps.changes.record(tx, {
      action: outcome === 'approved' ? 'identity.roles_approved' : 'identity.roles_refused',
      entity: { type: 'user', id: officer.id },
      actor: { id: ctx.actorId, role: 'admin' },
      details: { grantId: id, roles: grant.roles as OfficerRole[], requestedBy: grant.requestedBy },
      requestId: ctx.requestId,
    })
    return toRoleGrant(deps, tx, (await deps.identity.findRoleGrant(tx, deps.office.id, id))!)
  })
}

/**
 * Deactivation takes effect at once: every session ends, the account cannot log in, its open files
 * go back to the system's assignment and any signing delegation to it is withdrawn.
 */
export async function deactivateOfficer(deps: OfficersDeps, officerId: string, reason: string, ctx: Actor) {
  // The caller is an active admin, so refusing oneself also means the last admin is never deactivated.
  if (officerId === ctx.actorId) throw new AppError('officers.cannot_deactivate_self')
  return deps.db.transaction(async (tx) => {
    const officer = await findOfficer(deps, tx, officerId)
    if (officer.deactivatedAt) throw conflict('officers.deactivated')
    const now = deps.clock.now()
    const deactivated = (await deps.identity.deactivate(tx, officerId, ctx.actorId, now))!
    await deps.identity.endAllSessions(tx, officerId, now)
    deps.sessions.forget(officerId)
    await deps.changes.record(tx, {
      action: 'identity.officer_deactivated',
      entity: { type: 'user', id: officerId },
      actor: { id: ctx.actorId, role: 'admin' },
      details: { reason },
      requestId: ctx.requestId,
    })
    await deps.withdrawDelegationsTo(tx, officerId, ctx.requestId)
    const handedOver = await deps.handOverFilesOf(tx, officerId, ctx.requestId)
    return { officer: await officerView(deps, tx, deactivated), handedOver }
  })
}
