import { bigint, pgSequence, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { applications } from '../applications/applications.table.ts'
import { offices } from '../offices/offices.table.ts'

export const invoiceNumbers = pgSequence('invoice_numbers', { startWith: 1 })

/** SKRD invoices: amounts come only from the catalogue fee rule. */
export const invoices = pgTable('invoices', {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  applicationId: uuid('application_id')
    .notNull()
    .unique()
    .references(() => applications.id),
  number: text('number').notNull().unique(),
  virtualAccount: text('virtual_account').notNull().unique(),
  /** Rupiah, 64-bit: a building permit of a large floor area is billions. */
  amount: bigint('amount', { mode: 'number' }).notNull(),
  dueDate: text('due_date').notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  paidAt: timestamp('paid_at', { withTimezone: true }),
  bankReference: text('bank_reference'),
})

/** Every payment notice received (bank callback or approved manual entry), applied or not: the reconciliation trail. */
export const paymentNotices = pgTable('payment_notices', {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  bankReference: text('bank_reference').notNull().unique(),
  virtualAccount: text('virtual_account').notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  paidAt: timestamp('paid_at', { withTimezone: true }).notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  source: text('source', { enum: ['bank', 'manual'] }).notNull(),
  outcome: text('outcome').notNull(),
})

/** A payment entered from a bank statement by one treasurer, applied only when a second approves it. */
export const manualConfirmations = pgTable('manual_confirmations', {
  id: uuid('id').primaryKey().defaultRandom(),
  invoiceId: uuid('invoice_id')
    .notNull()
    .references(() => invoices.id),
  bankReference: text('bank_reference').notNull(),
  amount: bigint('amount', { mode: 'number' }).notNull(),
  note: text('note').notNull(),
  requestedBy: uuid('requested_by').notNull(),
  requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
  approvedBy: uuid('approved_by'),
  approvedAt: timestamp('approved_at', { withTimezone: true }),
})
