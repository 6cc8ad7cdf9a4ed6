import {
  datesBetween,
  officeDays,
  isProvisionalDate,
  isWorkingDay,
  type AddHolidayBody,
  type CalendarStatus,
  type DueDate,
  type Holiday,
  type HolidayList,
  type SkippedDayReason,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, notFound } from '../../errors/app-error.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CalendarRepository, HolidayRow } from './calendar.repository.ts'
import type { NonWorkingDays } from './non-working-days.ts'

export interface CalendarDeps {
  db: Db
  clock: Clock
  office: Office
  calendar: CalendarRepository
  changes: ChangeRecord
  nonWorkingDays: NonWorkingDays
  /** The office dates inside declared closures (the continuity module): a due date names them as such. */
  closedDates(ex: Executor): Promise<string[]>
  /** Recomputes what depends on the calendar (stage due dates) from this date on, in the same transaction. */
  onChanged(tx: Executor, fromDate: string): Promise<unknown>
}

const admin = (actor: { id: string }) => ({ id: actor.id, role: 'admin' })

const toHoliday = (row: HolidayRow): Holiday => ({
  id: row.id,
  date: row.date,
  kind: row.kind,
  name: row.name,
  legalBasis: row.legalBasis,
  recordedAt: row.recordedAt.toISOString(),
})

export async function holidaysOfYear(deps: CalendarDeps, year: number): Promise<HolidayList> {
  const rows = await deps.calendar.inForce(deps.db, deps.office.id, { from: `${year}-01-01`, to: `${year}-12-31` })
  return { year, items: rows.map(toHoliday) }
}

/** The due date of `days` working days from `from` (an office date), naming every non-working date skipped. */
export async function dueDate(deps: CalendarDeps, from: string, days: number): Promise<DueDate> {
  const officeDay = officeDays(deps.office.timezone)
  const nonWorking = await deps.nonWorkingDays.get(deps.db)
  const due = officeDay.addWorkingDays(officeDay.noonOf(from), days, nonWorking)
  const rows = await deps.calendar.inForce(deps.db, deps.office.id, { from, to: due })
  const named = new Map(rows.map((r) => [r.date, r]))
  const closed = new Set(await deps.closedDates(deps.db))
  // A holiday entry names itself; a closure is the office's own word and wins over the weekend it may span.
  const reasonOf = (date: string): SkippedDayReason =>
    named.get(date)?.kind ?? (closed.has(date) ? 'closure' : 'weekend')
  const skipped = datesBetween(from, due)
    .slice(1)
    .filter((date) => !isWorkingDay(date, nonWorking))
    .map((date) => ({ date, reason: reasonOf(date), name: named.get(date)?.name ?? null }))
  return {
    from,
    days,
    dueDate: due,
    provisional: isProvisionalDate(due, await deps.nonWorkingDays.publishedThrough(deps.db)),
    skipped,
  }
}

/** Runs a calendar change; whatever happens, this process forgets its cached calendar afterwards. */
async function changeCalendar<T>(deps: CalendarDeps, change: () => Promise<T>): Promise<T> {
  try {
    return await change()
  } finally {
    deps.nonWorkingDays.invalidate()
  }
}

export async function addHoliday(
  deps: CalendarDeps,
  body: AddHolidayBody,
  actor: { id: string; requestId: string },
): Promise<Holiday> {
  const row = await changeCalendar(deps, () =>
    deps.db.transaction(async (tx) => {
      const existing = await deps.calendar.inForce(tx, deps.office.id, { from: body.date, to: body.date })
      if (existing.length) throw conflict('calendar.already_holiday')
      const now = deps.clock.now()
      const inserted = await deps.calendar.insert(tx, {
        officeId: deps.office.id,
        ...body,
        recordedAt: now,
        recordedBy: actor.id,
      })
      await deps.changes.record(tx, {
        action: 'calendar.holiday_added',
        entity: { type: 'holiday', id: inserted.id },
        actor: admin(actor),
        requestId: actor.requestId,
        details: { date: body.date, kind: body.kind, legalBasis: body.legalBasis },
      })
      // Drop the cache inside the transaction so due dates are recomputed with this change included.
      deps.nonWorkingDays.invalidate()
      await deps.onChanged(tx, body.date)
      return inserted
    }),
  )
  return toHoliday(row)
}

export async function revokeHoliday(
  deps: CalendarDeps,
  id: string,
  reason: string,
  actor: { id: string; requestId: string },
): Promise<Holiday> {
  const row = await changeCalendar(deps, () =>
    deps.db.transaction(async (tx) => {
      const found = await deps.calendar.find(tx, deps.office.id, id)
      if (!found) throw notFound('calendar.not_found')
      const now = deps.clock.now()
      const revoked = await deps.calendar.revoke(tx, id, { revokedAt: now, revokedBy: actor.id, revokeReason: reason })
      if (!revoked) throw conflict('calendar.already_revoked')
      await deps.changes.record(tx, {
        action: 'calendar.holiday_revoked',
        entity: { type: 'holiday', id },
        actor: admin(actor),
        requestId: actor.requestId,
        details: { date: found.date, reason },
      })
      // Drop the cache inside the transaction so due dates are recomputed with this change included.
      deps.nonWorkingDays.invalidate()
      await deps.onChanged(tx, found.date)
      return revoked
    }),
  )
  return toHoliday(row)
}

/** Admins are warned this long before the published calendar runs out. */
export const CALENDAR_WARNING_DAYS = 90

export async function calendarStatus(deps: CalendarDeps): Promise<CalendarStatus> {
  const years = await deps.calendar.publishedYears(deps.db, deps.office.id)
  const through = years[0]?.year ?? null
  const runsOutOn = through === null ? null : `${through}-12-31`
  const warnFrom =
    runsOutOn === null
      ? 0
      : officeDays(deps.office.timezone).startOfDay(runsOutOn).getTime() - CALENDAR_WARNING_DAYS * 86_400_000
  return {
    publishedThrough: through,
    runsOutOn,
    warning: deps.clock.now().getTime() >= warnFrom,
    years: years.map((y) => ({ year: y.year, legalBasis: y.legalBasis, recordedAt: y.recordedAt.toISOString() })),
  }
}

/** Marks a year's calendar as entered in full: its due dates stop being provisional. */
export async function publishYear(
  deps: CalendarDeps,
  body: { year: number; legalBasis: string },
  actor: { id: string; requestId: string },
) {
  return changeCalendar(deps, () =>
    deps.db.transaction(async (tx) => {
      const now = deps.clock.now()
      if (
        !(await deps.calendar.recordPublishedYear(tx, {
          officeId: deps.office.id,
          ...body,
          recordedAt: now,
          recordedBy: actor.id,
        }))
      ) {
        throw conflict('calendar.year_published')
      }
      await deps.changes.record(tx, {
        action: 'calendar.year_published',
        entity: { type: 'calendar_year', id: String(body.year) },
        actor: admin(actor),
        requestId: actor.requestId,
        details: { ...body },
      })
      return { ...body, recordedAt: now.toISOString() }
    }),
  )
}
