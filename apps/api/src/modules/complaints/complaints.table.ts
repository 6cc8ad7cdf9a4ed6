import { sql } from 'drizzle-orm'
import {
  boolean,
  check,
  index,
  integer,
  pgSequence,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { applications } from '../applications/applications.table.ts'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'

/** Complaint numbers (ADU-<year>-<seq>): increasing, gaps allowed, like registration numbers. */
export const complaintNumbers = pgSequence('complaint_numbers', { startWith: 1 })

/**
 * A complaint (pengaduan) on the SP4N-LAPOR! ladder. Deadlines are not stored: they are computed
 * from `filedAt`, the category and the paused working days with today's calendar, so a holiday or
 * closure declared later moves them as it moves applications' due dates. No client address is kept,
 * and `complainantId` is null for an anonymous complaint.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    number: text('number').notNull().unique(),
    /** SHA-256 of "<number>:<follow-up code>"; the code itself is shown once. */
    followUpCodeHash: text('follow_up_code_hash').notNull(),
    /** The filing account, when logged in; never shown to officers. */
    complainantId: uuid('complainant_id').references(() => users.id),
    category: text('category', { enum: ['information', 'ordinary', 'dispute', 'field_check'] }).notNull(),
    subject: text('subject', { enum: ['service', 'application', 'officer_conduct', 'system'] }).notNull(),
    serviceCode: text('service_code'),
    registrationNo: text('registration_no'),
    /** An extortion report: the inspectorate's (auditor role) alone. */
    pungli: boolean('pungli').notNull(),
    status: text('status', {
      enum: ['awaiting_response', 'in_progress', 'waiting_for_complainant', 'closed'],
    }).notNull(),
    outcome: text('outcome', { enum: ['resolved', 'unfounded', 'out_of_scope'] }),
    forwardedTo: text('forwarded_to'),
    /** Optimistic concurrency between two handlers. */
    version: integer('version').notNull().default(1),
    filedAt: timestamp('filed_at', { withTimezone: true }).notNull(),
    firstRespondedAt: timestamp('first_responded_at', { withTimezone: true }),
    /** While waiting for the complainant: since when. */
    pausedAt: timestamp('paused_at', { withTimezone: true }),
    /** Working days spent waiting for the complainant in earlier pauses. */
    pausedDays: smallint('paused_days').notNull().default(0),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    firstResponseEscalatedAt: timestamp('first_response_escalated_at', { withTimezone: true }),
    resolutionEscalatedAt: timestamp('resolution_escalated_at', { withTimezone: true }),
  },
  (table) => [
    index('complaints_office_open_idx').on(table.officeId, table.status),
    check('complaints_pungli_subject', sql`not ${table.pungli} or ${table.subject} = 'officer_conduct'`),
  ],
)

/** The conversation of a complaint, oldest first: the complaint, the office's steps, the complainant's replies. */
export const complaintMessages = pgTable(
  'complaint_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    from: text('from', { enum: ['complainant', 'office'] }).notNull(),
    kind: text('kind', { enum: ['complaint', 'response', 'info_request', 'forward', 'closing', 'reply'] }).notNull(),
    text: text('text').notNull(),
    /** The handling officer, for the audit; never shown to the complainant. */
    officerId: uuid('officer_id').references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (table) => [index('complaint_messages_complaint_idx').on(table.complaintId, table.at)],
)

/**
 * Files the complainant attached to their complaint or to a reply (at most 3 a message): a PDF,
 * JPEG or PNG, its type proven from the bytes. The name it was uploaded under is not kept: it may
 * name an anonymous complainant, and the office needs the content, not the name.
 */
export const complaintAttachments = pgTable(
  'complaint_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    complaintId: uuid('complaint_id')
      .notNull()
      .references(() => complaints.id),
    messageId: uuid('message_id')
      .notNull()
      .references(() => complaintMessages.id),
    contentType: text('content_type', { enum: ['application/pdf', 'image/jpeg', 'image/png'] }).notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('complaint_attachments_message_idx').on(table.complaintId, table.messageId)],
)

/**
 * IKM answers (Permenpan RB 14/2017), one per application (the primary key). The applicant is not
 * stored: the application says who may answer, and the answer itself stays unlinked to the account.
 */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    applicationId: uuid('application_id')
      .primaryKey()
      .references(() => applications.id),
    id: uuid('id').notNull().unique().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    serviceCode: text('service_code').notNull(),
    /** The nine element scores U1–U9, each 1–4. */
    u1: smallint('u1').notNull(),
    u2: smallint('u2').notNull(),
    u3: smallint('u3').notNull(),
    u4: smallint('u4').notNull(),
    u5: smallint('u5').notNull(),
    u6: smallint('u6').notNull(),
    u7: smallint('u7').notNull(),
    u8: smallint('u8').notNull(),
    u9: smallint('u9').notNull(),
    comment: text('comment'),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('survey_answers_office_idx').on(table.officeId, table.answeredAt),
    check(
      'survey_answers_scores',
      sql`least(${table.u1}, ${table.u2}, ${table.u3}, ${table.u4}, ${table.u5}, ${table.u6}, ${table.u7}, ${table.u8}, ${table.u9}) >= 1 and greatest(${table.u1}, ${table.u2}, ${table.u3}, ${table.u4}, ${table.u5}, ${table.u6}, ${table.u7}, ${table.u8}, ${table.u9}) <= 4`,
    ),
  ],
)
