import { officeStatuses, type OpenReturn } from '@pintu/contract'
import { sql, type AnyColumn, type SQL } from 'drizzle-orm'
import {
  bigint,
  index,
  integer,
  jsonb,
  pgSequence,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core'
import { serviceTypes, serviceVersions } from '../catalogue/catalogue.table.ts'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'

/**
 * `status in (…)` over the statuses the office holds, as constants: a partial index's predicate
 * must be provable from the query's, and a query that binds the list as parameters proves nothing.
 */
export const heldByOffice = (status: AnyColumn): SQL =>
  sql`${status} in (${sql.raw(officeStatuses.map((s) => `'${s}'`).join(', '))})`

/** Registration numbers: increasing and unique; gaps are fine, a locked counter row would serialise submissions. */
export const registrationNumbers = pgSequence('registration_numbers', { startWith: 1 })

/** One application for one service, pinned to the catalogue version it was filed under. */
export const applications = pgTable(
  'applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => users.id),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    serviceVersionId: uuid('service_version_id')
      .notNull()
      .references(() => serviceVersions.id),
    serviceCode: text('service_code').notNull(),
    serviceKind: text('service_kind', { enum: ['izin', 'non_izin'] }).notNull(),
    sector: text('sector').notNull(),
    applicationKind: text('application_kind').notNull(),
    status: text('status').notNull(),
    /**
     * How it came in: `online` by the applicant, `counter` taken by a frontdesk officer for a walk-in
     * applicant, `integration` filed by an integration client the applicant gave consent to.
     */
    channel: text('channel', { enum: ['online', 'counter', 'integration'] })
      .notNull()
      .default('online'),
    /** At the counter: the frontdesk officer who took the intake, who may continue it and never verifies it. */
    intakeOfficerId: uuid('intake_officer_id').references(() => users.id),
    /** Filed by an integration client: the one client that may continue it (no foreign key across modules). */
    intakeClientId: uuid('intake_client_id'),
    /** Optimistic concurrency: every change increments it; a stale one is refused. */
    version: integer('version').notNull().default(1),
    formData: jsonb('form_data').$type<Record<string, string | number | boolean>>().notNull(),
    /** Rupiah, from the catalogue fee rule at submission; 64-bit (a 32-bit column overflowed above Rp 2.1 billion). */
    feeAmount: bigint('fee_amount', { mode: 'number' }),
    registrationNo: text('registration_no').unique(),
    /** SHA-256 of "<registration no>:<tracking code>"; the code itself is shown once. */
    trackingCodeHash: text('tracking_code_hash'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    expectedCompletionDate: text('expected_completion_date'),
    currentStage: text('current_stage'),
    stageStartedAt: timestamp('stage_started_at', { withTimezone: true }),
    /** Last working day of the current stage's budget (a date in the office's time zone). */
    stageDueDate: text('stage_due_date'),
    assigneeId: uuid('assignee_id').references(() => users.id),
    openReturn: jsonb('open_return').$type<OpenReturn>(),
    /**
     * While returned: the last working day (the office's time zone) to fix it before it expires (the
     * catalogue's return limit).
     */
    returnDueDate: text('return_due_date'),
    decisionNote: text('decision_note'),
    technicalReport: text('technical_report'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    index('applications_applicant_idx').on(table.applicantId, table.createdAt),
    index('applications_queue_idx')
      .on(table.assigneeId, table.stageDueDate)
      .where(sql`${table.assigneeId} is not null`),
    index('applications_office_status_idx').on(table.officeId, table.status, table.currentStage),
    // The board and the queues read only the files the office holds, earliest due first: partial
    // indexes over those (a few per cent of all files) in that order, covering what the counts
    // read (stage and assignee trail the first, for index-only counts), so neither a page nor a
    // count ever touches the years of settled files.
    index('applications_held_order_idx')
      .on(table.officeId, table.stageDueDate, table.stageStartedAt, table.currentStage, table.assigneeId)
      .where(heldByOffice(table.status)),
    index('applications_held_stage_order_idx')
      .on(table.officeId, table.currentStage, table.stageDueDate, table.stageStartedAt)
      .where(heldByOffice(table.status)),
  ],
)

/**
 * Reassignments per office (asked by a supervisor, or done by the system when an officer left),
 * kept by the statement that records each one, so the board reads one row instead of counting
 * every stage assignment in the office's history.
 */
export const officeReassignments = pgTable('office_reassignments', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  bySupervisor: integer('by_supervisor').notNull().default(0),
  bySystem: integer('by_system').notNull().default(0),
})

/** Who the system assigned to which stage, and every reassignment with its reason. */
export const stageAssignments = pgTable(
  'stage_assignments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    stage: text('stage').notNull(),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /** Null when the system assigned on its own; the supervisor for a reassignment. */
    requestedBy: uuid('requested_by'),
    reason: text('reason'),
  },
  (table) => [index('stage_assignments_application_idx').on(table.applicationId)],
)

/** Uploaded documents; the bytes live in the document storage under `storageKey`. */
export const applicationDocuments = pgTable(
  'application_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id),
    requirementKey: text('requirement_key').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    storageKey: text('storage_key').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    /** Set when replaced or removed; the row stays for history. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (table) => [index('application_documents_application_idx').on(table.applicationId)],
)

/**
 * The files each officer holds (status held by the office, officer assigned), kept by the one
 * transition writer so choosing an officer reads a few rows instead of counting the backlog. The
 * count is spread over `slot`s (the writer adds +1 or -1 to a random one) so concurrent
 * submissions for the same officer do not queue on one row lock; an officer's load is the sum of
 * their slots. `apps/api/test/officer-load.test.ts` checks it stays equal to the real count.
 */
export const officerLoads = pgTable(
  'officer_loads',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    slot: smallint('slot').notNull(),
    /** This slot's share of the count; one slot may be negative, the sum never is. */
    openFiles: integer('open_files').notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.officerId, table.slot] })],
)
