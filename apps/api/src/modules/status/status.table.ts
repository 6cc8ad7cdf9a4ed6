import { integer, pgTable, primaryKey, smallint, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/**
 * Request latency per citizen journey, as fixed-bucket histograms per minute. Each API process adds
 * its own counts to the same rows, so the histograms of several processes add up exactly.
 * `bucket` indexes `latencyBucketsMs` (the last is everything slower).
 */
export const statusLatency = pgTable(
  'status_latency',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    journey: text('journey').notNull(),
    bucket: smallint('bucket').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ name: 'status_latency_pk', columns: [t.officeId, t.minute, t.journey, t.bucket] })],
)

/** The API's own probe, once a minute per process: how many probes ran and how many were answered in time. */
export const statusProbes = pgTable(
  'status_probes',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    probes: integer('probes').notNull(),
    ok: integer('ok').notNull(),
  },
  (t) => [primaryKey({ name: 'status_probes_pk', columns: [t.officeId, t.minute] })],
)

/** One row per hour whose summary is in the change record: the first process to insert it records it. */
export const statusSummaries = pgTable(
  'status_summaries',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'status_summaries_pk', columns: [t.officeId, t.hour] })],
)

/**
 * Real-user timings reported by citizens' browsers, as fixed-bucket histograms per minute, like
 * `status_latency`. Nothing identifying: a route name, a metric, a bucket and a count — no address,
 * no user agent, no session. `bucket` indexes `vitalBuckets[metric]`.
 */
export const statusVitals = pgTable(
  'status_vitals',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    minute: timestamp('minute', { withTimezone: true }).notNull(),
    route: text('route').notNull(),
    metric: text('metric').notNull(),
    bucket: smallint('bucket').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ name: 'status_vitals_pk', columns: [t.officeId, t.minute, t.route, t.metric, t.bucket] })],
)
