import {
  backlogAgeBuckets,
  backlogCsvColumns,
  dailyCounts,
  dailyCsvColumns,
  officerBacklogCsvColumns,
  slaCsvColumns,
  slaRollupCsvColumns,
  type OfficerBacklog,
  type Backlog,
  type Daily,
  type Sla,
  type SlaRollup,
  type SlaTotals,
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

/** The SLA figures as rows of the SLA CSV (bagian, kunci, then the figures). */
function slaRows(s: SlaTotals): (string | number | null)[][] {
  const fig = (f: Omit<Sla['stages'][number], 'stage'>) => [f.finished, f.withinSla, f.share, f.medianDays, f.p90Days]
  return [
    ...s.services.map((f) => ['layanan', f.serviceCode, ...fig(f)]),
    ...s.stages.map((f) => ['tahap', f.stage, ...fig(f)]),
    ...s.returnsByReason.map((r) => ['alasan_pengembalian', r.code, r.returns, null, null, null, null]),
    ...s.reassignmentsByStage.map((r) => ['pengalihan', r.stage, r.count, null, null, null, null]),
    ...s.escalationsByStage.map((r) => ['eskalasi', r.stage, r.count, null, null, null, null]),
  ]
}

export const slaCsv = (s: Sla) => csv(slaCsvColumns, slaRows(s))

/** Each office's rows, then each province's, then the whole deployment's, each led by its scope and code. */
export const slaRollupCsv = (r: SlaRollup) =>
  csv(slaRollupCsvColumns, [
    ...r.offices.flatMap((o) => slaRows(o.sla).map((row) => ['kantor', o.officeCode, ...row])),
    ...r.provinces.flatMap((p) => slaRows(p.sla).map((row) => ['provinsi', p.provinceCode, ...row])),
    ...slaRows(r.total).map((row) => ['semua', null, ...row]),
  ])

/** Names of the downloaded files, with the day or period they cover. */
export const csvNames = {
  backlog: (b: Backlog) => `tunggakan-${b.asOf}.csv`,
  daily: (d: Daily) => `harian-${d.from}-${d.to}.csv`,
  sla: (s: Sla) => `sla-${s.from}-${s.to}.csv`,
  slaRollup: (r: SlaRollup) => `sla-gabungan-${r.from}-${r.to}.csv`,
}
