import { integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core'
import { applications } from '../applications/applications.table.ts'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'

/** The office's Ed25519 key that signs provisional receipt ranges, made on first use; only the public half leaves. */
export const provisionalSigningKeys = pgTable('provisional_signing_keys', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  /** Base64 of the PKCS #8 DER private key. */
  secretKey: text('secret_key').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
})

/**
 * A range of provisional receipt numbers (`SEM-<year>-<deviceShort>-<nnn>`) allocated to one frontdesk officer's
 * device while online, for the intakes it must keep while the API cannot be reached. Serials of one device short
 * and year never overlap (the unique key, and allocation under an advisory lock).
 */
export const provisionalRanges = pgTable(
  'provisional_ranges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    deviceId: uuid('device_id').notNull(),
    /** Six upper-case hex digits of the device id, printed in each number. */
    deviceShort: text('device_short').notNull(),
    year: integer('year').notNull(),
    first: integer('first').notNull(),
    last: integer('last').notNull(),
    signature: text('signature').notNull(),
    allocatedAt: timestamp('allocated_at', { withTimezone: true }).notNull(),
  },
  (table) => [unique('provisional_ranges_serials').on(table.officeId, table.deviceShort, table.year, table.first)],
)

/** A provisional number linked to the application it was printed for: once, and one per application. */
export const provisionalReceipts = pgTable('provisional_receipts', {
  number: text('number').primaryKey(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  rangeId: uuid('range_id')
    .notNull()
    .references(() => provisionalRanges.id),
  applicationId: uuid('application_id')
    .notNull()
    .unique('provisional_receipts_application')
    .references(() => applications.id),
  /** SHA-256 of `<number>:<code>`: the receipt's own tracking code, kept only as a hash. */
  codeHash: text('code_hash').notNull(),
  linkedAt: timestamp('linked_at', { withTimezone: true }).notNull(),
})
