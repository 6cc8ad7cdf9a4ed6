import { pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { applications } from '../applications/applications.table.ts'
import { offices } from '../offices/offices.table.ts'

/** Declared closures (SPEC §9): closed days are not working days, so SLA clocks pause. */
export const closures = pgTable('closures', {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  reason: text('reason').notNull(),
  legalBasis: text('legal_basis').notNull(),
  startsOn: text('starts_on').notNull(),
  endsOn: text('ends_on'),
  declaredBy: uuid('declared_by').notNull(),
  declaredAt: timestamp('declared_at', { withTimezone: true }).notNull(),
  endedBy: uuid('ended_by'),
})

/**
 * One row per stage that ran past its due date (and per deemed approval). The unique key is what
 * makes the escalation job safe with several API processes: a second insert is a no-op.
 */
export const escalations = pgTable(
  'escalations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    stage: text('stage').notNull(),
    dueDate: text('due_date').notNull(),
    kind: text('kind', { enum: ['stage_overdue', 'deemed_approval'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [unique('escalations_once').on(table.applicationId, table.stage, table.dueDate, table.kind)],
)
