import { integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The deployment's rate-limit counters, shared by every API process on one PostgreSQL database:
 * one row per quota (`policy`) and client key (an address, or `account:<id>`), holding the
 * current fixed window. Each process counts locally and adds its counts here; the first process
 * to count in a new window starts it. Rows whose window has ended are pruned within minutes.
 * Not an office's data: a caller has one quota across the offices a deployment serves (as
 * login_throttle counts failed logins once), so the table has no office_id.
 */
export const rateLimitCounters = pgTable(
  'rate_limit_counters',
  {
    /** The quota's name, as in the RateLimit-Policy header (`tracking`, `register`…). */
    policy: text('policy').notNull(),
    /** Who is counted: a client address, or `account:<id>` for per-account quotas. */
    key: text('key').notNull(),
    windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
    /** When the window ends; a count arriving later starts a new window. */
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** Requests counted in the window by every process, refused ones included. */
    count: integer('count').notNull(),
  },
  (table) => [primaryKey({ columns: [table.policy, table.key] })],
)
