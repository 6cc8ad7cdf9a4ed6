import type { LocalizedText, ServiceDefinition } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { index, integer, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/** A kind of service the office offers. Its content lives in versions. */
export const serviceTypes = pgTable(
  'service_types',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    code: text('code').notNull(),
    kind: text('kind', { enum: ['izin', 'non_izin'] }).notNull(),
    sector: text('sector').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** Retired services take no applications; their versions and history stay. */
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    retiredReason: jsonb('retired_reason').$type<LocalizedText>(),
  },
  (table) => [unique('service_types_office_code_unique').on(table.officeId, table.code)],
)

/**
 * Versions of a service type, as in Open Zaak's catalogue: a draft until a second admin
 * publishes it; published versions are immutable (a trigger refuses changes) and carry validity
 * dates; applications pin the version they were filed under.
 */
export const serviceVersions = pgTable(
  'service_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceTypeId: uuid('service_type_id')
      .notNull()
      .references(() => serviceTypes.id),
    version: integer('version').notNull(),
    status: text('status', { enum: ['draft', 'published', 'discarded'] }).notNull(),
    /** Edit counter for optimistic concurrency on drafts. */
    revision: integer('revision').notNull().default(1),
    definition: jsonb('definition').$type<ServiceDefinition>().notNull(),
    /**
     * The Indonesian name, kept by PostgreSQL from the definition, for ordering search results
     * without de-TOASTing every version's full definition (tens of KB) for each row.
     */
    sortName: text('sort_name').generatedAlwaysAs(sql`definition->'name'->>'id'`),
    /** Lower-cased, accent-free code, names and descriptions in both languages, for search. */
    searchText: text('search_text').notNull(),
    validFrom: timestamp('valid_from', { withTimezone: true }),
    validTo: timestamp('valid_to', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    /** Everyone who created or edited the draft; none of them may publish it (dual control). */
    editorIds: uuid('editor_ids').array().notNull(),
    publishedBy: uuid('published_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('service_versions_type_version_unique').on(table.serviceTypeId, table.version),
    uniqueIndex('service_versions_one_open_draft')
      .on(table.serviceTypeId)
      .where(sql`${table.status} = 'draft'`),
    index('service_versions_in_force_idx')
      .on(table.serviceTypeId, table.validFrom)
      .where(sql`${table.status} = 'published'`),
  ],
)
