import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/*
 * Figures of finished days, folded once by the rollup job (stats-rollups.ts) from the counters the
 * change record's writer keeps (stats.table.ts), so a question about the past reads a few hundred
 * rows instead of every change since. Never the only copy: each can be rebuilt from the counters.
 */

/**
 * The public backlog at the end of a finished day, at the granularity its answer has: ages and
 * overdue counts already worked out with the calendar recorded in `statsBacklogSnapshotDays`.
 */
export const statsBacklogSnapshots = pgTable(
  'stats_backlog_snapshots',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    serviceKind: text('service_kind').notNull(),
    serviceCode: text('service_code').notNull(),
    status: text('status').notNull(),
    channel: text('channel').notNull(),
    /** One of the contract's backlog age buckets (working days since received). */
    ageBucket: text('age_bucket').notNull(),
    overdue: boolean('overdue').notNull(),
    files: integer('files').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_backlog_snapshots_pk',
      columns: [t.officeId, t.day, t.serviceKind, t.serviceCode, t.status, t.channel, t.ageBucket, t.overdue],
    }),
  ],
)

/**
 * One row per day whose snapshot is kept, with the fingerprint of the non-working days up to that
 * day it was worked out with: a holiday or closure declared later for a day up to then changes
 * the fingerprint, and the snapshot is no longer read but worked out again.
 */
export const statsBacklogSnapshotDays = pgTable(
  'stats_backlog_snapshot_days',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    calendar: text('calendar').notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'stats_backlog_snapshot_days_pk', columns: [t.officeId, t.day] })],
)

/**
 * The daily counters of a finished day with their slots and services summed: what the daily figures
 * and the SLA's reason and stage totals show.
 */
export const statsDailyDays = pgTable(
  'stats_daily_days',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    metric: text('metric').notNull(),
    detail: text('detail').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ name: 'stats_daily_days_pk', columns: [t.officeId, t.day, t.metric, t.detail] })],
)

/** A folded histogram's key: `serviceCode` '' unless `stage` is 'total' (files, not stage visits). */
const histogramKey = {
  serviceCode: text('service_code').notNull(),
  stage: text('stage').notNull(),
  workingDays: integer('working_days').notNull(),
  withinSla: boolean('within_sla').notNull(),
}

/**
 * The working-day histograms of a finished day with their slots summed, and the services of stage
 * visits too (`serviceCode` '' unless `stage` is 'total'): what the SLA figures show.
 */
export const statsDurationDays = pgTable(
  'stats_duration_days',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    ...histogramKey,
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_duration_days_pk',
      columns: [t.officeId, t.day, t.serviceCode, t.stage, t.workingDays, t.withinSla],
    }),
  ],
)

/** The finished days whose counters are folded into the two tables above (a day with no event has a row too). */
export const statsFoldedDays = pgTable(
  'stats_folded_days',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    foldedAt: timestamp('folded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'stats_folded_days_pk', columns: [t.officeId, t.day] })],
)

/**
 * The folded histograms of a whole finished month (`month` its first day), summed from its days: a
 * long period reads its whole months here and only the days at its ends by day.
 */
export const statsDurationMonths = pgTable(
  'stats_duration_months',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    month: date('month', { mode: 'string' }).notNull(),
    ...histogramKey,
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_duration_months_pk',
      columns: [t.officeId, t.month, t.serviceCode, t.stage, t.workingDays, t.withinSla],
    }),
  ],
)

/** The months folded into `statsDurationMonths` (a month with no finished file has a row too). */
export const statsFoldedMonths = pgTable(
  'stats_folded_months',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    month: date('month', { mode: 'string' }).notNull(),
    foldedAt: timestamp('folded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'stats_folded_months_pk', columns: [t.officeId, t.month] })],
)

/**
 * The folded histograms of a whole finished ISO week (`week` its Monday, an office date), summed
 * from its days: a period's ends that are not whole months read their whole weeks here, so 30 days
 * read about four weeks and a few days instead of thirty days.
 */
export const statsDurationWeeks = pgTable(
  'stats_duration_weeks',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    week: date('week', { mode: 'string' }).notNull(),
    ...histogramKey,
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_duration_weeks_pk',
      columns: [t.officeId, t.week, t.serviceCode, t.stage, t.workingDays, t.withinSla],
    }),
  ],
)

/** The weeks folded into `statsDurationWeeks` (a week with no finished file has a row too). */
export const statsFoldedWeeks = pgTable(
  'stats_folded_weeks',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    week: date('week', { mode: 'string' }).notNull(),
    foldedAt: timestamp('folded_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'stats_folded_weeks_pk', columns: [t.officeId, t.week] })],
)
