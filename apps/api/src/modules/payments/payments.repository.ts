import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import { invoiceNumbers, invoices, manualConfirmations, paymentNotices } from './payments.table.ts'

export type InvoiceRow = typeof invoices.$inferSelect

export function createPaymentsRepository() {
  return {
    async nextInvoiceNumber(ex: Executor): Promise<number> {
      const result = (await ex.execute(sql.raw(`select nextval('${invoiceNumbers.seqName}') as n`))) as unknown as {
        rows: { n: string | number }[]
      }
      return Number(result.rows[0]!.n)
    },
    async insertInvoice(ex: Executor, values: typeof invoices.$inferInsert): Promise<InvoiceRow> {
      const [row] = await ex.insert(invoices).values(values).returning()
      return row!
    },
    async invoiceOfApplication(ex: Executor, applicationId: string): Promise<InvoiceRow | undefined> {
      const [row] = await ex.select().from(invoices).where(eq(invoices.applicationId, applicationId))
      return row
    },
    async invoiceById(ex: Executor, officeId: string, id: string): Promise<InvoiceRow | undefined> {
      const [row] = await ex
        .select()
        .from(invoices)
        .where(and(eq(invoices.officeId, officeId), eq(invoices.id, id)))
      return row
    },
    async invoiceByAccount(ex: Executor, officeId: string, virtualAccount: string): Promise<InvoiceRow | undefined> {
      const [row] = await ex
        .select()
        .from(invoices)
        .where(and(eq(invoices.officeId, officeId), eq(invoices.virtualAccount, virtualAccount)))
      return row
    },
    /** Locks the invoice for the rest of the transaction, so two notices cannot both pay it. */
    async lockInvoiceByAccount(ex: Executor, virtualAccount: string): Promise<InvoiceRow | undefined> {
      const [row] = await ex.select().from(invoices).where(eq(invoices.virtualAccount, virtualAccount)).for('update')
      return row
    },
    async markPaid(ex: Executor, id: string, p: { paidAt: Date; bankReference: string }): Promise<void> {
      await ex.update(invoices).set(p).where(eq(invoices.id, id))
    },
    /** Records a notice once per bank reference; false when that reference was seen before. */
    async recordNotice(ex: Executor, values: typeof paymentNotices.$inferInsert): Promise<string | null> {
      const [row] = await ex
        .insert(paymentNotices)
        .values(values)
        .onConflictDoNothing({ target: paymentNotices.bankReference })
        .returning({ id: paymentNotices.id })
      return row?.id ?? null
    },
    async setNoticeOutcome(ex: Executor, id: string, outcome: string): Promise<void> {
      await ex.update(paymentNotices).set({ outcome }).where(eq(paymentNotices.id, id))
    },
    async unpaid(ex: Executor, officeId: string) {
      return ex
        .select()
        .from(invoices)
        .where(and(eq(invoices.officeId, officeId), isNull(invoices.paidAt)))
        .orderBy(asc(invoices.issuedAt))
    },
    async exceptions(ex: Executor, officeId: string) {
      return ex
        .select()
        .from(paymentNotices)
        .where(
          and(
            eq(paymentNotices.officeId, officeId),
            inArray(paymentNotices.outcome, ['amount_mismatch', 'unknown_invoice', 'already_paid']),
          ),
        )
        .orderBy(asc(paymentNotices.receivedAt))
    },
    async insertManual(ex: Executor, values: typeof manualConfirmations.$inferInsert) {
      const [row] = await ex.insert(manualConfirmations).values(values).returning()
      return row!
    },
    async lockManual(ex: Executor, id: string) {
      const [row] = await ex.select().from(manualConfirmations).where(eq(manualConfirmations.id, id)).for('update')
      return row
    },
    async approveManual(ex: Executor, id: string, approvedBy: string, approvedAt: Date): Promise<void> {
      await ex.update(manualConfirmations).set({ approvedBy, approvedAt }).where(eq(manualConfirmations.id, id))
    },
    async pendingManual(ex: Executor, officeId: string) {
      return ex
        .select({ manual: manualConfirmations, requestedByName: users.fullName })
        .from(manualConfirmations)
        .innerJoin(invoices, eq(invoices.id, manualConfirmations.invoiceId))
        .innerJoin(users, eq(users.id, manualConfirmations.requestedBy))
        .where(and(eq(invoices.officeId, officeId), isNull(manualConfirmations.approvedAt)))
    },
  }
}
export type PaymentsRepository = ReturnType<typeof createPaymentsRepository>
