import { holidayKinds, type LocalizedText } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { offices } from '../offices/offices.table.ts'

/**
 * Non-working dates besides weekends, per office, as effective-dated data: the government amends the
 * list mid-year (18 August 2025 was added in August 2025), so entries are added and revoked, never
 * edited or deleted, and each change says when it was recorded and on what legal basis. National
 * holidays and cuti bersama are seeded into every office's list; a regional holiday (`libur_daerah`)
 * is entered by an admin into the one office whose region declared it.
 */
export const holidays = pgTable(
  'holidays',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    date: text('date').notNull(),
    kind: text('kind', { enum: holidayKinds }).notNull(),
    name: jsonb('name').$type<LocalizedText>().notNull(),
    legalBasis: text('legal_basis').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
    revokeReason: text('revoke_reason'),
  },
  (table) => [
    uniqueIndex('holidays_one_in_force_per_date')
      .on(table.officeId, table.date)
      .where(sql`${table.revokedAt} is null`),
  ],
)

/**
 * Years whose official calendar (the SKB of three ministers) is entered in full. A due date past the
 * last such year is provisional: its holidays are not known yet.
 */
export const calendarYears = pgTable(
  'calendar_years',
  {
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    year: integer('year').notNull(),
    legalBasis: text('legal_basis').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by'),
  },
  (table) => [primaryKey({ columns: [table.officeId, table.year] })],
)
