import {
  backlogAgeBuckets,
  backlogCsvColumns,
  dailyCounts,
  dailyCsvColumns,
  officerBacklogCsvColumns,
  slaCsvColumns,
  type OfficerBacklog,
  type Backlog,
  type Daily,
  type Sla,
} from '@pintu/contract'

/** One CSV field: quoted when it holds a separator, a quote or a line end; a leading formula sign is defused. */
function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n']/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

const csv = (header: readonly string[], rows: (string | number | null)[][]) =>
  `${[header.join(','), ...rows.map((r) => r.map(csvField).join(','))].join('\r\n')}\r\n`

export const backlogCsv = (b: Backlog) =>
  csv(
    backlogCsvColumns,
    b.rows.map((r) => [
      r.kind,
      r.serviceCode,
      r.stage,
      r.channel,
      r.files,
      r.overdue,
      ...backlogAgeBuckets.map((a) => r.age[a.bucket]!),
    ]),
  )

export const officerBacklogCsv = (b: OfficerBacklog) =>
  csv(
    officerBacklogCsvColumns,
    b.rows.map((r) => [
      r.kind,
      r.serviceCode,
      r.stage,
      r.channel,
      r.assigneeId,
      r.assigneeName,
      r.files,
      r.overdue,
      ...backlogAgeBuckets.map((a) => r.age[a.bucket]!),
    ]),
  )

export const dailyCsv = (d: Daily) =>
  csv(
    dailyCsvColumns,
    d.days.map((day) => [day.date, ...dailyCounts.map((c) => day[c])]),
  )

export function slaCsv(s: Sla): string {
  const fig = (f: Omit<Sla['stages'][number], 'stage'>) => [f.finished, f.withinSla, f.share, f.medianDays, f.p90Days]
  return csv(slaCsvColumns, [
    ...s.services.map((f) => ['layanan', f.serviceCode, ...fig(f)]),
    ...s.stages.map((f) => ['tahap', f.stage, ...fig(f)]),
    ...s.returnsByReason.map((r) => ['alasan_pengembalian', r.code, r.returns, null, null, null, null]),
    ...s.reassignmentsByStage.map((r) => ['pengalihan', r.stage, r.count, null, null, null, null]),
    ...s.escalationsByStage.map((r) => ['eskalasi', r.stage, r.count, null, null, null, null]),
  ])
}

/** Names of the downloaded files, with the day or period they cover. */
export const csvNames = {
  backlog: (b: Backlog) => `tunggakan-${b.asOf}.csv`,
  daily: (d: Daily) => `harian-${d.from}-${d.to}.csv`,
  sla: (s: Sla) => `sla-${s.from}-${s.to}.csv`,
}
