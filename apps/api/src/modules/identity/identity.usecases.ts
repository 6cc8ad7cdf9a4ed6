import {
  checkNik,
  normalizeMobileNumber,
  type LoginBody,
  type Me,
  type RegisterApplicantBody,
  type Session,
} from '@pintu/contract'
import { randomUUID } from 'node:crypto'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, invalidInput, type FieldProblem } from '../../errors/app-error.ts'
import { uniqueViolation } from '../../db/unique-violation.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { IdentityRepository, UserRow, UserWithOffice } from './identity.repository.ts'
import { readOfficesOf, toAccount, toMe } from './identity.mappers.ts'
import { accountLimits, addressLimits, KNOWN_ADDRESS_MS, pairLimits, throttleKeys } from './login-throttle.ts'
import { hashPassword, verifyPassword } from './password-hashing.ts'
import { checkPassword } from './password-policy.ts'
import type { SessionGuard } from './session-guard.ts'
import { hashToken, newRefreshToken, REFRESH_TOKEN_TTL_MS, type AccessClaims } from './tokens.ts'

export interface IdentityDeps {
  db: Db
  identity: IdentityRepository
  changes: ChangeRecord
  clock: Clock
  office: Office
  sessions: SessionGuard
  /** Signs a 15-minute access token and tells when it expires. */
  signAccessToken(claims: AccessClaims): { token: string; expiresAt: Date }
}

export interface RequestContext {
  requestId: string
  ip: string
  actorId?: string
}

const normalizeEmail = (email: string) => email.trim().toLowerCase()

export async function issueSession(
  deps: IdentityDeps,
  ex: Executor,
  user: UserWithOffice,
  familyId: string,
): Promise<Session> {
  const now = deps.clock.now()
  const refreshToken = newRefreshToken()
  const refreshTokenExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_TTL_MS)
  await deps.identity.insertRefreshToken(ex, {
    familyId,
    userId: user.id,
    tokenHash: hashToken(refreshToken),
    createdAt: now,
    expiresAt: refreshTokenExpiresAt,
  })
  const access = deps.signAccessToken({
    sub: user.id,
    kind: user.kind,
    roles: user.roles,
    office: user.officeCode,
    sv: user.sessionVersion,
    fam: familyId,
    // Signed, so another office's auth trusts it; changing it ends the sessions (auditor-offices.usecases.ts).
    ...(readOfficesOf(user).length && { reads: readOfficesOf(user) }),
  })
  return {
    accessToken: access.token,
    accessTokenExpiresAt: access.expiresAt.toISOString(),
    refreshToken,
    refreshTokenExpiresAt: refreshTokenExpiresAt.toISOString(),
    account: toAccount(user),
  }
}

/** The form's fields in the order the form shows them: the problems are answered in this order. */
const registrationFields = ['/nik', '/fullName', '/email', '/phone', '/password']

/**
 * Every problem of a registration at once: the schema's (handed over by the route) and, for each
 * field that passed it, the NIK, phone and password rules; a malformed email hides nothing.
 */
export function registrationProblems(
  deps: IdentityDeps,
  body: unknown,
  schemaProblems: FieldProblem[],
): FieldProblem[] {
  const input = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>
  const failed = new Set(schemaProblems.map((p) => p.field))
  const usable = (field: string) => !failed.has(`/${field}`) && typeof input[field] === 'string'
  // The schema says only "format" or "too long"; the answer says what is expected of the field.
  const expected: Record<string, FieldProblem['code']> = {
    '/email': 'email.invalid',
    '/nik': 'nik.format',
    '/phone': 'phone.invalid',
  }
  const problems: FieldProblem[] = schemaProblems.map((p) =>
    expected[p.field] && ['field.format', 'field.too_long', 'field.pattern'].includes(p.code)
      ? { ...p, code: expected[p.field]! }
      : p,
  )
  const nik = usable('nik') ? (input.nik as string).trim() : undefined
  if (nik !== undefined) {
    const nikCheck = checkNik(nik, deps.clock.now())
    if (!nikCheck.ok) problems.push({ field: '/nik', code: nikCheck.problem })
  }
  if (usable('phone') && !normalizeMobileNumber(input.phone as string))
    problems.push({ field: '/phone', code: 'phone.invalid' })
  if (usable('password')) {
    const email = usable('email') ? normalizeEmail(input.email as string) : undefined
    problems.push(...checkPassword(input.password as string, { email, nik }))
  }
  const rank = (field: string) => {
    const index = registrationFields.indexOf(field)
    return index === -1 ? registrationFields.length : index
  }
  return problems.sort((a, b) => rank(a.field) - rank(b.field))
}

export async function registerApplicant(
  deps: IdentityDeps,
  input: RegisterApplicantBody,
  ctx: RequestContext,
  schemaProblems: FieldProblem[] = [],
): Promise<Session> {
  const problems = registrationProblems(deps, input, schemaProblems)
  // With a problem the schema found, the body's shape is not known: the general code on top.
  if (schemaProblems.length) throw new AppError('request.invalid', { problems })
  if (problems.length) throw invalidInput(problems)
  return createApplicantAccount(deps, input, await hashPassword(input.password), async (tx, user) => {
    await deps.changes.record(tx, {
      action: 'identity.applicant_registered',
      entity: { type: 'user', id: user.id },
      actor: { id: user.id, role: 'applicant' },
      details: {},
      requestId: ctx.requestId,
    })
    return issueSession(deps, tx, { ...user, officeCode: deps.office.code }, randomUUID())
  })
}

/**
 * An applicant's account, from checked registration data: online or at the counter, the same
 * normalised email, NIK and phone, the same refusals of a taken email or NIK (also when two
 * registrations race past the check: the unique index decides, with the same codes), and the
 * caller's change recorded in the same transaction.
 */
export async function createApplicantAccount<T>(
  deps: IdentityDeps,
  input: { email: string; nik: string; phone: string; fullName: string },
  passwordHash: string,
  recorded: (tx: Executor, user: UserRow) => Promise<T>,
): Promise<T> {
  const email = normalizeEmail(input.email)
  const nik = input.nik.trim()
  const phone = normalizeMobileNumber(input.phone)!
  const taken = await deps.identity.taken(deps.db, { email, nik })
  if (taken.email) throw conflict('identity.email_taken')
  if (taken.nik) throw conflict('identity.nik_taken')
  return deps.db
    .transaction(async (tx) => {
      const user = await deps.identity.insert(tx, {
        officeId: deps.office.id,
        kind: 'applicant',
        nik,
        fullName: input.fullName.trim(),
        email,
        phone,
        passwordHash,
        roles: ['applicant'],
      })
      return recorded(tx, user)
    })
    .catch((error: unknown) => {
      const constraint = uniqueViolation(error)
      if (constraint === null) throw error
      throw conflict(constraint.includes('nik') ? 'identity.nik_taken' : 'identity.email_taken')
    })
}

export async function login(deps: IdentityDeps, input: LoginBody, ctx: RequestContext): Promise<Session> {
  const email = normalizeEmail(input.email)
  const now = deps.clock.now()
  const user = await deps.identity.findByEmail(deps.db, email)
  // The account-wide counter spares addresses its owner logs in from, so a stranger cannot slow them.
  const knownAddress = user
    ? await deps.identity.isKnownAddress(deps.db, user.id, ctx.ip, new Date(now.getTime() - KNOWN_ADDRESS_MS))
    : false
  const rules = [
    { key: throttleKeys.address(ctx.ip), limits: addressLimits },
    { key: throttleKeys.pair(email, ctx.ip), limits: pairLimits },
    ...(knownAddress ? [] : [{ key: throttleKeys.account(email), limits: accountLimits }]),
  ]
  const verdict = await deps.db.transaction((tx) => deps.identity.chargeLoginAttempt(tx, rules, now))
  if (!verdict.allowed) {
    const params = { seconds: verdict.retryAfterSeconds, minutes: Math.ceil(verdict.retryAfterSeconds / 60) }
    throw new AppError(verdict.code, { params, headers: { 'retry-after': String(verdict.retryAfterSeconds) } })
  }

  const passwordMatches = await verifyPassword(user?.passwordHash, input.password)
  if (!user || !passwordMatches || user.deactivatedAt) {
    if (user) {
      await deps.db.transaction((tx) =>
        deps.changes.record(tx, {
          action: 'identity.login_failed',
          entity: { type: 'user', id: user.id },
          actor: { id: null, role: 'public' },
          details: { deactivated: passwordMatches && user.deactivatedAt !== null },
          requestId: ctx.requestId,
        }),
      )
    }
    throw new AppError(passwordMatches && user?.deactivatedAt ? 'auth.account_deactivated' : 'auth.invalid_credentials')
  }
  return deps.db.transaction(async (tx) => {
    // Only this account's counters are cleared: the address's count across accounts stays.
    await deps.identity.clearThrottle(tx, [throttleKeys.pair(email, ctx.ip), throttleKeys.account(email)])
    await deps.identity.rememberAddress(tx, user.id, ctx.ip, now)
    if (user.kind === 'officer') {
      await deps.changes.record(tx, {
        action: 'identity.logged_in',
        entity: { type: 'user', id: user.id },
        actor: { id: user.id, role: user.roles.join('+') },
        details: {},
        requestId: ctx.requestId,
      })
    }
    return issueSession(deps, tx, user, randomUUID())
  })
}

export async function refreshSession(deps: IdentityDeps, refreshToken: string): Promise<Session> {
  const now = deps.clock.now()
  const row = await deps.identity.findRefreshToken(deps.db, hashToken(refreshToken))
  if (!row || row.expiresAt <= now) throw new AppError('auth.refresh_invalid')
  if (row.usedAt || row.revokedAt) {
    await deps.identity.revokeFamily(deps.db, row.familyId, now)
    throw new AppError(row.revokedAt && !row.usedAt ? 'auth.refresh_invalid' : 'auth.refresh_reused')
  }
  const session = await deps.db.transaction(async (tx) => {
    if (!(await deps.identity.useRefreshToken(tx, row.id, now))) return null
    const user = await deps.identity.findById(tx, row.userId)
    if (!user || user.deactivatedAt) throw new AppError('auth.refresh_invalid')
    return issueSession(deps, tx, user, row.familyId)
  })
  if (!session) {
    // Another request used this token between our read and our update: treat it as a reuse.
    await deps.identity.revokeFamily(deps.db, row.familyId, now)
    throw new AppError('auth.refresh_reused')
  }
  return session
}

/** Ends this login at once: its refresh tokens and every access token of its family stop working. */
export async function logout(deps: IdentityDeps, refreshToken: string): Promise<void> {
  const row = await deps.identity.findRefreshToken(deps.db, hashToken(refreshToken))
  if (!row) return
  await deps.identity.revokeFamily(deps.db, row.familyId, deps.clock.now())
  deps.sessions.forget(row.userId)
}

export async function getMe(deps: IdentityDeps, userId: string): Promise<Me> {
  const user = await deps.identity.findById(deps.db, userId)
  if (!user) throw new AppError('auth.unauthenticated')
  return toMe(user)
}
