import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/** A licensing office (DPMPTSP). Every domain row belongs to one, so one deployment can host several cities. */
export const offices = pgTable('offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Kemendagri region code of the city, e.g. 32.73 for Kota Bandung. */
  code: text('code').notNull().unique(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  timezone: text('timezone').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
