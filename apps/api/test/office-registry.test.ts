import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { systemClock } from '../src/clock.ts'
import { prepareDatabase } from '../src/bootstrap/prepare-database.ts'
import { cloneTestDatabase } from './support/test-database.ts'
import { queryRows } from './support/test-app.ts'

describe('the office registry at start', () => {
  it('serves the configured offices, default first, each with its catalogue and holidays', async () => {
    const { database, drop } = await cloneTestDatabase()
    try {
      // The template database already serves Kota Bandung: a second start adds Kota Makassar.
      const { office, otherOffices, seeded, seededOffices } = await prepareDatabase(database, systemClock, [
        '32.73',
        '73.71',
      ])
      expect(office.code).toBe('32.73')
      expect(otherOffices.map((o) => o.code)).toEqual(['73.71'])
      // Seeded answers for the default office (its demo accounts follow a first start only).
      expect(seeded).toBe(false)
      // Kota Makassar is new here: its demo accounts follow this start (server.ts).
      expect(seededOffices.map((o) => o.code)).toEqual(['73.71'])
      const counts = await queryRows<{ code: string; services: number; holidays: number }>(
        database.db,
        sql`select o.code,
              (select count(*)::int from service_types s where s.office_id = o.id) as services,
              (select count(*)::int from holidays h where h.office_id = o.id) as holidays
            from offices o order by o.code`,
      )
      expect(counts).toHaveLength(2)
      expect(counts[0]!.services).toBeGreaterThan(50)
      expect(counts[1]).toEqual({ code: '73.71', services: counts[0]!.services, holidays: counts[0]!.holidays })
      // Starting again changes nothing: the rows are brought up to date, not duplicated.
      const again = await prepareDatabase(database, systemClock, ['32.73', '73.71'])
      expect(again.otherOffices).toEqual(otherOffices)
      expect(again.seededOffices).toEqual([])
      const rows = await queryRows<{ n: number }>(database.db, sql`select count(*)::int as n from offices`)
      expect(rows[0]!.n).toBe(2)
    } finally {
      await database.close()
      await drop()
    }
  })

  it('refuses an office the registry does not know', async () => {
    const { database, drop } = await cloneTestDatabase()
    try {
      await expect(prepareDatabase(database, systemClock, ['99.99'])).rejects.toThrow(/not in the office registry/)
    } finally {
      await database.close()
      await drop()
    }
  })
})
