import { sql } from 'drizzle-orm'
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/** Applicant and officer accounts. NIK and phone are personal data: never logged, never public. */
export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  kind: text('kind', { enum: ['applicant', 'officer'] }).notNull(),
  /** Applicants only: the 16-digit NIK, unique. */
  nik: text('nik').unique(),
  /** Officers only: the 18-digit NIP. */
  employeeNumber: text('employee_number').unique(),
  fullName: text('full_name').notNull(),
  /** Stored lower-cased; unique across the deployment. */
  email: text('email').notNull().unique(),
  /** E.164 form, +628… */
  phone: text('phone'),
  passwordHash: text('password_hash').notNull(),
  roles: text('roles').array().notNull(),
  /** Officers on duty are eligible for system-assigned work. */
  onDuty: boolean('on_duty').notNull().default(true),
  /** Sectors an officer reviews (technical teams); null means every sector. */
  sectors: text('sectors').array(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** The admin who created the account; null for accounts set up at installation. */
  createdBy: uuid('created_by'),
  /**
   * Carried in every access token and checked on each request: raising it (deactivation, a change of
   * roles) ends every session of the account at once instead of when its tokens expire.
   */
  sessionVersion: integer('session_version').notNull().default(1),
  /** A deactivated officer can no longer log in or act; their files went back to assignment. */
  deactivatedAt: timestamp('deactivated_at', { withTimezone: true }),
  deactivatedBy: uuid('deactivated_by'),
  /**
   * Auditors only: the other offices of the deployment they may read (GET routes open to auditors),
   * besides their own. A province code (`32`) covers every served office whose code starts `32.`, an
   * office code (`32.77`) that office. Set only by the operator's `pnpm office:auditor`; null: none.
   */
  readOffices: text('read_offices').array(),
})

/**
 * Requests to grant roles that guard two-person rules (admin, treasurer, signer, supervisor). The
 * roles take effect only when a second admin, unrelated to the one who asked, approves.
 */
export const roleGrants = pgTable(
  'role_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    roles: text('roles').array().notNull(),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    outcome: text('outcome', { enum: ['approved', 'refused'] }),
  },
  (table) => [
    index('role_grants_user_idx').on(table.userId),
    index('role_grants_open_idx')
      .on(table.officeId)
      .where(sql`${table.decidedAt} is null`),
  ],
)

/**
 * Refresh tokens rotate within a family (one login). Only a SHA-256 of the token is stored.
 * Presenting a used token means it was stolen or replayed: the whole family is revoked.
 */
export const refreshTokens = pgTable(
  'refresh_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    familyId: uuid('family_id').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('refresh_tokens_family_idx').on(table.familyId)],
)

/**
 * Failed-login counters per key (`account:<email>` or `ip:<address>`), kept in the database so
 * every API process behind a load balancer sees the same count.
 */
export const loginThrottle = pgTable('login_throttle', {
  key: text('key').primaryKey(),
  failures: integer('failures').notNull(),
  lastFailureAt: timestamp('last_failure_at', { withTimezone: true }).notNull(),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
})

/**
 * Addresses each account logged in from successfully. Failed attempts from an address the account
 * knows are not counted against the account as a whole, so a stranger elsewhere cannot slow its
 * owner down. Kept 90 days.
 */
export const knownLoginAddresses = pgTable(
  'known_login_addresses',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    address: text('address').notNull(),
    lastLoginAt: timestamp('last_login_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.userId, table.address] })],
)

/**
 * One-time secrets sent to an address: a password-reset link (email) or code (SMS), or the code
 * confirming a new email or mobile number. Only a SHA-256 of the secret is stored, so a database
 * leak yields nothing usable; each works once (`used_at`), for a limited time, and a code may be
 * tried `MAX_CODE_ATTEMPTS` times. A new one of the same purpose replaces the open one.
 */
export const accountCodes = pgTable(
  'account_codes',
  {
    id: uuid('id').primaryKey(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: ['password_reset', 'email_change', 'phone_change'] }).notNull(),
    channel: text('channel', { enum: ['email', 'sms'] }).notNull(),
    secretHash: text('secret_hash').notNull(),
    /** The new address of a contact change (personal data: never logged, never public). */
    newValue: text('new_value'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    failedAttempts: integer('failed_attempts').notNull().default(0),
    usedAt: timestamp('used_at', { withTimezone: true }),
    /** Replaced by a newer one, or tried too often. */
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('account_codes_user_idx').on(table.userId, table.purpose)],
)

/**
 * Fixed-window counters of recovery requests per key (`reset:email:<sha256>`, `reset:ip:<address>`,
 * `contact:user:<id>`), in the database so every API process counts the same. Keys of emails are
 * hashed: the table holds no address.
 */
export const recoveryThrottle = pgTable('recovery_throttle', {
  key: text('key').primaryKey(),
  windowStartedAt: timestamp('window_started_at', { withTimezone: true }).notNull(),
  count: integer('count').notNull(),
})
