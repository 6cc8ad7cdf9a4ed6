import { boolean, date, integer, pgTable, primaryKey, smallint, text, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/*
 * Public statistics, kept by the change record's writer in the same transaction as each change
 * (see stats-recorder.ts), so a figure is never counted from the applications per request and never
 * read from rows that lose history. Counters are spread over `slot`s (a random one takes each
 * +1/-1) so concurrent submissions do not queue on one row lock; a figure is the sum of its slots.
 */

/** What a file was received as, written once at its first submission: the key its counters carry. */
export const statsFiles = pgTable('stats_files', {
  applicationId: uuid('application_id').primaryKey(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  /** `online` (the applicant) or `counter` (an officer filed it on the applicant's behalf). */
  channel: text('channel').notNull(),
  /** The day it was received (the office's time zone): its age counts from here. */
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  /**
   * Counted in the officer backlog report since its submission: false for files received before
   * that report existed (migration 0025), whose next change would otherwise take from a count they
   * were never added to.
   */
  inOfficerReport: boolean('in_officer_report').notNull().default(false),
})

/**
 * Files received and not finished, by where they are. The stage's due date is kept as the day the
 * stage was entered and the working days it had left then, so a closure or holiday declared later
 * moves the due date here exactly as it moves the file's. `enteredOn` '' and `daysLeft` -1 when the
 * file is in no stage (returned to the applicant, or waiting for an officer).
 */
const backlogKey = {
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  status: text('status').notNull(),
  serviceCode: text('service_code').notNull(),
  serviceKind: text('service_kind').notNull(),
  channel: text('channel').notNull(),
  receivedOn: date('received_on', { mode: 'string' }).notNull(),
  enteredOn: text('entered_on').notNull(),
  daysLeft: smallint('days_left').notNull(),
  slot: smallint('slot').notNull(),
}

/** The backlog now: the sum of every change so far. */
export const statsBacklog = pgTable('stats_backlog', { ...backlogKey, files: integer('files').notNull() }, (t) => [
  primaryKey({
    name: 'stats_backlog_pk',
    columns: [
      t.officeId,
      t.status,
      t.serviceCode,
      t.serviceKind,
      t.channel,
      t.receivedOn,
      t.enteredOn,
      t.daysLeft,
      t.slot,
    ],
  }),
])

/**
 * The same changes by the day they happened (the office's time zone): the backlog at the end of day D
 * is their sum up to D.
 */
export const statsBacklogDays = pgTable(
  'stats_backlog_days',
  { day: date('day', { mode: 'string' }).notNull(), ...backlogKey, files: integer('files').notNull() },
  (t) => [
    primaryKey({
      name: 'stats_backlog_days_pk',
      columns: [
        t.officeId,
        t.day,
        t.status,
        t.serviceCode,
        t.serviceKind,
        t.channel,
        t.receivedOn,
        t.enteredOn,
        t.daysLeft,
        t.slot,
      ],
    }),
  ],
)

/**
 * Events per day: registrations, decisions, issuances, returns (and one row per reason code),
 * withdrawals, expiries, reassignments and escalations (with the stage in `detail`).
 */
export const statsDaily = pgTable(
  'stats_daily',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    serviceCode: text('service_code').notNull(),
    metric: text('metric').notNull(),
    /** A return reason code or a stage key; '' when the metric has none. */
    detail: text('detail').notNull(),
    slot: smallint('slot').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ name: 'stats_daily_pk', columns: [t.officeId, t.day, t.serviceCode, t.metric, t.detail, t.slot] }),
  ],
)

/**
 * Finished stage visits and finished files by the day they ended, with the working days they took
 * and whether they ended by their due date: medians and percentiles are read exactly from these
 * integer histograms. `stage` is a catalogue stage key, or `total` for a file from registration
 * to its outcome.
 */
export const statsDurations = pgTable(
  'stats_durations',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    day: date('day', { mode: 'string' }).notNull(),
    serviceCode: text('service_code').notNull(),
    stage: text('stage').notNull(),
    workingDays: integer('working_days').notNull(),
    withinSla: boolean('within_sla').notNull(),
    slot: smallint('slot').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'stats_durations_pk',
      columns: [t.officeId, t.day, t.serviceCode, t.stage, t.workingDays, t.withinSla, t.slot],
    }),
  ],
)

/**
 * The officer backlog report's figures: the same keys and the same changes as the public backlog,
 * plus who holds the file (`assigneeId`, '' when nobody does). Kept apart so the public endpoints,
 * which read only the tables above, can never show an officer's identity.
 */
const officerBacklogKey = { ...backlogKey, assigneeId: text('assignee_id').notNull() }

/** The officer backlog now. */
export const statsOfficerBacklog = pgTable(
  'stats_officer_backlog',
  { ...officerBacklogKey, files: integer('files').notNull() },
  (t) => [
    primaryKey({
      name: 'stats_officer_backlog_pk',
      columns: [
        t.officeId,
        t.status,
        t.serviceCode,
        t.serviceKind,
        t.channel,
        t.receivedOn,
        t.enteredOn,
        t.daysLeft,
        t.assigneeId,
        t.slot,
      ],
    }),
  ],
)

/** The officer backlog's changes by the day they happened: the report as of day D is now minus those after D. */
export const statsOfficerBacklogDays = pgTable(
  'stats_officer_backlog_days',
  { day: date('day', { mode: 'string' }).notNull(), ...officerBacklogKey, files: integer('files').notNull() },
  (t) => [
    primaryKey({
      name: 'stats_officer_backlog_days_pk',
      columns: [
        t.officeId,
        t.day,
        t.status,
        t.serviceCode,
        t.serviceKind,
        t.channel,
        t.receivedOn,
        t.enteredOn,
        t.daysLeft,
        t.assigneeId,
        t.slot,
      ],
    }),
  ],
)
