import { boolean, date, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/*
 * The officer backlog report's snapshots of finished days, kept by the rollup job beside the public
 * ones (stats-rollups.table.ts) and apart from them, so the public tables never carry an assignee.
 */

/** The officer backlog at the end of a finished day, at its answer's granularity (assignee included). */
export const statsOfficerBacklogSnapshots = pgTable(
  'stats_officer_backlog_snapshots',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    serviceKind: text('service_kind').notNull(),
    serviceCode: text('service_code').notNull(),
    status: text('status').notNull(),
    channel: text('channel').notNull(),
    /** The officer holding the files, '' when nobody does. */
    assigneeId: text('assignee_id').notNull(),
    ageBucket: text('age_bucket').notNull(),
    overdue: boolean('overdue').notNull(),
    files: integer('files').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_officer_backlog_snapshots_pk',
      columns: [
        t.officeId,
        t.day,
        t.serviceKind,
        t.serviceCode,
        t.status,
        t.channel,
        t.assigneeId,
        t.ageBucket,
        t.overdue,
      ],
    }),
  ],
)

/** One row per day whose officer snapshot is kept, with its calendar fingerprint (as `statsBacklogSnapshotDays`). */
export const statsOfficerBacklogSnapshotDays = pgTable(
  'stats_officer_backlog_snapshot_days',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    calendar: text('calendar').notNull(),
    builtAt: timestamp('built_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ name: 'stats_officer_backlog_snapshot_days_pk', columns: [t.officeId, t.day] })],
)
