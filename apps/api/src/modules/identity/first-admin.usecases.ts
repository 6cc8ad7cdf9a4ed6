import { CreateOfficerBodySchema } from '@pintu/contract'
import { randomBytes } from 'node:crypto'
import { Value } from 'typebox/value'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import { advisoryXactLock } from '../../db/advisory-lock.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { IdentityRepository, UserRow } from './identity.repository.ts'
import { hashPassword } from './password-hashing.ts'

/** Arbitrary constant naming the first-admin step among PostgreSQL advisory locks: one at a time. */
const FIRST_ADMIN_LOCK_KEY = 7_303_282

export interface FirstAdminDeps {
  db: Db
  identity: IdentityRepository
  changes: ChangeRecord
  clock: Clock
  office: Office
}

export interface FirstAdminInput {
  email: string
  fullName: string
  /** NIP, 18 digits, as for every officer. */
  employeeNumber: string
}

export type FirstAdminOutcome =
  | { created: true; admin: UserRow; initialPassword: string }
  | { created: false; reason: 'invalid_input'; fields: string[] }
  | { created: false; reason: 'admin_exists' | 'email_taken' | 'employee_number_taken' }

/**
 * An office's first admin, made by the installation's operator (`pnpm office:admin`): officer
 * administration needs an admin of the same office, so a newly served office has no other way to
 * get one. Refused once the office has an active admin, so the command can never be a back door
 * around the two-person rule for a second admin; a lost admin password is recovered by the admin
 * (password reset) or a second admin instead. The password is random, returned to be shown once,
 * and recorded nowhere but as its hash; the creation is recorded like an admin's officer creation,
 * with the operator (no account) as the actor.
 */
export async function createFirstAdmin(deps: FirstAdminDeps, input: FirstAdminInput): Promise<FirstAdminOutcome> {
  const body = {
    email: input.email.trim().toLowerCase(),
    fullName: input.fullName.trim(),
    employeeNumber: input.employeeNumber.trim(),
    roles: ['admin'],
  }
  // The same rules as an officer created by an admin (the contract's schema).
  const problems = [...Value.Errors(CreateOfficerBodySchema, body)].map((error) => error.instancePath.slice(1))
  if (problems.length) return { created: false, reason: 'invalid_input', fields: [...new Set(problems)] }
  const initialPassword = randomBytes(12).toString('base64url')
  const passwordHash = await hashPassword(initialPassword)
  return deps.db.transaction(async (tx): Promise<FirstAdminOutcome> => {
    // Two operators running the command at once: the second waits, then finds the first's admin.
    await advisoryXactLock(tx, FIRST_ADMIN_LOCK_KEY)
    const officers = await deps.identity.listOfficers(tx, deps.office.id)
    if (officers.some((officer) => officer.roles.includes('admin') && !officer.deactivatedAt))
      return { created: false, reason: 'admin_exists' }
    const taken = await deps.identity.taken(tx, { email: body.email, employeeNumber: body.employeeNumber })
    if (taken.email) return { created: false, reason: 'email_taken' }
    if (taken.employeeNumber) return { created: false, reason: 'employee_number_taken' }
    const admin = await deps.identity.insert(tx, {
      officeId: deps.office.id,
      kind: 'officer',
      employeeNumber: body.employeeNumber,
      fullName: body.fullName,
      email: body.email,
      passwordHash,
      roles: ['admin'],
      createdAt: deps.clock.now(),
    })
    await deps.changes.record(tx, {
      action: 'identity.officer_created',
      entity: { type: 'user', id: admin.id },
      actor: { id: null, role: 'operator' },
      details: { roles: ['admin'], firstAdmin: true },
      requestId: null,
    })
    return { created: true, admin, initialPassword }
  })
}
