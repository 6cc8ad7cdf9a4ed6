import { and, desc, eq } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { backEntries } from './backentry.table.ts'

export type BackEntryRow = typeof backEntries.$inferSelect
type Decision = Pick<BackEntryRow, 'status' | 'decidedBy' | 'decidedAt' | 'rejectionReason'>

export function createBackEntryRepository() {
  return {
    /** Inserts a pending entry; undefined when its receipt number (or its draft) is already entered. */
    async insert(ex: Executor, values: typeof backEntries.$inferInsert): Promise<BackEntryRow | undefined> {
      const [row] = await ex.insert(backEntries).values(values).onConflictDoNothing().returning()
      return row
    },
    async findReceipt(ex: Executor, officeId: string, paperReceiptNo: string): Promise<BackEntryRow | undefined> {
      const [row] = await ex
        .select()
        .from(backEntries)
        .where(and(eq(backEntries.officeId, officeId), eq(backEntries.paperReceiptNo, paperReceiptNo)))
        .orderBy(desc(backEntries.enteredAt))
        .limit(1)
      return row
    },
    /** The entry, locked until the transaction ends, so two officers deciding at once are one after the other. */
    async lock(ex: Executor, officeId: string, id: string): Promise<BackEntryRow | undefined> {
      const [row] = await ex
        .select()
        .from(backEntries)
        .where(and(eq(backEntries.officeId, officeId), eq(backEntries.id, id)))
        .for('update')
      return row
    },
    async decide(ex: Executor, id: string, decision: Decision): Promise<BackEntryRow> {
      const [row] = await ex.update(backEntries).set(decision).where(eq(backEntries.id, id)).returning()
      return row!
    },
    async list(
      ex: Executor,
      officeId: string,
      filter: { status: BackEntryRow['status']; enteredBy?: string },
    ): Promise<BackEntryRow[]> {
      return ex
        .select()
        .from(backEntries)
        .where(
          and(
            eq(backEntries.officeId, officeId),
            eq(backEntries.status, filter.status),
            filter.enteredBy ? eq(backEntries.enteredBy, filter.enteredBy) : undefined,
          ),
        )
        .orderBy(desc(backEntries.enteredAt))
        .limit(200)
    },
  }
}
export type BackEntryRepository = ReturnType<typeof createBackEntryRepository>
