import { backlogAgeBuckets, type Backlog, type BacklogRow, type WorkingCalendar } from '@pintu/contract'
import type { BacklogCount, OfficerBacklogCount } from './stats.repository.ts'

/**
 * The backlog at the granularity its answer has: files by kind, service, stage and channel, in one
 * age bucket, overdue or not. What a snapshot keeps of a finished day (stats-rollups.table.ts).
 */
export interface BacklogCell {
  serviceKind: string
  serviceCode: string
  status: string
  channel: string
  ageBucket: string
  overdue: boolean
  files: number
}

/** The officer report's cell: the same, and who holds the files ('' nobody). */
export interface OfficerBacklogCell extends BacklogCell {
  assigneeId: string
}

const bucketOf = (age: number) => backlogAgeBuckets.find((b) => age <= b.max)!.bucket

/**
 * Works out ages and due dates at the end of `asOf` (an office day) with the calendar as it now
 * stands: a closure declared later moves a due date here exactly as it moves the file's.
 */
export function backlogCells(
  counts: OfficerBacklogCount[],
  asOf: string,
  calendar: WorkingCalendar,
): OfficerBacklogCell[]
export function backlogCells(counts: BacklogCount[], asOf: string, calendar: WorkingCalendar): BacklogCell[]
export function backlogCells(
  counts: (BacklogCount & { assigneeId?: string })[],
  asOf: string,
  { days, nonWorking }: WorkingCalendar,
): (BacklogCell & { assigneeId?: string })[] {
  const end = days.endOfDay(asOf)
  const ages = new Map<string, number>()
  const dues = new Map<string, string>()
  const cells = new Map<string, BacklogCell & { assigneeId?: string }>()
  for (const c of counts) {
    if (c.files === 0) continue
    let age = ages.get(c.receivedOn)
    // Noon of a day stands for the day in the working-day arithmetic, which counts by office date.
    if (age === undefined)
      ages.set(c.receivedOn, (age = days.workingDaysBetween(days.noonOf(c.receivedOn), end, nonWorking)))
    let overdue = false
    if (c.daysLeft >= 0) {
      const dueKey = `${c.enteredOn}/${c.daysLeft}`
      let due = dues.get(dueKey)
      if (due === undefined)
        dues.set(dueKey, (due = days.addWorkingDays(days.noonOf(c.enteredOn), c.daysLeft, nonWorking)))
      overdue = asOf > due
    }
    const ageBucket = bucketOf(age)
    const key = [c.serviceKind, c.serviceCode, c.status, c.channel, c.assigneeId ?? '', ageBucket, overdue].join(
      '\u0000',
    )
    const cell = cells.get(key) ?? {
      serviceKind: c.serviceKind,
      serviceCode: c.serviceCode,
      status: c.status,
      channel: c.channel,
      // The officer report's counts carry their assignee; the public ones never do.
      ...(c.assigneeId !== undefined && { assigneeId: c.assigneeId }),
      ageBucket,
      overdue,
      files: 0,
    }
    cell.files += c.files
    cells.set(key, cell)
  }
  return [...cells.values()]
}

/** The answer of `GET /stats/backlog` from its cells: rows by kind, service, stage and channel, and their totals. */
export function backlogAnswer(asOf: string, cells: readonly BacklogCell[]): Backlog {
  const rows = new Map<string, BacklogRow>()
  for (const c of cells) {
    const rowKey = [c.serviceKind, c.serviceCode, c.status, c.channel].join('\u0000')
    const row = rows.get(rowKey) ?? {
      kind: c.serviceKind as BacklogRow['kind'],
      serviceCode: c.serviceCode,
      stage: c.status,
      channel: c.channel as BacklogRow['channel'],
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
      a.channel.localeCompare(b.channel),
  )
  const group = (pick: (r: BacklogRow) => string) => {
    const groups = new Map<string, { key: string; files: number; overdue: number }>()
    for (const r of sorted) {
      const g = groups.get(pick(r)) ?? { key: pick(r), files: 0, overdue: 0 }
      g.files += r.files
      g.overdue += r.overdue
      groups.set(g.key, g)
    }
    return [...groups.values()].sort((a, b) => a.key.localeCompare(b.key))
  }
  const age = Object.fromEntries(
    backlogAgeBuckets.map((b) => [b.bucket, sorted.reduce((sum, r) => sum + r.age[b.bucket]!, 0)]),
  )
  return {
    asOf,
    files: sorted.reduce((sum, r) => sum + r.files, 0),
    overdue: sorted.reduce((sum, r) => sum + r.overdue, 0),
    age,
    byKind: group((r) => r.kind),
    byStage: group((r) => r.stage),
    byChannel: group((r) => r.channel),
    byService: group((r) => r.serviceCode),
    rows: sorted,
  }
}
