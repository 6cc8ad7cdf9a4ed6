import { nationalHolidayKinds } from '@pintu/contract'
import { and, asc, count, desc, eq, gte, inArray, isNull, like, lte, max } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { calendarYears, holidays } from './calendar.table.ts'

export type HolidayRow = typeof holidays.$inferSelect

export function createCalendarRepository() {
  return {
    async inForce(ex: Executor, officeId: string, range?: { from: string; to: string }): Promise<HolidayRow[]> {
      return ex
        .select()
        .from(holidays)
        .where(
          and(
            eq(holidays.officeId, officeId),
            isNull(holidays.revokedAt),
            range ? gte(holidays.date, range.from) : undefined,
            range ? lte(holidays.date, range.to) : undefined,
          ),
        )
        .orderBy(asc(holidays.date))
    },
    async find(ex: Executor, officeId: string, id: string): Promise<HolidayRow | undefined> {
      const [row] = await ex
        .select()
        .from(holidays)
        .where(and(eq(holidays.officeId, officeId), eq(holidays.id, id)))
      return row
    },
    async insert(ex: Executor, values: typeof holidays.$inferInsert): Promise<HolidayRow> {
      const [row] = await ex.insert(holidays).values(values).returning()
      return row!
    },
    async revoke(
      ex: Executor,
      id: string,
      values: { revokedAt: Date; revokedBy: string; revokeReason: string },
    ): Promise<HolidayRow | undefined> {
      const [row] = await ex
        .update(holidays)
        .set(values)
        .where(and(eq(holidays.id, id), isNull(holidays.revokedAt)))
        .returning()
      return row
    },
    /**
     * National entries (holidays, cuti bersama) of a year, in force or revoked: a regional holiday
     * entered ahead of a year's SKB must not stop the national calendar from being seeded.
     */
    async countNationalInYear(ex: Executor, officeId: string, year: number): Promise<number> {
      const [row] = await ex
        .select({ n: count() })
        .from(holidays)
        .where(
          and(
            eq(holidays.officeId, officeId),
            like(holidays.date, `${year}-%`),
            inArray(holidays.kind, [...nationalHolidayKinds]),
          ),
        )
      return row?.n ?? 0
    },
    /** Records that a year's calendar is entered in full; true when it was not recorded before. */
    async recordPublishedYear(ex: Executor, values: typeof calendarYears.$inferInsert): Promise<boolean> {
      const rows = await ex
        .insert(calendarYears)
        .values(values)
        .onConflictDoNothing()
        .returning({ year: calendarYears.year })
      return rows.length === 1
    },
    /** The last published year of each office named that has one. */
    async lastPublishedYears(
      ex: Executor,
      officeIds: readonly string[],
    ): Promise<{ officeId: string; year: number }[]> {
      if (officeIds.length === 0) return []
      const rows = await ex
        .select({ officeId: calendarYears.officeId, year: max(calendarYears.year) })
        .from(calendarYears)
        .where(inArray(calendarYears.officeId, [...officeIds]))
        .groupBy(calendarYears.officeId)
      return rows.flatMap((r) => (r.year === null ? [] : [{ officeId: r.officeId, year: r.year }]))
    },
    async publishedYears(ex: Executor, officeId: string) {
      return ex
        .select()
        .from(calendarYears)
        .where(eq(calendarYears.officeId, officeId))
        .orderBy(desc(calendarYears.year))
    },
  }
}
export type CalendarRepository = ReturnType<typeof createCalendarRepository>
