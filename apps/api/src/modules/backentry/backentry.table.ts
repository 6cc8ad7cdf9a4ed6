import { sql } from 'drizzle-orm'
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { applications } from '../applications/applications.table.ts'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'

/**
 * A paper application received during a declared closure, entered afterwards by a frontdesk officer with the
 * paper receipt's number and date (SPEC §9). Pending, it is only a draft; it counts once a second officer
 * approves it. A receipt number is entered once: a second entry is refused unless the first was rejected.
 */
export const backEntries = pgTable(
  'back_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    /** The draft's version when it was entered: what the second officer approves. */
    applicationVersion: integer('application_version').notNull(),
    /** Upper case, so `tt/1` and `TT/1` are one receipt. */
    paperReceiptNo: text('paper_receipt_no').notNull(),
    receivedOn: text('received_on').notNull(),
    status: text('status', { enum: ['pending', 'approved', 'rejected'] }).notNull(),
    enteredBy: uuid('entered_by')
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    rejectionReason: text('rejection_reason'),
  },
  (table) => [
    uniqueIndex('back_entries_receipt_once')
      .on(table.officeId, table.paperReceiptNo)
      .where(sql`${table.status} <> 'rejected'`),
    uniqueIndex('back_entries_one_pending')
      .on(table.applicationId)
      .where(sql`${table.status} = 'pending'`),
    index('back_entries_by_status').on(table.officeId, table.status, table.enteredAt),
  ],
)
