import type { ClientPublicKey } from '@pintu/contract'
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from '../identity/identity.table.ts'
import { offices } from '../offices/offices.table.ts'

/**
 * Integration clients: third-party systems that call the API as themselves (SPEC §3). What a
 * client may do is read from here on every request, so a revocation or a narrowed scope takes
 * effect at once rather than when its tokens expire.
 */
export const integrationClients = pgTable('integration_clients', {
  id: uuid('id').primaryKey().defaultRandom(),
  officeId: uuid('office_id')
    .notNull()
    .references(() => offices.id),
  name: text('name').notNull(),
  ownerOrganisation: text('owner_organisation').notNull(),
  /** The owner's technical contact: an organisation's address, not an applicant's. */
  contactEmail: text('contact_email').notNull(),
  scopes: text('scopes').array().notNull(),
  /** Service type codes whose applications the client may read or file. */
  serviceCodes: text('service_codes').array().notNull(),
  rateLimitPerMinute: integer('rate_limit_per_minute').notNull(),
  /** The JWK its `private_key_jwt` assertions verify with (RFC 7523); null: secrets only. */
  publicKey: jsonb('public_key').$type<ClientPublicKey>(),
  createdBy: uuid('created_by')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  revokedBy: uuid('revoked_by'),
})

/**
 * A client's secrets, by SHA-256 only. A secret is 256 random bits, so a plain hash is enough: a
 * slow password hash protects guessable secrets, and these are not guessable. Several may work at
 * once during a rotation's overlap; `expiresAt` ends one.
 */
export const integrationClientSecrets = pgTable(
  'integration_client_secrets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    clientId: uuid('client_id')
      .notNull()
      .references(() => integrationClients.id),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
  },
  (table) => [index('integration_client_secrets_client_idx').on(table.clientId)],
)

/**
 * The `jti` of every `private_key_jwt` assertion accepted, until it expires: an assertion works
 * once (RFC 7523 §3 item 7), in every process at once. Assertions live at most 5 minutes, so the
 * table stays small; a client's expired rows go when it next authenticates.
 */
export const integrationClientAssertions = pgTable(
  'integration_client_assertions',
  {
    clientId: uuid('client_id')
      .notNull()
      .references(() => integrationClients.id),
    jti: text('jti').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.clientId, table.jti] })],
)

/**
 * An applicant's consent that an integration client file applications for them (SPEC §3): for the
 * service types named, until it expires or the applicant revokes it. Checked at every step the client
 * takes, so a revocation stops a filing half-way.
 */
export const applicantConsents = pgTable(
  'applicant_consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    applicantId: uuid('applicant_id')
      .notNull()
      .references(() => users.id),
    clientId: uuid('client_id')
      .notNull()
      .references(() => integrationClients.id),
    serviceCodes: text('service_codes').array().notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [index('applicant_consents_client_applicant_idx').on(table.clientId, table.applicantId)],
)
