import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { offices } from '../offices/offices.table.ts'
import { loginThrottle, refreshTokens, users } from './identity.table.ts'
import type { ThrottleState } from './login-throttle.ts'

export type UserRow = typeof users.$inferSelect
export type NewUser = typeof users.$inferInsert
export type UserWithOffice = UserRow & { officeCode: string }

const userWithOffice = { user: users, officeCode: offices.code }

/** Queries only: the rules live in identity.usecases.ts. */
export function createIdentityRepository() {
  return {
    async findByEmail(ex: Executor, email: string): Promise<UserWithOffice | undefined> {
      const [row] = await ex.select(userWithOffice).from(users).innerJoin(offices, eq(offices.id, users.officeId)).where(eq(users.email, email))
      return row && { ...row.user, officeCode: row.officeCode }
    },

    async findById(ex: Executor, id: string): Promise<UserWithOffice | undefined> {
      const [row] = await ex.select(userWithOffice).from(users).innerJoin(offices, eq(offices.id, users.officeId)).where(eq(users.id, id))
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
        employeeNumber: values.employeeNumber !== undefined && rows.some((r) => r.employeeNumber === values.employeeNumber),
      }
    },

    async insert(ex: Executor, values: NewUser): Promise<UserRow> {
      const [row] = await ex.insert(users).values(values).returning()
      return row!
    },

    async listOfficers(ex: Executor, officeId: string): Promise<UserRow[]> {
      return ex.select().from(users).where(and(eq(users.officeId, officeId), eq(users.kind, 'officer'))).orderBy(asc(users.fullName))
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
      await ex.update(refreshTokens).set({ revokedAt: at }).where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)))
    },

    async throttleStates(ex: Executor, keys: string[]): Promise<Map<string, ThrottleState>> {
      const rows = await ex.select().from(loginThrottle).where(inArray(loginThrottle.key, keys))
      return new Map(rows.map((r) => [r.key, { failures: r.failures, lastFailureAt: r.lastFailureAt, lockedUntil: r.lockedUntil }]))
    },

    async saveThrottleState(ex: Executor, key: string, state: ThrottleState): Promise<void> {
      await ex
        .insert(loginThrottle)
        .values({ key, ...state })
        .onConflictDoUpdate({ target: loginThrottle.key, set: { failures: state.failures, lastFailureAt: state.lastFailureAt, lockedUntil: state.lockedUntil } })
    },

    async clearThrottle(ex: Executor, key: string): Promise<void> {
      await ex.delete(loginThrottle).where(eq(loginThrottle.key, key))
    },
  }
}
export type IdentityRepository = ReturnType<typeof createIdentityRepository>
