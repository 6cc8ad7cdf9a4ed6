import { retiredServices } from '@pintu/catalogue'
import { officeDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atOfficeTime } from '../src/modules/catalogue/catalogue.seed.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'

// Kota Bandung (32.73, WIB, UTC+7, the default) and Kota Makassar (73.71, WITA, UTC+8), both seeded
// with the national template's history.
const BANDUNG = '32.73'
const MAKASSAR = '73.71'
const WIB = officeDays('Asia/Jakarta')
const WITA = officeDays('Asia/Makassar')

type Seeded = { code: string; validFrom: Date; validTo: Date | null }

describe("the seeded catalogue history of each office is dated in that office's own zone", () => {
  let t: TestApp
  beforeAll(async () => {
    t = await createTestApp({ otherOffices: [MAKASSAR] })
  })
  afterAll(() => t?.close())

  /** Each seeded service of an office: version 1's validity, as instants. */
  const seededAt = async (office: string): Promise<Seeded[]> =>
    (
      await queryRows<{ code: string; valid_from: string | Date; valid_to: string | Date | null }>(
        t.db,
        sql`select t.code, v.valid_from, v.valid_to from service_versions v
            join service_types t on t.id = v.service_type_id
            join offices o on o.id = t.office_id
            where o.code = ${office} and v.version = 1 order by t.code`,
      )
    ).map((row) => ({
      code: row.code,
      validFrom: new Date(row.valid_from),
      validTo: row.valid_to === null ? null : new Date(row.valid_to),
    }))

  const retiredCodes = new Set(retiredServices.map((r) => r.definition.code))

  it('starts the services in force at 00:00 of 1 January 2017 in each office, Makassar an hour before Bandung', async () => {
    for (const [office, days] of [
      [BANDUNG, WIB],
      [MAKASSAR, WITA],
    ] as const) {
      const inForce = (await seededAt(office)).filter((row) => !retiredCodes.has(row.code))
      expect(inForce.length, office).toBeGreaterThan(50)
      for (const row of inForce) {
        expect(row.validFrom.getTime(), `${office} ${row.code}`).toBe(days.startOfDay('2017-01-01').getTime())
        expect(days.dateOf(row.validFrom)).toBe('2017-01-01')
        expect(days.dateOf(new Date(row.validFrom.getTime() - 1))).toBe('2016-12-31')
      }
    }
    expect(WITA.startOfDay('2017-01-01').toISOString()).toBe('2016-12-31T16:00:00.000Z')
  })

  it("retires each retired service from the start of its retirement day in the office's zone, and dates it from June 2015", async () => {
    expect(retiredServices.length).toBeGreaterThan(0)
    for (const [office, days] of [
      [BANDUNG, WIB],
      [MAKASSAR, WITA],
    ] as const) {
      const retired = (await seededAt(office)).filter((row) => retiredCodes.has(row.code))
      expect(retired).toHaveLength(retiredServices.length)
      for (const { definition, retiredAt } of retiredServices) {
        const row = retired.find((r) => r.code === definition.code)!
        const day = retiredAt.slice(0, 10)
        expect(row.validTo!.getTime(), `${office} ${definition.code}`).toBe(days.startOfDay(day).getTime())
        expect(row.validFrom.getTime()).toBe(days.startOfDay('2015-06-01').getTime())
      }
      const types = await queryRows<{ retired_at: string | Date }>(
        t.db,
        sql`select t.retired_at from service_types t join offices o on o.id = t.office_id
            where o.code = ${office} and t.retired_at is not null`,
      )
      expect(types.map((type) => days.dateOf(new Date(type.retired_at))).sort()).toEqual(
        retiredServices.map((r) => r.retiredAt.slice(0, 10)).sort(),
      )
    }
  })

  it('keeps the time of day a catalogue moment is written with, in the office zone', () => {
    expect(atOfficeTime(WITA, '2017-07-01T00:00:00+07:00').toISOString()).toBe('2017-06-30T16:00:00.000Z')
    expect(atOfficeTime(WIB, '2017-07-01T00:00:00+07:00').toISOString()).toBe('2017-06-30T17:00:00.000Z')
    expect(atOfficeTime(WITA, '2016-03-01T08:30:00+07:00').toISOString()).toBe('2016-03-01T00:30:00.000Z')
    expect(atOfficeTime(officeDays('Asia/Jayapura'), '2016-03-01T00:00:00Z').toISOString()).toBe(
      '2016-02-29T15:00:00.000Z',
    )
  })
})
