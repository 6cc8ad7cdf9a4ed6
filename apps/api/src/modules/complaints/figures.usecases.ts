import {
  complaintCategories,
  complaintStatuses,
  officeDays,
  ikmGrade,
  ikmIndex,
  type ComplaintFigures,
  type IkmFigures,
} from '@pintu/contract'
import { complaintDeadlines } from './complaint-clock.ts'
import type { ComplaintsDeps } from './complaints.deps.ts'

const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000)
function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** Public figures of complaints: counts only, computed on today's calendar like every deadline. */
export async function complaintFigures(deps: ComplaintsDeps): Promise<ComplaintFigures> {
  const rows = await deps.complaints.all(deps.db, deps.office.id)
  const calendar = await deps.nonWorkingDays.calendar(deps.db)
  const now = deps.clock.now()
  const counts = new Map<string, number>()
  let answered = 0
  let answeredOnTime = 0
  let closed = 0
  let resolvedOnTime = 0
  const toFirstResponse: number[] = []
  const toClose: number[] = []
  for (const row of rows) {
    const key = `${row.category}|${row.status}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
    const d = complaintDeadlines(row, calendar, now)
    if (row.firstRespondedAt) {
      answered += 1
      if (d.answeredOnTime) answeredOnTime += 1
      toFirstResponse.push(
        complaintDeadlines({ ...row, closedAt: row.firstRespondedAt, pausedAt: null, pausedDays: 0 }, calendar, now)
          .daysUsed,
      )
    }
    if (row.closedAt) {
      closed += 1
      if (d.resolvedOnTime) resolvedOnTime += 1
      toClose.push(d.daysUsed)
    }
  }
  const byCategory = complaintCategories.flatMap((category) =>
    complaintStatuses.flatMap((status) => {
      const count = counts.get(`${category}|${status}`) ?? 0
      return count ? [{ category, status, count }] : []
    }),
  )
  return {
    total: rows.length,
    byCategory,
    answered,
    answeredOnTime,
    answeredOnTimeShare: share(answeredOnTime, answered),
    closed,
    resolvedOnTime,
    resolvedOnTimeShare: share(resolvedOnTime, closed),
    medianDaysToFirstResponse: median(toFirstResponse),
    medianDaysToClose: median(toClose),
  }
}

export function complaintFiguresCsv(f: ComplaintFigures): string {
  const lines = [
    'baris,kategori,status,jumlah',
    ...f.byCategory.map((c) => `kategori,${c.category},${c.status},${c.count}`),
  ]
  const summary: [string, number | null][] = [
    ['total', f.total],
    ['dijawab', f.answered],
    ['dijawab_tepat_waktu', f.answeredOnTime],
    ['porsi_dijawab_tepat_waktu', f.answeredOnTimeShare],
    ['ditutup', f.closed],
    ['selesai_tepat_waktu', f.resolvedOnTime],
    ['porsi_selesai_tepat_waktu', f.resolvedOnTimeShare],
    ['median_hari_tanggapan_pertama', f.medianDaysToFirstResponse],
    ['median_hari_selesai', f.medianDaysToClose],
  ]
  for (const [name, value] of summary) lines.push(`ringkasan,${name},,${value ?? ''}`)
  return `${lines.join('\r\n')}\r\n`
}

type Sums = { n: number; sums: number[] }
const empty = (): Sums => ({ n: 0, sums: Array(9).fill(0) })
function value(s: Sums) {
  const index = ikmIndex(s.sums, s.n)
  return {
    respondents: s.n,
    index,
    grade: ikmGrade(index),
    elementMeans: s.sums.map((sum) => (s.n ? Math.round((sum / s.n) * 100) / 100 : 0)),
  }
}

/** The index per service, per month and overall, from the sums the database adds up. */
export async function ikmFigures(deps: ComplaintsDeps, query: { from?: string; to?: string }): Promise<IkmFigures> {
  const days = officeDays(deps.office.timezone)
  const from = query.from ? days.startOfDay(query.from) : null
  const to = query.to ? days.endOfDay(query.to) : null
  const groups = await deps.complaints.surveySums(deps.db, deps.office, from, to)
  const overall = empty()
  const services = new Map<string, Sums>()
  const periods = new Map<string, Sums>()
  for (const g of groups) {
    const sums = [g.s1, g.s2, g.s3, g.s4, g.s5, g.s6, g.s7, g.s8, g.s9].map(Number)
    for (const target of [
      overall,
      services.get(g.serviceCode) ?? services.set(g.serviceCode, empty()).get(g.serviceCode)!,
      periods.get(g.period) ?? periods.set(g.period, empty()).get(g.period)!,
    ]) {
      target.n += Number(g.n)
      sums.forEach((s, i) => (target.sums[i]! += s))
    }
  }
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    overall: value(overall),
    services: [...services]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([serviceCode, s]) => ({ serviceCode, ...value(s) })),
    periods: [...periods].sort(([a], [b]) => a.localeCompare(b)).map(([period, s]) => ({ period, ...value(s) })),
  }
}

export function ikmFiguresCsv(f: IkmFigures): string {
  const row = (scope: string, code: string, v: IkmFigures['overall']) =>
    `${scope},${code},${v.respondents},${v.index === null ? '' : v.index.toFixed(2)},${v.grade ?? ''}`
  const lines = [
    'lingkup,kode,responden,ikm,mutu',
    row('keseluruhan', '', f.overall),
    ...f.services.map((s) => row('layanan', s.serviceCode, s)),
    ...f.periods.map((p) => row('bulan', p.period, p)),
  ]
  return `${lines.join('\r\n')}\r\n`
}
