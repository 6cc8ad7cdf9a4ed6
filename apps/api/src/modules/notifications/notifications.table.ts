import { sql } from 'drizzle-orm'
import { bigint, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'

/**
 * How an applicant wants to hear from Pintu: the language of the messages and the channels. No row
 * means the defaults (Bahasa Indonesia, email), so every existing account is covered.
 */
export const notificationPreferences = pgTable('notification_preferences', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  locale: text('locale', { enum: ['id', 'en'] })
    .notNull()
    .default('id'),
  channels: text('channels', { enum: ['email', 'sms', 'both'] })
    .notNull()
    .default('email'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
})

/**
 * One message to send: an outbox row × a channel, unique, so a change read twice is planned once and
 * a message sent is never sent again. It holds ids only: the address and the text are read when it
 * is sent, so no personal data is copied here. `lastError` is the error's class, never its message
 * (an SMTP answer can quote the address).
 */
export const notificationDeliveries = pgTable(
  'notification_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    outboxId: bigint('outbox_id', { mode: 'number' }).notNull(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    kind: text('kind', {
      enum: ['received', 'returned', 'decided', 'invoice_issued', 'permit_issued', 'complaint_answered'],
    }).notNull(),
    /** What the message is about: an application, or a complaint filed from an account. */
    applicationId: uuid('application_id'),
    complaintId: uuid('complaint_id'),
    recipientId: uuid('recipient_id').notNull(),
    /** The invoice or permit number, or how a complaint was answered, when the message is about one. */
    subjectRef: text('subject_ref'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    lastError: text('last_error'),
  },
  (table) => [
    unique('notification_deliveries_once').on(table.officeId, table.outboxId, table.channel),
    // The sender's scan: only what is not sent yet, which is a thin slice of all deliveries.
    index('notification_deliveries_due_idx')
      .on(table.officeId, table.nextAttemptAt)
      .where(sql`${table.sentAt} is null`),
  ],
)

/**
 * Whether a channel (email, SMS) of an office keeps failing: raised when one message has failed
 * `alertAfterAttempts` times in a row (the webhook rule), cleared when the channel sends again.
 * The office's admins are told by email when it is raised (again each day it stays raised) and when
 * it clears. No message, address or applicant here: the channel, times and the last error's class.
 */
export const notificationChannelAlerts = pgTable(
  'notification_channel_alerts',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    /** Since when the channel keeps failing; null while it works. */
    failingSince: timestamp('failing_since', { withTimezone: true }),
    /** When the admins were last told it is failing (once a day while it stays so). */
    alertedAt: timestamp('alerted_at', { withTimezone: true }),
    lastError: text('last_error'),
    recoveredAt: timestamp('recovered_at', { withTimezone: true }),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.channel] })],
)
