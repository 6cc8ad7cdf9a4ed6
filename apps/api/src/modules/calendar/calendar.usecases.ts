import { addWorkingDays, isWorkingDay, type AddHolidayBody, type DueDate, type Holiday, type HolidayList } from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { conflict, notFound } from '../../errors/app-error.ts'
import type { AuditRepository } from '../audit/audit.repository.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CalendarRepository, HolidayRow } from './calendar.repository.ts'
import type { NonWorkingDays } from './non-working-days.ts'

export interface CalendarDeps {
  db: Db
  clock: Clock
  office: Office
  calendar: CalendarRepository
  audit: AuditRepository
  nonWorkingDays: NonWorkingDays
  /** Recomputes what depends on the calendar (stage due dates) from this date on, in the same transaction. */
  onChanged(tx: Executor, fromDate: string): Promise<unknown>
}

const toHoliday = (row: HolidayRow): Holiday => ({
  id: row.id, date: row.date, kind: row.kind, name: row.name, legalBasis: row.legalBasis, recordedAt: row.recordedAt.toISOString(),
})

export async function holidaysOfYear(deps: CalendarDeps, year: number): Promise<HolidayList> {
  const rows = await deps.calendar.inForce(deps.db, deps.office.id, { from: `${year}-01-01`, to: `${year}-12-31` })
  return { year, items: rows.map(toHoliday) }
}

/** The due date of `days` working days from `from`, naming every non-working date skipped on the way. */
export async function dueDate(deps: CalendarDeps, from: string, days: number): Promise<DueDate> {
  const start = new Date(`${from}T12:00:00+07:00`)
  const nonWorking = await deps.nonWorkingDays.get(deps.db)
  const due = addWorkingDays(start, days, nonWorking)
  const rows = await deps.calendar.inForce(deps.db, deps.office.id, { from, to: due })
  const named = new Map(rows.map((r) => [r.date, r]))
  const skipped: DueDate['skipped'] = []
  for (let d = new Date(`${from}T00:00:00Z`); ; ) {
    d = new Date(d.getTime() + 86_400_000)
    const date = d.toISOString().slice(0, 10)
    if (date > due) break
    if (isWorkingDay(date, nonWorking)) continue
    const holiday = named.get(date)
    skipped.push({ date, reason: holiday?.kind ?? 'weekend', name: holiday?.name ?? null })
  }
  return { from, days, dueDate: due, skipped }
}

/** Runs a calendar change; whatever happens, this process forgets its cached calendar afterwards. */
async function changeCalendar<T>(deps: CalendarDeps, change: () => Promise<T>): Promise<T> {
  try {
    return await change()
  } finally {
    deps.nonWorkingDays.invalidate()
  }
}

export async function addHoliday(deps: CalendarDeps, body: AddHolidayBody, actor: { id: string; requestId: string }): Promise<Holiday> {
  const row = await changeCalendar(deps, () => deps.db.transaction(async (tx) => {
    const existing = await deps.calendar.inForce(tx, deps.office.id, { from: body.date, to: body.date })
    if (existing.length) throw conflict('calendar.already_holiday')
    const now = deps.clock.now()
    const inserted = await deps.calendar.insert(tx, { officeId: deps.office.id, ...body, recordedAt: now, recordedBy: actor.id })
    await deps.audit.append(tx, { officeId: deps.office.id, occurredAt: now, actorId: actor.id, action: 'calendar.holiday_added', entityType: 'holiday', entityId: inserted.id, details: { ...body }, requestId: actor.requestId })
    // Drop the cache inside the transaction so due dates are recomputed with this change included.
    deps.nonWorkingDays.invalidate()
    await deps.onChanged(tx, body.date)
    return inserted
  }))
  return toHoliday(row)
}

export async function revokeHoliday(deps: CalendarDeps, id: string, reason: string, actor: { id: string; requestId: string }): Promise<Holiday> {
  const row = await changeCalendar(deps, () => deps.db.transaction(async (tx) => {
    const found = await deps.calendar.find(tx, deps.office.id, id)
    if (!found) throw notFound('calendar.not_found')
    const now = deps.clock.now()
    const revoked = await deps.calendar.revoke(tx, id, { revokedAt: now, revokedBy: actor.id, revokeReason: reason })
    if (!revoked) throw conflict('calendar.already_revoked')
    await deps.audit.append(tx, { officeId: deps.office.id, occurredAt: now, actorId: actor.id, action: 'calendar.holiday_revoked', entityType: 'holiday', entityId: id, details: { date: found.date, reason }, requestId: actor.requestId })
    // Drop the cache inside the transaction so due dates are recomputed with this change included.
    deps.nonWorkingDays.invalidate()
    await deps.onChanged(tx, found.date)
    return revoked
  }))
  return toHoliday(row)
}
