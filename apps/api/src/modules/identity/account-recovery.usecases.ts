import {
  isEmailAddress,
  normalizeMobileNumber,
  type Accepted,
  type ChangePasswordBody,
  type ContactChangeBody,
  type ContactChangeConfirmBody,
  type ContactChangeStarted,
  type Me,
  type PasswordResetCodeBody,
  type PasswordResetConfirmBody,
  type PasswordResetRequestBody,
  type Session,
} from '@pintu/contract'
import { createHash, randomBytes, randomInt, randomUUID, timingSafeEqual } from 'node:crypto'
import type { Executor } from '../../db/transaction.ts'
import { uniqueViolation } from '../../db/unique-violation.ts'
import { AppError, conflict, invalidInput, type FieldProblem } from '../../errors/app-error.ts'
import type { MailSender } from '../messaging/mail-sender.ts'
import type { SmsSender } from '../messaging/sms-sender.ts'
import type { AccountCodeRow, AccountCodesRepository } from './account-codes.repository.ts'
import { recoveryMessages } from './account-messages.ts'
import type { UserWithOffice } from './identity.repository.ts'
import { toMe } from './identity.mappers.ts'
import { issueSession, type IdentityDeps, type RequestContext } from './identity.usecases.ts'
import { hashPassword, verifyPassword } from './password-hashing.ts'
import { checkPassword } from './password-policy.ts'

export const RESET_LINK_TTL_MS = 30 * 60_000
export const CODE_TTL_MS = 15 * 60_000
/** Wrong tries a 6-digit code survives: 5 in 10⁶, with requests limited too (below). */
export const MAX_CODE_ATTEMPTS = 5
const HOUR = 60 * 60_000
/** Requests per window; counted per key whether or not an account has the address, so refusals tell nothing. */
export const recoveryLimits = {
  resetPerEmail: { max: 5, windowMs: HOUR },
  resetPerAddress: { max: 20, windowMs: HOUR },
  codePerAddress: { max: 30, windowMs: 15 * 60_000 },
  passwordChangePerAccount: { max: 10, windowMs: 15 * 60_000 },
  contactChangePerAccount: { max: 5, windowMs: HOUR },
}

export interface RecoveryDeps extends IdentityDeps {
  codes: AccountCodesRepository
  mail: MailSender
  sms: SmsSender
  /** Public address of the citizen site: the reset link opens its reset page. */
  publicUrl: string
  /** Told that a message could not be sent, with no address, token or code in it. */
  deliveryFailed(channel: 'email' | 'sms', purpose: string, error: unknown): void
}

type Channel = 'email' | 'sms'
const sha256 = (value: string) => createHash('sha256').update(value).digest('hex')
/** The stored form of a secret: bound to its row, so one hash cannot stand in for another row's. */
const secretHash = (id: string, secret: string) => sha256(`${id}:${secret}`)
/** Constant-time, so the time of a refusal does not tell how much of a guess was right. */
function secretMatches(row: AccountCodeRow, secret: string): boolean {
  const given = Buffer.from(secretHash(row.id, secret), 'hex')
  const stored = Buffer.from(row.secretHash, 'hex')
  return given.length === stored.length && timingSafeEqual(given, stored)
}
const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0')
const normalizeEmail = (email: string) => email.trim().toLowerCase()

async function charge(deps: RecoveryDeps, rules: { key: string; max: number; windowMs: number }[]) {
  const verdict = await deps.db.transaction((tx) => deps.codes.charge(tx, rules, deps.clock.now()))
  if (!verdict.allowed) {
    throw new AppError('rate_limited', { headers: { 'retry-after': String(verdict.retryAfterSeconds) } })
  }
}

/**
 * Sends after the answer, not before it: the time of the answer must not depend on whether a
 * message was sent (that would tell whether the account exists), nor wait on a slow mail server.
 */
function deliver(
  deps: RecoveryDeps,
  channel: Channel,
  purpose: string,
  to: string,
  text: { subject: string; body: string },
) {
  const sending =
    channel === 'email'
      ? deps.mail.send({ to, subject: text.subject, text: text.body })
      : deps.sms.send({ to, text: text.body })
  sending.catch((error: unknown) => deps.deliveryFailed(channel, purpose, error))
}

async function endSessionsAndSetPassword(deps: RecoveryDeps, tx: Executor, userId: string, password: string) {
  await deps.codes.setPassword(tx, userId, await hashPassword(password))
  await deps.identity.endAllSessions(tx, userId, deps.clock.now())
}

export async function requestPasswordReset(
  deps: RecoveryDeps,
  input: PasswordResetRequestBody,
  ctx: RequestContext,
): Promise<Accepted> {
  const email = normalizeEmail(input.email)
  await charge(deps, [
    { key: `reset:email:${sha256(email)}`, ...recoveryLimits.resetPerEmail },
    { key: `reset:ip:${ctx.ip}`, ...recoveryLimits.resetPerAddress },
  ])
  const user = await deps.identity.findByEmail(deps.db, email)
  await issuePasswordReset(deps, user, input.channel, ctx)
  return { accepted: true }
}

/**
 * Issues a reset link (email) or code (SMS) to the account's own address, recorded either way. Also how an account
 * made at the counter gets its first password: the applicant sets it, the officer never sees it.
 */
export async function issuePasswordReset(
  deps: RecoveryDeps,
  user: UserWithOffice | undefined,
  channel: Channel,
  ctx: RequestContext,
): Promise<void> {
  const input = { channel }
  const now = deps.clock.now()
  const to = user && !user.deactivatedAt ? (input.channel === 'email' ? user.email : user.phone) : null
  // The request is recorded under its own id either way, so neither the audit log nor the public
  // transparency log shows whether the email belongs to an account.
  const id = randomUUID()
  const secret = input.channel === 'email' ? randomBytes(32).toString('base64url') : newCode()
  await deps.db.transaction(async (tx) => {
    if (user && to) {
      await deps.codes.replace(tx, {
        id,
        officeId: user.officeId,
        userId: user.id,
        purpose: 'password_reset',
        channel: input.channel,
        secretHash: secretHash(id, secret),
        createdAt: now,
        expiresAt: new Date(now.getTime() + (input.channel === 'email' ? RESET_LINK_TTL_MS : CODE_TTL_MS)),
      })
    }
    await deps.changes.record(tx, {
      action: 'identity.password_reset_requested',
      entity: { type: 'account_code', id },
      actor: { id: null, role: 'public' },
      details: { channel: input.channel },
      requestId: ctx.requestId,
    })
  })
  if (user && to) {
    const text =
      input.channel === 'email'
        ? recoveryMessages.resetLink(`${deps.publicUrl.replace(/\/+$/, '')}/atur-ulang-sandi#token=${id}.${secret}`)
        : recoveryMessages.resetCode(secret)
    deliver(deps, input.channel, 'password_reset', to, text)
  }
}

/** The password rules that need no account (so a refusal tells nothing about one), then those that do. */
function passwordProblems(password: string, field: string, user?: UserWithOffice): FieldProblem[] {
  const personal = user ? { email: user.email, nik: user.nik ?? undefined } : {}
  return checkPassword(password, personal).map((problem) => ({ ...problem, field }))
}

export async function confirmPasswordReset(
  deps: RecoveryDeps,
  input: PasswordResetConfirmBody,
  ctx: RequestContext,
): Promise<void> {
  const [id, secret] = input.token.split('.') as [string, string]
  const row = await deps.codes.findById(deps.db, id)
  if (!row || row.purpose !== 'password_reset' || row.channel !== 'email' || !secretMatches(row, secret))
    throw new AppError('auth.reset_invalid')
  // Past this point the caller holds the real link: telling used from expired helps them, nobody else.
  if (row.usedAt) throw new AppError('auth.reset_used')
  if (row.revokedAt) throw new AppError('auth.reset_invalid')
  if (row.expiresAt <= deps.clock.now()) throw new AppError('auth.reset_expired')
  const user = await deps.identity.findById(deps.db, row.userId)
  if (!user || user.deactivatedAt) throw new AppError('auth.reset_invalid')
  const problems = passwordProblems(input.password, '/password', user)
  if (problems.length) throw invalidInput(problems)
  await completeReset(deps, row, user, input.password, ctx, 'auth.reset_used')
}

/** Claims the code (the one step that makes it single-use), sets the password, ends every session, records. */
async function completeReset(
  deps: RecoveryDeps,
  row: AccountCodeRow,
  user: UserWithOffice,
  password: string,
  ctx: RequestContext,
  lostRace: 'auth.reset_used' | 'auth.code_invalid',
) {
  await deps.db.transaction(async (tx) => {
    if (!(await deps.codes.claim(tx, row.id, deps.clock.now()))) throw new AppError(lostRace)
    await endSessionsAndSetPassword(deps, tx, row.userId, password)
    await deps.changes.record(tx, {
      action: 'identity.password_reset',
      entity: { type: 'user', id: row.userId },
      actor: { id: row.userId, role: user.roles.join('+') },
      details: { channel: row.channel, sessionsEnded: true },
      requestId: ctx.requestId,
    })
  })
  deps.sessions.forget(row.userId)
}

/** Counts a wrong code (in its own transaction: it must stay counted when the request fails). */
async function refuseCode(deps: RecoveryDeps, row: AccountCodeRow, ctx: RequestContext) {
  await deps.db.transaction(async (tx) => {
    const tries = await deps.codes.countFailure(tx, row.id, MAX_CODE_ATTEMPTS, deps.clock.now())
    const reason = tries >= MAX_CODE_ATTEMPTS ? 'too_many' : 'wrong'
    if (row.purpose === 'password_reset') {
      await deps.changes.record(tx, {
        action: 'identity.password_reset_refused',
        entity: { type: 'account_code', id: row.id },
        actor: { id: null, role: 'public' },
        details: { channel: row.channel, reason },
        requestId: ctx.requestId,
      })
    } else {
      await deps.changes.record(tx, {
        action: 'identity.contact_change_refused',
        entity: { type: 'account_code', id: row.id },
        actor: { id: row.userId, role: 'account' },
        details: { kind: row.purpose === 'email_change' ? 'email' : 'phone', reason },
        requestId: ctx.requestId,
      })
    }
  })
  throw new AppError('auth.code_invalid')
}

export async function confirmPasswordResetCode(
  deps: RecoveryDeps,
  input: PasswordResetCodeBody,
  ctx: RequestContext,
): Promise<void> {
  await charge(deps, [{ key: `code:ip:${ctx.ip}`, ...recoveryLimits.codePerAddress }])
  const generic = passwordProblems(input.password, '/password')
  if (generic.length) throw invalidInput(generic)
  const user = await deps.identity.findByEmail(deps.db, normalizeEmail(input.email))
  const row =
    user && !user.deactivatedAt
      ? await deps.codes.findOpen(deps.db, user.id, ['password_reset'], deps.clock.now())
      : undefined
  // No account, no code, or a link rather than a code: the same answer as a wrong code.
  if (!user || !row || row.channel !== 'sms') throw new AppError('auth.code_invalid')
  if (!secretMatches(row, input.code)) await refuseCode(deps, row, ctx)
  const problems = passwordProblems(input.password, '/password', user)
  if (problems.length) throw invalidInput(problems)
  await completeReset(deps, row, user, input.password, ctx, 'auth.code_invalid')
}

async function requireCurrentPassword(deps: RecoveryDeps, userId: string, password: string): Promise<UserWithOffice> {
  const user = await deps.identity.findById(deps.db, userId)
  if (!user || user.deactivatedAt) throw new AppError('auth.unauthenticated')
  if (!(await verifyPassword(user.passwordHash, password)))
    throw invalidInput([{ field: '/currentPassword', code: 'auth.wrong_password' }])
  return user
}

export async function changePassword(
  deps: RecoveryDeps,
  userId: string,
  input: ChangePasswordBody,
  ctx: RequestContext,
): Promise<Session> {
  await charge(deps, [{ key: `password:user:${userId}`, ...recoveryLimits.passwordChangePerAccount }])
  const user = await requireCurrentPassword(deps, userId, input.currentPassword)
  const problems = passwordProblems(input.newPassword, '/newPassword', user)
  if (problems.length) throw invalidInput(problems)
  const session = await deps.db.transaction(async (tx) => {
    await endSessionsAndSetPassword(deps, tx, userId, input.newPassword)
    await deps.changes.record(tx, {
      action: 'identity.password_changed',
      entity: { type: 'user', id: userId },
      actor: { id: userId, role: user.roles.join('+') },
      details: { sessionsEnded: true },
      requestId: ctx.requestId,
    })
    // Every other session ended with the raised session version; this one goes on with a new login.
    const current = await deps.identity.findById(tx, userId)
    return issueSession(deps, tx, current!, randomUUID())
  })
  deps.sessions.forget(userId)
  return session
}

export async function requestContactChange(
  deps: RecoveryDeps,
  userId: string,
  input: ContactChangeBody,
  ctx: RequestContext,
): Promise<ContactChangeStarted> {
  await charge(deps, [{ key: `contact:user:${userId}`, ...recoveryLimits.contactChangePerAccount }])
  const user = await requireCurrentPassword(deps, userId, input.currentPassword)
  let value: string
  if (input.kind === 'email') {
    value = normalizeEmail(input.value)
    if (!isEmailAddress(value)) throw invalidInput([{ field: '/value', code: 'email.invalid' }])
    if (value === user.email) throw invalidInput([{ field: '/value', code: 'auth.same_contact' }])
    if ((await deps.identity.taken(deps.db, { email: value })).email) throw conflict('identity.email_taken')
  } else {
    const phone = normalizeMobileNumber(input.value)
    if (!phone) throw invalidInput([{ field: '/value', code: 'phone.invalid' }])
    if (phone === user.phone) throw invalidInput([{ field: '/value', code: 'auth.same_contact' }])
    value = phone
  }
  const now = deps.clock.now()
  const id = randomUUID()
  const code = newCode()
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS)
  await deps.db.transaction(async (tx) => {
    await deps.codes.replace(tx, {
      id,
      officeId: user.officeId,
      userId,
      purpose: input.kind === 'email' ? 'email_change' : 'phone_change',
      channel: input.kind === 'email' ? 'email' : 'sms',
      secretHash: secretHash(id, code),
      newValue: value,
      createdAt: now,
      expiresAt,
    })
    await deps.changes.record(tx, {
      action: 'identity.contact_change_requested',
      entity: { type: 'account_code', id },
      actor: { id: userId, role: user.roles.join('+') },
      details: { kind: input.kind },
      requestId: ctx.requestId,
    })
  })
  deliver(deps, input.kind === 'email' ? 'email' : 'sms', 'contact_change', value, recoveryMessages.contactCode(code))
  return { kind: input.kind, sentTo: value, expiresAt: expiresAt.toISOString() }
}

export async function confirmContactChange(
  deps: RecoveryDeps,
  userId: string,
  input: ContactChangeConfirmBody,
  ctx: RequestContext,
): Promise<Me> {
  const purpose = input.kind === 'email' ? 'email_change' : 'phone_change'
  const row = await deps.codes.findOpen(deps.db, userId, [purpose], deps.clock.now())
  if (!row || !row.newValue) throw new AppError('auth.code_invalid')
  if (!secretMatches(row, input.code)) await refuseCode(deps, row, ctx)
  const before = await deps.identity.findById(deps.db, userId)
  const user = await deps.db
    .transaction(async (tx) => {
      if (!(await deps.codes.claim(tx, row.id, deps.clock.now()))) throw new AppError('auth.code_invalid')
      if (input.kind === 'email') await deps.codes.setEmail(tx, userId, row.newValue!)
      else await deps.codes.setPhone(tx, userId, row.newValue!)
      await deps.changes.record(tx, {
        action: 'identity.contact_changed',
        entity: { type: 'user', id: userId },
        actor: { id: userId, role: before?.roles.join('+') ?? 'applicant' },
        details: { kind: input.kind },
        requestId: ctx.requestId,
      })
      return deps.identity.findById(tx, userId)
    })
    .catch((error: unknown) => {
      // The new email was taken by another account between the request and now.
      if (uniqueViolation(error) !== null) throw conflict('identity.email_taken')
      throw error
    })
  // The old address hears of the change, so a change made by someone else does not go unnoticed.
  if (before) {
    const old = input.kind === 'email' ? before.email : before.phone
    if (old)
      deliver(
        deps,
        input.kind === 'email' ? 'email' : 'sms',
        'contact_changed',
        old,
        recoveryMessages.contactChanged(input.kind),
      )
  }
  return toMe(user!)
}
