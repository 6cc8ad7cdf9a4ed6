import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { accountCodes, recoveryThrottle, users } from './identity.table.ts'

export type AccountCodeRow = typeof accountCodes.$inferSelect
export type AccountCodePurpose = AccountCodeRow['purpose']

/** Queries only: the rules live in account-recovery.usecases.ts. */
export function createAccountCodesRepository() {
  return {
    /** Replaces the account's open code of this purpose (only the newest works) and stores the new one. */
    async replace(ex: Executor, values: typeof accountCodes.$inferInsert): Promise<void> {
      await ex
        .update(accountCodes)
        .set({ revokedAt: values.createdAt })
        .where(
          and(
            eq(accountCodes.userId, values.userId),
            eq(accountCodes.purpose, values.purpose),
            isNull(accountCodes.usedAt),
            isNull(accountCodes.revokedAt),
          ),
        )
      await ex.insert(accountCodes).values(values)
    },

    async findById(ex: Executor, id: string): Promise<AccountCodeRow | undefined> {
      const [row] = await ex.select().from(accountCodes).where(eq(accountCodes.id, id))
      return row
    },

    /** The account's open (unused, not replaced, not expired) code of a purpose, if any. */
    async findOpen(
      ex: Executor,
      userId: string,
      purposes: AccountCodePurpose[],
      now: Date,
    ): Promise<AccountCodeRow | undefined> {
      const [row] = await ex
        .select()
        .from(accountCodes)
        .where(
          and(
            eq(accountCodes.userId, userId),
            inArray(accountCodes.purpose, purposes),
            isNull(accountCodes.usedAt),
            isNull(accountCodes.revokedAt),
            gt(accountCodes.expiresAt, now),
          ),
        )
        .orderBy(sql`${accountCodes.createdAt} desc`)
        .limit(1)
      return row
    },

    /**
     * Marks the code used if nobody did first: the one atomic step that makes a code single-use
     * under concurrency (of 100 racing requests, one update matches the row).
     */
    async claim(ex: Executor, id: string, at: Date): Promise<boolean> {
      const rows = await ex
        .update(accountCodes)
        .set({ usedAt: at })
        .where(and(eq(accountCodes.id, id), isNull(accountCodes.usedAt), isNull(accountCodes.revokedAt)))
        .returning({ id: accountCodes.id })
      return rows.length === 1
    },

    /** Counts a wrong try; the code stops working at `maxAttempts`. Returns the tries so far. */
    async countFailure(ex: Executor, id: string, maxAttempts: number, at: Date): Promise<number> {
      const [row] = await ex
        .update(accountCodes)
        .set({
          failedAttempts: sql`${accountCodes.failedAttempts} + 1`,
          revokedAt: sql`case when ${accountCodes.failedAttempts} + 1 >= ${maxAttempts} then ${at.toISOString()}::timestamptz else ${accountCodes.revokedAt} end`,
        })
        .where(eq(accountCodes.id, id))
        .returning({ failedAttempts: accountCodes.failedAttempts })
      return row?.failedAttempts ?? maxAttempts
    },

    async setPassword(ex: Executor, userId: string, passwordHash: string): Promise<void> {
      await ex.update(users).set({ passwordHash }).where(eq(users.id, userId))
    },

    async setEmail(ex: Executor, userId: string, email: string): Promise<void> {
      await ex.update(users).set({ email }).where(eq(users.id, userId))
    },

    async setPhone(ex: Executor, userId: string, phone: string): Promise<void> {
      await ex.update(users).set({ phone }).where(eq(users.id, userId))
    },

    /**
     * Counts one request against each key's fixed window and says whether all are within their
     * limit, and if not, in how many seconds the fullest window ends. Counted even when refused.
     */
    async charge(
      ex: Executor,
      rules: { key: string; max: number; windowMs: number }[],
      now: Date,
    ): Promise<{ allowed: true } | { allowed: false; retryAfterSeconds: number }> {
      let retryAfterMs = 0
      for (const rule of [...rules].sort((a, b) => a.key.localeCompare(b.key))) {
        const windowStart = new Date(now.getTime() - rule.windowMs)
        const [row] = await ex
          .insert(recoveryThrottle)
          .values({ key: rule.key, windowStartedAt: now, count: 1 })
          .onConflictDoUpdate({
            target: recoveryThrottle.key,
            set: {
              count: sql`case when ${recoveryThrottle.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz then 1 else ${recoveryThrottle.count} + 1 end`,
              windowStartedAt: sql`case when ${recoveryThrottle.windowStartedAt} <= ${windowStart.toISOString()}::timestamptz then ${now.toISOString()}::timestamptz else ${recoveryThrottle.windowStartedAt} end`,
            },
          })
          .returning()
        if (row && row.count > rule.max)
          retryAfterMs = Math.max(retryAfterMs, row.windowStartedAt.getTime() + rule.windowMs - now.getTime())
      }
      return retryAfterMs > 0
        ? { allowed: false, retryAfterSeconds: Math.ceil(retryAfterMs / 1000) }
        : { allowed: true }
    },

    /** Housekeeping: windows long over. */
    async purgeThrottle(ex: Executor, before: Date): Promise<void> {
      await ex
        .delete(recoveryThrottle)
        .where(sql`${recoveryThrottle.windowStartedAt} < ${before.toISOString()}::timestamptz`)
    },
  }
}

export type AccountCodesRepository = ReturnType<typeof createAccountCodesRepository>
