import { sql } from 'drizzle-orm'
import { jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'
import type { SealedKey } from './passphrase-key.ts'
import type { CaMaterial } from './simulator-ca.ts'

/**
 * Officers enrolled to sign with a certified electronic signature. The signing service knows them by
 * NIK; with the local simulator the row also holds their certificate and their key sealed under their
 * own passphrase (never the passphrase). At most one enrolment in force per officer.
 */
export const signers = pgTable(
  'signers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    service: text('service', { enum: ['simulator', 'bsre'] }).notNull(),
    nik: text('nik').notNull(),
    nip: text('nip').notNull(),
    title: text('title').notNull(),
    certificatePem: text('certificate_pem'),
    certificateSerial: text('certificate_serial'),
    sealedKey: jsonb('sealed_key').$type<SealedKey>(),
    validUntil: timestamp('valid_until', { withTimezone: true }),
    enrolledAt: timestamp('enrolled_at', { withTimezone: true }).notNull(),
    enrolledBy: uuid('enrolled_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (table) => [
    uniqueIndex('signers_one_in_force')
      .on(table.officerId)
      .where(sql`${table.revokedAt} is null`),
  ],
)

/**
 * The LOCAL CERTIFICATION-AUTHORITY SIMULATOR's root, intermediate and timestamp authority, made on the
 * first start that uses it. Its keys are kept plainly: it is a simulator for tests and demos, and a
 * deployment that issues real permits uses the national service instead.
 */
export const signingSimulatorCa = pgTable('signing_simulator_ca', {
  officeId: uuid('office_id')
    .primaryKey()
    .references(() => offices.id),
  material: jsonb('material').$type<CaMaterial>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
})
