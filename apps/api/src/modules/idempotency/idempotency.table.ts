import { integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * Results of requests sent with an Idempotency-Key, per caller and applicant. The key is claimed in
 * the same transaction as the change, so a retry either finds the stored result or runs again after
 * a rollback; it never runs twice.
 *
 * `callerId` is who sent the request: the applicant themself, or the agent (an integration client,
 * a frontdesk officer) filing on the applicant's behalf; `ownerId` is the applicant. Each caller's
 * keys are its own: two agents, or an agent and the applicant, may use the same key for the same
 * applicant without clashing, and a stored result is only ever answered to the caller that made it.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    callerId: uuid('caller_id').notNull(),
    ownerId: uuid('owner_id').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseStatus: integer('response_status'),
    responseBody: jsonb('response_body'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.callerId, table.ownerId, table.key] })],
)
