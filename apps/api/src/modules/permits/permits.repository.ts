import { eq, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { permitCounters, permits } from './permits.table.ts'

export type PermitRow = typeof permits.$inferSelect

export function createPermitsRepository() {
  return {
    /** The next number of the year; the row lock it takes holds until the signing transaction ends. */
    async nextSequence(ex: Executor, officeId: string, year: number): Promise<number> {
      const [row] = await ex
        .insert(permitCounters)
        .values({ officeId, year, lastSequence: 1 })
        .onConflictDoUpdate({
          target: [permitCounters.officeId, permitCounters.year],
          set: { lastSequence: sql`${permitCounters.lastSequence} + 1` },
        })
        .returning({ sequence: permitCounters.lastSequence })
      return row!.sequence
    },
    async insert(ex: Executor, values: typeof permits.$inferInsert): Promise<PermitRow> {
      const [row] = await ex.insert(permits).values(values).returning()
      return row!
    },
    async byNumber(ex: Executor, number: string): Promise<PermitRow | undefined> {
      const [row] = await ex.select().from(permits).where(eq(permits.number, number))
      return row
    },
    async byApplication(ex: Executor, applicationId: string): Promise<PermitRow | undefined> {
      const [row] = await ex.select().from(permits).where(eq(permits.applicationId, applicationId))
      return row
    },
    async revoke(
      ex: Executor,
      id: string,
      values: { revokedAt: Date; revokedBy: string; revokeReason: string },
    ): Promise<void> {
      await ex.update(permits).set(values).where(eq(permits.id, id))
    },
  }
}
export type PermitsRepository = ReturnType<typeof createPermitsRepository>
