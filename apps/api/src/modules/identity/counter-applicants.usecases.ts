import type { CounterApplicant, CounterRegisterBody } from '@pintu/contract'
import { randomBytes } from 'node:crypto'
import { invalidInput, notFound } from '../../errors/app-error.ts'
import type { ChangeActor } from '../changes/change-record.ts'
import { issuePasswordReset, type RecoveryDeps } from './account-recovery.usecases.ts'
import type { UserWithOffice } from './identity.repository.ts'
import { maskNik } from './identity.mappers.ts'
import { createApplicantAccount, registrationProblems, type IdentityDeps } from './identity.usecases.ts'
import { hashPassword } from './password-hashing.ts'

/** The frontdesk officer serving a walk-in applicant: the actor of every counter change. */
export interface CounterOfficer {
  officerId: string
  requestId: string
  ip: string
}

const officerActor = (ctx: CounterOfficer): ChangeActor => ({ id: ctx.officerId, role: 'frontdesk' })

const toCounterApplicant = (user: UserWithOffice, created: boolean): CounterApplicant => ({
  id: user.id,
  fullName: user.fullName,
  nikMasked: maskNik(user.nik ?? ''),
  created,
})

/**
 * Exact NIK match, never a search: the officer reads the NIK off the KTP in front of them. A found account is a read
 * of personal data (the name), so it is recorded; so is a miss (without the NIK), so an officer trying NIKs shows.
 */
export async function lookupByNik(deps: IdentityDeps, nik: string, ctx: CounterOfficer): Promise<CounterApplicant> {
  const user = await deps.identity.findByNik(deps.db, nik)
  // Applicants are national: one signed up at another office is found here too.
  if (!user || user.kind !== 'applicant' || user.deactivatedAt) {
    await deps.db.transaction((tx) =>
      deps.changes.record(tx, {
        action: 'identity.applicant_lookup_missed',
        entity: { type: 'user', id: ctx.officerId },
        actor: officerActor(ctx),
        details: {},
        requestId: ctx.requestId,
      }),
    )
    throw notFound('counter.applicant_not_found')
  }
  await deps.db.transaction((tx) =>
    deps.changes.record(tx, {
      action: 'identity.applicant_looked_up',
      entity: { type: 'user', id: user.id },
      actor: officerActor(ctx),
      details: {},
      requestId: ctx.requestId,
    }),
  )
  return toCounterApplicant(user, false)
}

/**
 * Creates a walk-in applicant's account with no usable password (the hash of 32 random bytes nobody keeps), then
 * sends them the ordinary password-reset link or code so they set their own: the counter never learns it.
 */
export async function registerAtCounter(
  deps: RecoveryDeps,
  input: CounterRegisterBody,
  ctx: CounterOfficer,
): Promise<CounterApplicant> {
  const problems = registrationProblems(deps, input, [])
  if (problems.length) throw invalidInput(problems)
  // No usable password: the applicant sets their own through the reset they are sent below.
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'))
  const user = await createApplicantAccount(deps, input, passwordHash, async (tx, row) => {
    await deps.changes.record(tx, {
      action: 'identity.applicant_registered_at_counter',
      entity: { type: 'user', id: row.id },
      actor: officerActor(ctx),
      details: { passwordChannel: input.passwordChannel },
      requestId: ctx.requestId,
    })
    return row
  })
  const withOffice = { ...user, officeCode: deps.office.code }
  await issuePasswordReset(deps, withOffice, input.passwordChannel, { requestId: ctx.requestId, ip: ctx.ip })
  return toCounterApplicant(withOffice, true)
}
