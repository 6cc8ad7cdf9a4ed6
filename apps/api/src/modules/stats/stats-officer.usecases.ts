import {
  backlogAgeBuckets,
  officeDays,
  type OfficerBacklog,
  type OfficerBacklogRow,
  type StatsAsOfQuery,
} from '@pintu/contract'
import { fieldError } from '../../errors/app-error.ts'
import { backlogCells, type OfficerBacklogCell } from './backlog-cells.ts'
import { officerBacklogCountsAsOf } from './backlog-counts.ts'
import { calendarFingerprints } from './calendar-fingerprint.ts'
import type { StatsDeps } from './stats.usecases.ts'

/*
 * The officer backlog report. The public tables carry no assignee (and must not), so the recorder
 * keeps a twin of them with the assignee in the key (stats_officer_backlog[_days]), and the rollup job
 * a twin of the day snapshots: the report as of now and as of any past day is then read exactly like
 * the public one, incrementally, instead of
 * "now" from the open files and a past day from the history, which would be two different counts.
 */

/**
 * The report's cells at the end of a day: a finished day's from its officer snapshot while the
 * calendar it was made with still stands (the public backlog's rule); otherwise worked out from the
 * counters, now minus every change after the day.
 */
async function cellsAsOf(deps: StatsDeps, asOf: string, today: string): Promise<OfficerBacklogCell[]> {
  const nonWorking = await deps.nonWorkingDays.get(deps.db)
  if (asOf < today) {
    const calendar = calendarFingerprints(nonWorking).upTo(asOf)
    const kept = await deps.officerRollups.snapshot(deps.db, deps.office.id, asOf, calendar)
    if (kept) return kept
  }
  const counts = await officerBacklogCountsAsOf(deps.stats, deps.db, deps.office.id, asOf, today)
  return backlogCells(counts, asOf, { days: officeDays(deps.office.timezone), nonWorking })
}

export async function officerBacklog(deps: StatsDeps, query: StatsAsOfQuery): Promise<OfficerBacklog> {
  const today = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  const asOf = query.asOf ?? today
  if (asOf > today) throw fieldError('/asOf', 'stats.future_date')
  const cells = (await cellsAsOf(deps, asOf, today)).filter((c) => c.files !== 0)
  const names = await deps.stats.officerNames(deps.db, deps.office.id, [
    ...new Set(cells.map((c) => c.assigneeId).filter((id) => id !== '')),
  ])
  const rows = new Map<string, OfficerBacklogRow>()
  for (const c of cells) {
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
    if (c.overdue) row.overdue += c.files
    row.age[c.ageBucket]! += c.files
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
