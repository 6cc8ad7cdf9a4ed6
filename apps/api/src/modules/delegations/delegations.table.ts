import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'

/** Signing delegations (Plt./Plh.): who may sign for the head of office, from when to when. */
export const delegations = pgTable('delegations', {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  kind: text('kind', { enum: ['plt', 'plh'] }).notNull(),
  delegateId: uuid('delegate_id')
    .notNull()
    .references(() => users.id),
  startsOn: text('starts_on').notNull(),
  endsOn: text('ends_on').notNull(),
  reason: text('reason').notNull(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedBy: uuid('revoked_by'),
})
