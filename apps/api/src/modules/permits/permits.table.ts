import type { PadesSummary, PermitData } from '@pintu/contract'
import { customType, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { applications } from '../applications/applications.table.ts'
import { offices } from '../offices/offices.table.ts'

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' })

/** Issued permits: the printed data and its Ed25519 signature. Only revocation may change a row (migration guard). */
export const permits = pgTable('permits', {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  applicationId: uuid('application_id')
    .notNull()
    .unique()
    .references(() => applications.id),
  number: text('number').notNull().unique(),
  year: integer('year').notNull(),
  sequence: integer('sequence').notNull(),
  printed: jsonb('printed').$type<PermitData>().notNull(),
  signature: text('signature').notNull(),
  /**
   * Printed on the permit and carried in its QR link: verification by number alone shows validity,
   * service and dates; the printed data (the holder's name) only to whoever holds this code.
   */
  verificationCode: text('verification_code').notNull(),
  keyId: text('key_id').notNull(),
  signerId: uuid('signer_id').notNull(),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedBy: uuid('revoked_by'),
  revokeReason: text('revoke_reason'),
  /**
   * The PDF as signed with a certified electronic signature (PAdES) at issue, kept byte for byte: a
   * re-rendered PDF would break the signature. Null when no signing service was configured.
   */
  signedPdf: bytea('signed_pdf'),
  pades: jsonb('pades').$type<PadesSummary>(),
})

/**
 * Permit numbers are gapless per office and year: the counter row is incremented inside the
 * signing transaction, so a rolled-back signature gives its number back. Signing is rare enough
 * that serialising it on this row costs nothing.
 */
export const permitCounters = pgTable(
  'permit_counters',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    lastSequence: integer('last_sequence').notNull(),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.year] })],
)
