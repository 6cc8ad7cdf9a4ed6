import { and, asc, count, eq, gte, isNull, lte } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { holidays } from './calendar.table.ts'

export type HolidayRow = typeof holidays.$inferSelect

export function createCalendarRepository() {
  return {
    async inForce(ex: Executor, officeId: string, range?: { from: string; to: string }): Promise<HolidayRow[]> {
      return ex
        .select()
        .from(holidays)
        .where(and(eq(holidays.officeId, officeId), isNull(holidays.revokedAt), range ? gte(holidays.date, range.from) : undefined, range ? lte(holidays.date, range.to) : undefined))
        .orderBy(asc(holidays.date))
    },
    async find(ex: Executor, officeId: string, id: string): Promise<HolidayRow | undefined> {
      const [row] = await ex.select().from(holidays).where(and(eq(holidays.officeId, officeId), eq(holidays.id, id)))
      return row
    },
    async insert(ex: Executor, values: typeof holidays.$inferInsert): Promise<HolidayRow> {
      const [row] = await ex.insert(holidays).values(values).returning()
      return row!
    },
    async revoke(ex: Executor, id: string, values: { revokedAt: Date; revokedBy: string; revokeReason: string }): Promise<HolidayRow | undefined> {
      const [row] = await ex.update(holidays).set(values).where(and(eq(holidays.id, id), isNull(holidays.revokedAt))).returning()
      return row
    },
    async count(ex: Executor, officeId: string): Promise<number> {
      const [row] = await ex.select({ n: count() }).from(holidays).where(eq(holidays.officeId, officeId))
      return row?.n ?? 0
    },
  }
}
export type CalendarRepository = ReturnType<typeof createCalendarRepository>
