import type { WebhookEvent } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { bigint, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { integrationClients } from '../integrations/integrations.table.ts'
import { offices } from '../offices/offices.table.ts'

/**
 * An integration client's endpoint and what it wants to hear. The `v1` secret is kept as it is
 * (every delivery is signed with it, so it cannot be only a hash) and never answered after the
 * subscription is made.
 */
export const webhookSubscriptions = pgTable(
  'webhook_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => integrationClients.id),
    url: text('url').notNull(),
    eventTypes: text('event_types').array().notNull(),
    serviceCodes: text('service_codes').array().notNull(),
    /** `whsec_` and base64 of 32 random bytes. */
    secret: text('secret').notNull(),
    status: text('status', { enum: ['active', 'disabled', 'deleted'] })
      .notNull()
      .default('active'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** When the client's contact and the office admins were last told it keeps failing (once a day at most)… */
    alertedAt: timestamp('alerted_at', { withTimezone: true }),
    /** …and that a delivery died (once a day at most, apart, so a "failing" note never hides it). */
    deadAlertedAt: timestamp('dead_alerted_at', { withTimezone: true }),
  },
  (table) => [index('webhook_subscriptions_client_idx').on(table.clientId)],
)

/**
 * One event for one subscription: unique per outbox row, so a change read twice is planned once.
 * The event is kept whole (ids and status only, no personal data), so every retry and replay sends
 * the same bytes. Its id orders a subscription's deliveries (`sequence`); each has one pg-boss job,
 * and the queue sends one application's events in that order.
 */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => webhookSubscriptions.id),
    outboxId: bigint('outbox_id', { mode: 'number' }).notNull(),
    eventId: text('event_id').notNull(),
    eventType: text('event_type').notNull(),
    applicationId: uuid('application_id').notNull(),
    event: jsonb('event').$type<Omit<WebhookEvent, 'sequence'>>().notNull(),
    status: text('status', { enum: ['pending', 'delivered', 'dead', 'cancelled'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }),
    lastStatusCode: integer('last_status_code'),
    /** `http_<status>`, `timeout`, `refused_address` or `network`: never the endpoint's answer. */
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
  },
  (table) => [
    unique('webhook_deliveries_once').on(table.subscriptionId, table.outboxId),
    // The pending gauge: pending ones only, a thin slice of all. (Order per application, which a
    // stream index served, is pg-boss's queue now.)
    index('webhook_deliveries_due_idx')
      .on(table.officeId, table.nextAttemptAt)
      .where(sql`${table.status} = 'pending'`),
    index('webhook_deliveries_log_idx').on(table.subscriptionId, table.id),
  ],
)

/** The office's Ed25519 key for `v1a` signatures, made on first use; only the public half is published. */
export const webhookSigningKeys = pgTable('webhook_signing_keys', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  /** `whsk_` and base64 of the PKCS #8 DER private key. */
  secretKey: text('secret_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
})
