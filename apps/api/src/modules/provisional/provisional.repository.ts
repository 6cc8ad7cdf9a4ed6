import { and, eq, gte, lte, max } from 'drizzle-orm'
import { advisoryXactLock } from '../../db/advisory-lock.ts'
import type { Executor } from '../../db/transaction.ts'
import { provisionalRanges, provisionalReceipts, provisionalSigningKeys } from './provisional.table.ts'

/** Arbitrary constant naming the allocation of provisional ranges among PostgreSQL advisory locks. */
const ALLOCATION_LOCK = 0x5e3_0001

export type ProvisionalRangeRow = typeof provisionalRanges.$inferSelect

export function createProvisionalRepository() {
  return {
    async signingKey(ex: Executor, officeId: string): Promise<string | undefined> {
      const [row] = await ex.select().from(provisionalSigningKeys).where(eq(provisionalSigningKeys.officeId, officeId))
      return row?.secretKey
    },
    /** Keeps this key unless another process kept one first; answers the key kept. */
    async keepSigningKey(ex: Executor, officeId: string, secretKey: string, at: Date): Promise<string> {
      await ex.insert(provisionalSigningKeys).values({ officeId, secretKey, createdAt: at }).onConflictDoNothing()
      return (await this.signingKey(ex, officeId))!
    },
    /** The next free serial of a device short in a year; holds the allocation lock until the transaction ends. */
    async nextSerial(tx: Executor, officeId: string, deviceShort: string, year: number): Promise<number> {
      await advisoryXactLock(tx, ALLOCATION_LOCK)
      const [row] = await tx
        .select({ last: max(provisionalRanges.last) })
        .from(provisionalRanges)
        .where(
          and(
            eq(provisionalRanges.officeId, officeId),
            eq(provisionalRanges.deviceShort, deviceShort),
            eq(provisionalRanges.year, year),
          ),
        )
      return (row?.last ?? 0) + 1
    },
    async insertRange(tx: Executor, values: typeof provisionalRanges.$inferInsert): Promise<ProvisionalRangeRow> {
      const [row] = await tx.insert(provisionalRanges).values(values).returning()
      return row!
    },
    async rangeHolding(ex: Executor, officeId: string, deviceShort: string, year: number, serial: number) {
      const [row] = await ex
        .select()
        .from(provisionalRanges)
        .where(
          and(
            eq(provisionalRanges.officeId, officeId),
            eq(provisionalRanges.deviceShort, deviceShort),
            eq(provisionalRanges.year, year),
            lte(provisionalRanges.first, serial),
            gte(provisionalRanges.last, serial),
          ),
        )
      return row
    },
    /** False when the number is linked already (a concurrent link waits on the primary key, then sees it). */
    async link(tx: Executor, values: typeof provisionalReceipts.$inferInsert): Promise<boolean> {
      const rows = await tx
        .insert(provisionalReceipts)
        .values(values)
        .onConflictDoNothing({ target: provisionalReceipts.number })
        .returning({ number: provisionalReceipts.number })
      return rows.length === 1
    },
    async receipt(ex: Executor, officeId: string, number: string) {
      const [row] = await ex
        .select()
        .from(provisionalReceipts)
        .where(and(eq(provisionalReceipts.officeId, officeId), eq(provisionalReceipts.number, number)))
      return row
    },
  }
}
export type ProvisionalRepository = ReturnType<typeof createProvisionalRepository>
