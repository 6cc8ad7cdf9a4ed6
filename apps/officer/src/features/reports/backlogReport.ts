import { backlogAgeBuckets, type OfficerBacklog, type OfficerBacklogRow } from '@pintu/contract'

// The officer backlog report (issue 11): what waits where, with whom and for how long. The API
// filters only by day (`asOf`); the narrowing by stage, channel and officer happens here, over
// the rows of that one answer, so the table and its totals always come from the same figures.

export interface BacklogFilter {
  stage: string
  channel: string
  /** An officer's id, `none` for files nobody holds, or '' for everyone. */
  assignee: string
}

export const noFilter: BacklogFilter = { stage: '', channel: '', assignee: '' }
export const NOBODY = 'none'

export function matches(row: OfficerBacklogRow, filter: BacklogFilter): boolean {
  if (filter.stage && row.stage !== filter.stage) return false
  if (filter.channel && row.channel !== filter.channel) return false
  if (filter.assignee === NOBODY) return row.assigneeId === null
  return !filter.assignee || row.assigneeId === filter.assignee
}

/** The rows that pass the filter, longest waits first: overdue files, then the oldest ages, then most files. */
export function visibleRows(rows: readonly OfficerBacklogRow[], filter: BacklogFilter): OfficerBacklogRow[] {
  const oldest = (row: OfficerBacklogRow) => {
    for (let i = backlogAgeBuckets.length - 1; i >= 0; i--) if (row.age[backlogAgeBuckets[i]!.bucket]! > 0) return i
    return -1
  }
  return rows
    .filter((row) => matches(row, filter))
    .sort(
      (a, b) =>
        b.overdue - a.overdue ||
        oldest(b) - oldest(a) ||
        b.files - a.files ||
        a.serviceCode.localeCompare(b.serviceCode),
    )
}

/** Files and overdue files of the rows shown. */
export function totals(rows: readonly OfficerBacklogRow[]): { files: number; overdue: number } {
  return rows.reduce((sum, row) => ({ files: sum.files + row.files, overdue: sum.overdue + row.overdue }), {
    files: 0,
    overdue: 0,
  })
}

/** The choices of the filters: only values present in this answer, in a stable order. */
export function filterOptions(report: Pick<OfficerBacklog, 'rows'>) {
  const stages = [...new Set(report.rows.map((row) => row.stage))].sort()
  const channels = [...new Set(report.rows.map((row) => row.channel))].sort()
  const officers = new Map<string, string>()
  let nobody = false
  for (const row of report.rows) {
    if (row.assigneeId === null) nobody = true
    else officers.set(row.assigneeId, row.assigneeName ?? row.assigneeId)
  }
  const assignees = [...officers].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name))
  return { stages, channels, assignees, nobody }
}

/**
 * The i18n key of what is wrong with the day asked for, or null. The API refuses a future day
 * (`stats.future_date`); an empty day means today.
 */
export function asOfProblem(asOf: string, today: string): string | null {
  if (asOf === '') return null
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(`${asOf}T00:00:00Z`)))
    return 'reports.problems.badDate'
  return asOf > today ? 'errors.stats.future_date' : null
}

/** The downloaded file's name, as the API names it. */
export function csvFileName(asOf: string): string {
  return `laporan-tunggakan-${asOf}.csv`
}
