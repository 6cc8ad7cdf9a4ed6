import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/**
 * Append-only record of every state change and sensitive read. The database refuses UPDATE,
 * DELETE and TRUNCATE on it (migration 0001). Details never hold NIK, phone or passwords.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    requestId: text('request_id'),
  },
  (table) => [index('audit_log_entity_idx').on(table.entityType, table.entityId)],
)
