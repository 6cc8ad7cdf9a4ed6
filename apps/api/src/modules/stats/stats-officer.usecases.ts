import {
  addWorkingDays,
  backlogAgeBuckets,
  endOfJakartaDay,
  jakartaDate,
  workingDaysBetween,
  type OfficerBacklog,
  type OfficerBacklogRow,
  type StatsAsOfQuery,
} from '@pintu/contract'
import { fieldError } from '../../errors/app-error.ts'
import type { OfficerBacklogCount } from './stats.repository.ts'
import type { StatsDeps } from './stats.usecases.ts'

/*
 * The officer backlog report. The public tables carry no assignee (and must not), so the recorder
 * keeps a twin of them with the assignee in the key (stats_officer_backlog[_days]): the report as of
 * now and as of any past day is then read exactly like the public one, incrementally, instead of
 * "now" from the open files and a past day from the history, which would be two different counts.
 */

const instantOf = (date: string) => new Date(`${date}T12:00:00+07:00`)
const keyText = (c: OfficerBacklogCount) =>
  [c.status, c.serviceCode, c.serviceKind, c.channel, c.receivedOn, c.enteredOn, c.daysLeft, c.assigneeId].join(
    '\u0000',
  )

async function countsAsOf(deps: StatsDeps, asOf: string, today: string) {
  const now = await deps.stats.officerBacklogNow(deps.db, deps.office.id)
  if (asOf >= today) return now
  const byKey = new Map(now.map((c) => [keyText(c), { ...c }]))
  for (const c of await deps.stats.officerBacklogChangesAfter(deps.db, deps.office.id, asOf)) {
    const row = byKey.get(keyText(c)) ?? { ...c, files: 0 }
    row.files -= c.files
    byKey.set(keyText(c), row)
  }
  return [...byKey.values()]
}

export async function officerBacklog(deps: StatsDeps, query: StatsAsOfQuery): Promise<OfficerBacklog> {
  const today = jakartaDate(deps.clock.now())
  const asOf = query.asOf ?? today
  if (asOf > today) throw fieldError('/asOf', 'stats.future_date')
  const nonWorking = await deps.nonWorkingDays.get(deps.db)
  const end = endOfJakartaDay(asOf)
  const counts = (await countsAsOf(deps, asOf, today)).filter((c) => c.files !== 0)
  const names = await deps.stats.officerNames(deps.db, deps.office.id, [
    ...new Set(counts.map((c) => c.assigneeId).filter((id) => id !== '')),
  ])
  const bucketOf = (age: number) => backlogAgeBuckets.find((b) => age <= b.max)!.bucket
  const rows = new Map<string, OfficerBacklogRow>()
  for (const c of counts) {
    const age = workingDaysBetween(instantOf(c.receivedOn), end, nonWorking)
    // The due date as the calendar now stands, as in the public backlog.
    const overdue = c.daysLeft >= 0 && asOf > addWorkingDays(instantOf(c.enteredOn), c.daysLeft, nonWorking)
    const rowKey = [c.serviceKind, c.serviceCode, c.status, c.channel, c.assigneeId].join('\u0000')
    const row = rows.get(rowKey) ?? {
      kind: c.serviceKind as OfficerBacklogRow['kind'],
      serviceCode: c.serviceCode,
      stage: c.status,
      channel: c.channel as OfficerBacklogRow['channel'],
      assigneeId: c.assigneeId || null,
      assigneeName: (c.assigneeId && names.get(c.assigneeId)) || null,
      files: 0,
      overdue: 0,
      age: Object.fromEntries(backlogAgeBuckets.map((b) => [b.bucket, 0])),
    }
    row.files += c.files
    if (overdue) row.overdue += c.files
    row.age[bucketOf(age)]! += c.files
    rows.set(rowKey, row)
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      a.kind.localeCompare(b.kind) ||
      a.serviceCode.localeCompare(b.serviceCode) ||
      a.stage.localeCompare(b.stage) ||
      a.channel.localeCompare(b.channel) ||
      (a.assigneeId ?? '').localeCompare(b.assigneeId ?? ''),
  )
  const byAssignee = new Map<string, OfficerBacklog['byAssignee'][number]>()
  for (const r of sorted) {
    const g = byAssignee.get(r.assigneeId ?? '') ?? {
      assigneeId: r.assigneeId,
      assigneeName: r.assigneeName,
      files: 0,
      overdue: 0,
    }
    g.files += r.files
    g.overdue += r.overdue
    byAssignee.set(r.assigneeId ?? '', g)
  }
  return {
    asOf,
    files: sorted.reduce((sum, r) => sum + r.files, 0),
    overdue: sorted.reduce((sum, r) => sum + r.overdue, 0),
    byAssignee: [...byAssignee.values()].sort((a, b) => b.files - a.files),
    rows: sorted,
  }
}
