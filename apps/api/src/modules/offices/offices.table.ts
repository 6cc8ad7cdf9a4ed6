import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'

/**
 * A licensing office (DPMPTSP): the tenant. Every domain row belongs to one, so one deployment can
 * host several cities. Its facts come from the registry in @pintu/catalogue and are brought up to
 * date from it at every start (the registry is the source, the row is what other rows point at).
 */
export const offices = pgTable('offices', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** Kemendagri region code of the city, e.g. 32.73 for Kota Bandung. */
  code: text('code').notNull().unique(),
  nameId: text('name_id').notNull(),
  nameEn: text('name_en').notNull(),
  /** IANA time zone of the office's working day: Asia/Jakarta (WIB), Asia/Makassar (WITA) or Asia/Jayapura (WIT). */
  timezone: text('timezone').notNull(),
  /** BPS region code of the city, e.g. 3273 (statistics and Satu Data). */
  bpsCode: text('bps_code'),
  /** Kemendagri code of the province, e.g. 32 (Jawa Barat): the cell an office belongs to. */
  provinceCode: text('province_code'),
  address: text('address'),
  /** The title the head of office signs under. */
  headTitle: text('head_title'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
