import { sql } from 'drizzle-orm'
import { bigint, customType, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { applications } from '../applications/applications.table.ts'
import { offices } from '../offices/offices.table.ts'

/**
 * Append-only record of every change and every read of personal data: one row per change record.
 * The database refuses UPDATE, DELETE and TRUNCATE on it (migration 0001). Details never hold NIK,
 * phone or passwords.
 */
export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    /** The actor's role when acting: `system`, `applicant`, `public` or an officer role. */
    actorRole: text('actor_role'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
    requestId: text('request_id'),
  },
  (table) => [index('audit_log_entity_idx').on(table.entityType, table.entityId)],
)

/** Every lifecycle step of an application: its public timeline. Append-only like the audit log. */
export const applicationEvents = pgTable(
  'application_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    /** The stage the actor acted in, for separation of duties. */
    stage: text('stage'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull(),
  },
  (table) => [index('application_events_application_idx').on(table.applicationId, table.id)],
)

/** A PostgreSQL 64-bit transaction id, read as decimal text (it does not fit a JavaScript number). */
const xid8 = customType<{ data: string }>({ dataType: () => 'xid8' })

/**
 * The transactional outbox: one row per change record, written in the change's own transaction,
 * so webhooks, notifications and the transparency log see every change that committed and none
 * that did not. Consumers keep their own positions; rows are never updated.
 */
export const outbox = pgTable(
  'outbox',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    id: bigint('id', { mode: 'number' }).generatedAlwaysAsIdentity(),
    auditId: bigint('audit_id', { mode: 'number' }).notNull(),
    type: text('type').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    /** The application the change concerns, if any: events of one application are delivered in order. */
    applicationId: uuid('application_id'),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    /**
     * The writing transaction. Ids are taken before commit, so they commit out of order; a consumer
     * reads in (xid, id) order and only below the oldest transaction still running, and so never
     * skips a row that commits late (see the transparency sequencer).
     */
    xid: xid8('xid')
      .notNull()
      .default(sql`pg_current_xact_id()`),
  },
  (table) => [
    primaryKey({ columns: [table.officeId, table.id] }),
    index('outbox_consumer_order_idx').on(table.officeId, table.xid, table.id),
    // The cell's transparency log reads every office's changes in this order (cellChangesAfter).
    index('outbox_cell_order_idx').on(table.xid, table.id),
    // One application's changes (its log entries with their proofs): a handful of rows each.
    index('outbox_application_idx').on(table.applicationId),
  ],
)

/** The outbox's consumers that keep a position here (the transparency sequencer keeps its own with its tree). */
export const outboxConsumers = ['notifier', 'webhook_relay'] as const

/**
 * How far each consumer of the outbox has read, per office: the last (xid, id) it planned. Written
 * in the consumer's planning transaction, so nothing it read is planned twice or skipped.
 */
export const outboxConsumerPositions = pgTable(
  'outbox_consumer_positions',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    consumer: text('consumer', { enum: outboxConsumers }).notNull(),
    lastXid: text('last_xid').notNull(),
    lastOutboxId: bigint('last_outbox_id', { mode: 'number' }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.consumer] })],
)
