import type { FastifyInstance } from 'fastify'
import type { Executor } from '../../db/transaction.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createCalendarRepository } from './calendar.repository.ts'
import { calendarRoutesPlugin } from './calendar.routes.ts'
import type { CalendarDeps } from './calendar.usecases.ts'
import { createNonWorkingDays } from './non-working-days.ts'
import { createPublishedThroughOf } from './published-through.ts'

/**
 * Non-working days are read by every module that counts working days, so they are made first;
 * amending the calendar moves due dates, so the rest of the module comes after applications.
 */
export function createCalendarReader(deps: { office: Office; closedDates: (ex: Executor) => Promise<string[]> }) {
  const calendar = createCalendarRepository()
  const nonWorkingDays = createNonWorkingDays({
    repo: calendar,
    officeId: deps.office.id,
    timezone: deps.office.timezone,
    extraDates: deps.closedDates,
  })
  return {
    nonWorkingDays,
    publishedThroughOf: createPublishedThroughOf(calendar),
    calendar(more: Omit<CalendarDeps, 'calendar' | 'nonWorkingDays' | 'office' | 'closedDates'>) {
      const full: CalendarDeps = {
        ...more,
        office: deps.office,
        calendar,
        nonWorkingDays,
        closedDates: deps.closedDates,
      }
      return { routes: (app: FastifyInstance) => app.register(calendarRoutesPlugin, { deps: full }) }
    },
  }
}
