import { and, eq, inArray, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applications } from '../applications/applications.table.ts'
import { complaints } from '../complaints/complaints.table.ts'
import { users } from '../identity/identity.table.ts'
import { invoices } from '../payments/payments.table.ts'
import { permits } from '../permits/permits.table.ts'
import { notificationDeliveries, notificationPreferences } from './notifications.table.ts'
import { tryAdvisoryXactLock } from '../../db/advisory-lock.ts'

export type Delivery = typeof notificationDeliveries.$inferSelect
export type NewDelivery = Omit<typeof notificationDeliveries.$inferInsert, 'id'>
export type Preferences = Pick<typeof notificationPreferences.$inferSelect, 'locale' | 'channels'>

/** What a message says, read when it is sent (so nothing personal is copied into the deliveries). */
export interface MessageFacts {
  email: string
  phone: string | null
  registrationNo: string | null
  expectedCompletionDate: string | null
  status: string
  returnNote: string | null
  returnCodes: string[]
  returnDueDate: string | null
  invoice?: { number: string; amount: number; virtualAccount: string; dueDate: string }
  permit?: { number: string; verificationCode: string }
  /** A complaint's number and which step answered it (`responded`, `info_requested`, `closed`). */
  complaintNumber?: string
  complaintStep?: 'responded' | 'info_requested' | 'closed'
}

export const DEFAULT_PREFERENCES: Preferences = { locale: 'id', channels: 'email' }

/**
 * The notifier's queries. It reads the applicant, the file, its invoice and its permit read-only,
 * by id, to write a message: those modules expose no reader that returns the contact details.
 */
/** A complaint's message says its number and the step, never its text: that is read with the follow-up code. */
async function complaintFacts(
  ex: Executor,
  complaintId: string,
  step: string | null,
): Promise<MessageFacts | undefined> {
  const [row] = await ex
    .select({ email: users.email, phone: users.phone, number: complaints.number })
    .from(complaints)
    .innerJoin(users, eq(users.id, complaints.complainantId))
    .where(eq(complaints.id, complaintId))
  if (!row) return undefined
  return {
    email: row.email,
    phone: row.phone,
    registrationNo: null,
    expectedCompletionDate: null,
    status: 'complaint',
    returnNote: null,
    returnCodes: [],
    returnDueDate: null,
    complaintNumber: row.number,
    complaintStep: step === 'info_requested' || step === 'closed' ? step : 'responded',
  }
}

export function createNotificationsRepository() {
  return {
    tryLock: tryAdvisoryXactLock,

    async applicantOf(ex: Executor, applicationId: string): Promise<string | undefined> {
      const [row] = await ex
        .select({ id: applications.applicantId })
        .from(applications)
        .where(eq(applications.id, applicationId))
      return row?.id
    },

    /** The account that filed a complaint; none for an anonymous one (they follow it with their code). */
    async complainantOf(ex: Executor, complaintId: string): Promise<string | undefined> {
      const [row] = await ex
        .select({ id: complaints.complainantId })
        .from(complaints)
        .where(eq(complaints.id, complaintId))
      return row?.id ?? undefined
    },

    async preferences(ex: Executor, userId: string): Promise<Preferences> {
      const [row] = await ex
        .select({ locale: notificationPreferences.locale, channels: notificationPreferences.channels })
        .from(notificationPreferences)
        .where(eq(notificationPreferences.userId, userId))
      return row ?? DEFAULT_PREFERENCES
    },

    async savePreferences(ex: Executor, userId: string, prefs: Preferences, at: Date): Promise<void> {
      const values = { userId, ...prefs, updatedAt: at }
      await ex
        .insert(notificationPreferences)
        .values(values)
        .onConflictDoUpdate({ target: notificationPreferences.userId, set: values })
    },

    /** Plans deliveries; one already planned for the same outbox row and channel is left as it is. */
    /** Answers the ids it inserted (a change planned twice inserts nothing the second time). */
    async plan(ex: Executor, rows: NewDelivery[]): Promise<number[]> {
      if (rows.length === 0) return []
      const inserted = await ex
        .insert(notificationDeliveries)
        .values(rows)
        .onConflictDoNothing()
        .returning({ id: notificationDeliveries.id })
      return inserted.map((row) => row.id)
    },

    /** The deliveries of fetched jobs. */
    async byIds(ex: Executor, ids: number[]): Promise<Delivery[]> {
      if (ids.length === 0) return []
      return ex.select().from(notificationDeliveries).where(inArray(notificationDeliveries.id, ids))
    },

    /** Records a message sent, once: a second sender of the same message (a lapsed claim) changes nothing. */
    async markSent(ex: Executor, id: number, at: Date): Promise<void> {
      await ex
        .update(notificationDeliveries)
        .set({ sentAt: at, attempts: sql`${notificationDeliveries.attempts} + 1`, lastError: null })
        .where(and(eq(notificationDeliveries.id, id), isNull(notificationDeliveries.sentAt)))
    },

    async markFailed(ex: Executor, id: number, retryAt: Date, error: string): Promise<void> {
      await ex
        .update(notificationDeliveries)
        .set({ nextAttemptAt: retryAt, attempts: sql`${notificationDeliveries.attempts} + 1`, lastError: error })
        .where(eq(notificationDeliveries.id, id))
    },

    /** Deliveries not sent yet (the operator's gauge and the tests' wait). */
    async pendingCount(ex: Executor, officeId: string): Promise<number> {
      const [row] = await ex
        .select({ n: sql<number>`count(*)::int` })
        .from(notificationDeliveries)
        .where(and(eq(notificationDeliveries.officeId, officeId), isNull(notificationDeliveries.sentAt)))
      return row!.n
    },

    async facts(ex: Executor, delivery: Delivery): Promise<MessageFacts | undefined> {
      if (delivery.complaintId) return complaintFacts(ex, delivery.complaintId, delivery.subjectRef)
      if (!delivery.applicationId) return undefined
      const [row] = await ex
        .select({
          email: users.email,
          phone: users.phone,
          registrationNo: applications.registrationNo,
          expectedCompletionDate: applications.expectedCompletionDate,
          status: applications.status,
          openReturn: applications.openReturn,
          returnDueDate: applications.returnDueDate,
        })
        .from(applications)
        .innerJoin(users, eq(users.id, applications.applicantId))
        .where(eq(applications.id, delivery.applicationId))
      if (!row) return undefined
      const facts: MessageFacts = {
        email: row.email,
        phone: row.phone,
        registrationNo: row.registrationNo,
        expectedCompletionDate: row.expectedCompletionDate,
        status: row.status,
        returnNote: row.openReturn?.note ?? null,
        returnCodes: row.openReturn?.codes ?? [],
        returnDueDate: row.returnDueDate,
      }
      if (delivery.kind === 'invoice_issued' && delivery.subjectRef) {
        const [invoice] = await ex
          .select({
            number: invoices.number,
            amount: invoices.amount,
            virtualAccount: invoices.virtualAccount,
            dueDate: invoices.dueDate,
          })
          .from(invoices)
          .where(eq(invoices.number, delivery.subjectRef))
        facts.invoice = invoice
      }
      if (delivery.kind === 'permit_issued' && delivery.subjectRef) {
        const [permit] = await ex
          .select({ number: permits.number, verificationCode: permits.verificationCode })
          .from(permits)
          .where(eq(permits.number, delivery.subjectRef))
        facts.permit = permit
      }
      return facts
    },
  }
}
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>
