import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { offices } from '../offices/offices.table.ts'
import { knownLoginAddresses, loginThrottle, refreshTokens, roleGrants, users } from './identity.table.ts'
import { checkThrottle, stateAfterFailure, type ThrottleLimits, type ThrottleVerdict } from './login-throttle.ts'

export type UserRow = typeof users.$inferSelect
export type NewUser = typeof users.$inferInsert
export type UserWithOffice = UserRow & { officeCode: string }
export type RoleGrantRow = typeof roleGrants.$inferSelect

/** The state of a key that never failed: no failures, long ago. */
const NEVER = new Date(0)

const userWithOffice = { user: users, officeCode: offices.code }

/** Queries only: the rules live in identity.usecases.ts. */
export function createIdentityRepository() {
  return {
    async findByEmail(ex: Executor, email: string): Promise<UserWithOffice | undefined> {
      const [row] = await ex
        .select(userWithOffice)
        .from(users)
        .innerJoin(offices, eq(offices.id, users.officeId))
        .where(eq(users.email, email))
      return row && { ...row.user, officeCode: row.officeCode }
    },

    /** Exact match only: the counter finds one walk-in applicant by the NIK on their KTP, never a list. */
    async findByNik(ex: Executor, nik: string): Promise<UserWithOffice | undefined> {
      const [row] = await ex
        .select(userWithOffice)
        .from(users)
        .innerJoin(offices, eq(offices.id, users.officeId))
        .where(eq(users.nik, nik))
      return row && { ...row.user, officeCode: row.officeCode }
    },

    async findById(ex: Executor, id: string): Promise<UserWithOffice | undefined> {
      const [row] = await ex
        .select(userWithOffice)
        .from(users)
        .innerJoin(offices, eq(offices.id, users.officeId))
        .where(eq(users.id, id))
      return row && { ...row.user, officeCode: row.officeCode }
    },

    async taken(ex: Executor, values: { email: string; nik?: string; employeeNumber?: string }) {
      const rows = await ex
        .select({ email: users.email, nik: users.nik, employeeNumber: users.employeeNumber })
        .from(users)
        .where(
          sql`${users.email} = ${values.email}
            or (${values.nik ?? null}::text is not null and ${users.nik} = ${values.nik ?? null})
            or (${values.employeeNumber ?? null}::text is not null and ${users.employeeNumber} = ${values.employeeNumber ?? null})`,
        )
      return {
        email: rows.some((r) => r.email === values.email),
        nik: values.nik !== undefined && rows.some((r) => r.nik === values.nik),
        employeeNumber:
          values.employeeNumber !== undefined && rows.some((r) => r.employeeNumber === values.employeeNumber),
      }
    },

    async insert(ex: Executor, values: NewUser): Promise<UserRow> {
      const [row] = await ex.insert(users).values(values).returning()
      return row!
    },

    async listOfficers(ex: Executor, officeId: string): Promise<UserRow[]> {
      return ex
        .select()
        .from(users)
        .where(and(eq(users.officeId, officeId), eq(users.kind, 'officer')))
        .orderBy(asc(users.fullName))
    },

    async insertRefreshToken(ex: Executor, values: typeof refreshTokens.$inferInsert): Promise<void> {
      await ex.insert(refreshTokens).values(values)
    },

    async findRefreshToken(ex: Executor, tokenHash: string) {
      const [row] = await ex.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, tokenHash))
      return row
    },

    /** Marks a token used; false when another request used it first (then it is a reuse). */
    async useRefreshToken(ex: Executor, id: string, at: Date): Promise<boolean> {
      const rows = await ex
        .update(refreshTokens)
        .set({ usedAt: at })
        .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt), isNull(refreshTokens.revokedAt)))
        .returning({ id: refreshTokens.id })
      return rows.length === 1
    },

    async revokeFamily(ex: Executor, familyId: string, at: Date): Promise<void> {
      await ex
        .update(refreshTokens)
        .set({ revokedAt: at })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
    },

    /**
     * Counts one login attempt against every key before its password is checked, or refuses it.
     * The rows stay locked until the caller's transaction ends, so parallel attempts on one key
     * are counted one after the other and each sees the others' failures.
     */
    async chargeLoginAttempt(
      tx: Executor,
      rules: { key: string; limits: ThrottleLimits }[],
      now: Date,
    ): Promise<ThrottleVerdict> {
      const keys = rules.map((r) => r.key).sort()
      await tx
        .insert(loginThrottle)
        .values(keys.map((key) => ({ key, failures: 0, lastFailureAt: NEVER })))
        .onConflictDoNothing()
      const rows = await tx
        .select()
        .from(loginThrottle)
        .where(inArray(loginThrottle.key, keys))
        .orderBy(asc(loginThrottle.key))
        .for('update')
      const states = new Map(rows.map((r) => [r.key, r]))
      for (const rule of rules) {
        const verdict = checkThrottle(states.get(rule.key), rule.limits, now)
        if (!verdict.allowed) return verdict
      }
      for (const rule of rules) {
        const next = stateAfterFailure(states.get(rule.key), rule.limits, now)
        await tx.update(loginThrottle).set(next).where(eq(loginThrottle.key, rule.key))
      }
      return { allowed: true }
    },

    async clearThrottle(ex: Executor, keys: string[]): Promise<void> {
      await ex.delete(loginThrottle).where(inArray(loginThrottle.key, keys))
    },

    async isKnownAddress(ex: Executor, userId: string, address: string, since: Date): Promise<boolean> {
      const [row] = await ex
        .select({ at: knownLoginAddresses.lastLoginAt })
        .from(knownLoginAddresses)
        .where(
          and(
            eq(knownLoginAddresses.userId, userId),
            eq(knownLoginAddresses.address, address),
            gt(knownLoginAddresses.lastLoginAt, since),
          ),
        )
      return row !== undefined
    },

    async rememberAddress(ex: Executor, userId: string, address: string, at: Date): Promise<void> {
      await ex
        .insert(knownLoginAddresses)
        .values({ userId, address, lastLoginAt: at })
        .onConflictDoUpdate({
          target: [knownLoginAddresses.userId, knownLoginAddresses.address],
          set: { lastLoginAt: at },
        })
    },

    /** Forgets login addresses and throttle rows nobody needs any more. */
    async purgeLoginRecords(ex: Executor, addressesBefore: Date, failuresBefore: Date): Promise<void> {
      await ex.delete(knownLoginAddresses).where(lt(knownLoginAddresses.lastLoginAt, addressesBefore))
      await ex
        .delete(loginThrottle)
        .where(
          and(
            lt(loginThrottle.lastFailureAt, failuresBefore),
            or(isNull(loginThrottle.lockedUntil), lt(loginThrottle.lockedUntil, failuresBefore)),
          ),
        )
    },

    /** What decides whether an access token still works: the account, its session version, its login family. */
    async sessionState(ex: Executor, userId: string, familyId: string) {
      const [row] = await ex
        .select({
          sessionVersion: users.sessionVersion,
          deactivated: sql<boolean>`${users.deactivatedAt} is not null`,
          familyRevoked: sql<boolean>`exists (select 1 from ${refreshTokens} where ${refreshTokens.familyId} = ${familyId} and ${refreshTokens.revokedAt} is not null)`,
        })
        .from(users)
        .where(eq(users.id, userId))
      return row
    },

    /** Ends every session of the account at once: its tokens carry the old version. */
    async endAllSessions(ex: Executor, userId: string, at: Date): Promise<void> {
      await ex
        .update(users)
        .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
        .where(eq(users.id, userId))
      await ex
        .update(refreshTokens)
        .set({ revokedAt: at })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)))
    },

    async setOnDuty(ex: Executor, userId: string, onDuty: boolean): Promise<void> {
      await ex.update(users).set({ onDuty }).where(eq(users.id, userId))
    },

    async setRoles(ex: Executor, userId: string, roles: string[]): Promise<void> {
      await ex.update(users).set({ roles }).where(eq(users.id, userId))
    },

    /** The other offices an auditor may read (province or office codes); null or empty: none. */
    async setReadOffices(ex: Executor, userId: string, readOffices: string[] | null): Promise<void> {
      await ex
        .update(users)
        .set({ readOffices: readOffices?.length ? readOffices : null })
        .where(eq(users.id, userId))
    },

    async deactivate(ex: Executor, userId: string, by: string, at: Date): Promise<UserRow | undefined> {
      const [row] = await ex
        .update(users)
        .set({ deactivatedAt: at, deactivatedBy: by, onDuty: false })
        .where(and(eq(users.id, userId), isNull(users.deactivatedAt)))
        .returning()
      return row
    },

    async insertRoleGrant(ex: Executor, values: typeof roleGrants.$inferInsert): Promise<RoleGrantRow> {
      const [row] = await ex.insert(roleGrants).values(values).returning()
      return row!
    },

    /** Locks an undecided grant for the rest of the transaction, so two admins cannot both decide it. */
    async lockOpenRoleGrant(ex: Executor, officeId: string, id: string): Promise<RoleGrantRow | undefined> {
      const [row] = await ex
        .select()
        .from(roleGrants)
        .where(and(eq(roleGrants.officeId, officeId), eq(roleGrants.id, id), isNull(roleGrants.decidedAt)))
        .for('update')
      return row
    },

    async findRoleGrant(ex: Executor, officeId: string, id: string): Promise<RoleGrantRow | undefined> {
      const [row] = await ex
        .select()
        .from(roleGrants)
        .where(and(eq(roleGrants.officeId, officeId), eq(roleGrants.id, id)))
      return row
    },

    async decideRoleGrant(
      ex: Executor,
      id: string,
      values: { decidedBy: string; decidedAt: Date; outcome: 'approved' | 'refused' },
    ): Promise<void> {
      await ex.update(roleGrants).set(values).where(eq(roleGrants.id, id))
    },

    async openRoleGrantsOf(ex: Executor, userId: string): Promise<RoleGrantRow[]> {
      return ex
        .select()
        .from(roleGrants)
        .where(and(eq(roleGrants.userId, userId), isNull(roleGrants.decidedAt)))
    },

    /** Undecided grants first, then the latest decisions. */
    async listRoleGrants(ex: Executor, officeId: string, limit: number): Promise<RoleGrantRow[]> {
      return ex
        .select()
        .from(roleGrants)
        .where(eq(roleGrants.officeId, officeId))
        .orderBy(sql`${roleGrants.decidedAt} is not null`, desc(roleGrants.requestedAt))
        .limit(limit)
    },

    /**
     * Whether two accounts are within one person's reach: one created the other or approved a role
     * grant for it, or one admin created both (and so knew both initial passwords). Such a pair
     * cannot be the two persons of a two-person rule.
     */
    async areRelated(ex: Executor, a: string, b: string): Promise<boolean> {
      if (a === b) return true
      const pair = await ex
        .select({ id: users.id, createdBy: users.createdBy })
        .from(users)
        .where(inArray(users.id, [a, b]))
      const creatorOf = (id: string) => pair.find((row) => row.id === id)?.createdBy ?? null
      if (creatorOf(a) === b || creatorOf(b) === a || (creatorOf(a) !== null && creatorOf(a) === creatorOf(b)))
        return true
      const [approved] = await ex
        .select({ id: roleGrants.id })
        .from(roleGrants)
        .where(
          and(
            eq(roleGrants.outcome, 'approved'),
            isNotNull(roleGrants.decidedBy),
            or(
              and(eq(roleGrants.userId, a), eq(roleGrants.decidedBy, b)),
              and(eq(roleGrants.userId, b), eq(roleGrants.decidedBy, a)),
            ),
          ),
        )
      return approved !== undefined
    },
  }
}
export type IdentityRepository = ReturnType<typeof createIdentityRepository>
