import { and, asc, eq, gte, isNotNull, lt } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applications } from '../applications/applications.table.ts'
import { invoices, paymentNotices } from './payments.table.ts'

/** Queries only: payments applied to the office's invoices in a period. */
export function createReceivedRepository() {
  return {
    /** Paid invoices with `start <= paidAt < end`, oldest first, with how each was paid and what it was for. */
    async paidBetween(ex: Executor, officeId: string, start: Date, end: Date) {
      return ex
        .select({
          paidAt: invoices.paidAt,
          number: invoices.number,
          virtualAccount: invoices.virtualAccount,
          amount: invoices.amount,
          bankReference: invoices.bankReference,
          source: paymentNotices.source,
          registrationNo: applications.registrationNo,
          serviceCode: applications.serviceCode,
        })
        .from(invoices)
        .innerJoin(applications, eq(applications.id, invoices.applicationId))
        .leftJoin(paymentNotices, eq(paymentNotices.bankReference, invoices.bankReference))
        .where(
          and(
            eq(invoices.officeId, officeId),
            isNotNull(invoices.paidAt),
            gte(invoices.paidAt, start),
            lt(invoices.paidAt, end),
          ),
        )
        .orderBy(asc(invoices.paidAt), asc(invoices.number))
    },
  }
}
export type ReceivedRepository = ReturnType<typeof createReceivedRepository>
