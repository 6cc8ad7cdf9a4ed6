// The public figures of every office a deployment serves, added up per province and in all. Each
// office answers with its own module set (its calendar, its time zone, its replica reads); this only
// chooses one day for all of them and adds the answers, so a roll-up is exactly the sum of what each
// office publishes. The SLA's medians and percentiles cannot be added: each office hands over its
// working-day histograms instead, merged here and read once (sla-tallies.ts).
import { officeFacts } from '@pintu/catalogue'
import {
  dailyCounts,
  type Backlog,
  type BacklogRollup,
  type BacklogTotals,
  type Daily,
  type DailyRollup,
  type DailyRow,
  type SlaRollup,
  type StatsAsOfQuery,
  type StatsPeriodQuery,
} from '@pintu/contract'
import type { Office } from '../offices/offices.repository.ts'
import { mergeSlaTallies, slaFigures, type SlaTallies } from './sla-tallies.ts'

/** One office's public figures, read as its own routes read them (`consistency`: a read-your-writes token). */
export interface OfficeFigures {
  office: Office
  today(): string
  backlog(consistency: string | undefined, query: StatsAsOfQuery): Promise<Backlog>
  daily(consistency: string | undefined, query: StatsPeriodQuery): Promise<Daily>
  /** The office's SLA histograms and counts over its period (what its `GET /stats/sla` publishes). */
  sla(
    consistency: string | undefined,
    query: StatsPeriodQuery,
  ): Promise<{ from: string; to: string; tallies: SlaTallies }>
}

export type CellFigures = ReturnType<typeof createCellFigures>

const provinceOf = (office: Office) => officeFacts(office.code)?.provinceCode ?? office.code.split('.')[0]!

type Group = BacklogTotals['byKind']

function addGroups(into: Group, from: Group): Group {
  const byKey = new Map(into.map((g) => [g.key, { ...g }]))
  for (const g of from) {
    const kept = byKey.get(g.key)
    if (kept) {
      kept.files += g.files
      kept.overdue += g.overdue
    } else byKey.set(g.key, { ...g })
  }
  return [...byKey.values()].sort((a, b) => a.key.localeCompare(b.key))
}

function addTotals(a: BacklogTotals, b: BacklogTotals): BacklogTotals {
  return {
    files: a.files + b.files,
    overdue: a.overdue + b.overdue,
    age: Object.fromEntries(
      Object.entries(a.age).map(([bucket, n]) => [bucket, n + (b.age[bucket as keyof typeof b.age] ?? 0)]),
    ) as BacklogTotals['age'],
    byKind: addGroups(a.byKind, b.byKind),
    byStage: addGroups(a.byStage, b.byStage),
    byChannel: addGroups(a.byChannel, b.byChannel),
    byService: addGroups(a.byService, b.byService),
  }
}

/** An office's backlog without its day and CSV rows: what adds up. */
const totalsOf = ({ asOf: _asOf, rows: _rows, ...totals }: Backlog): BacklogTotals => totals

function addDailyRows(a: DailyRow[], b: DailyRow[]): DailyRow[] {
  return a.map((day, i) => {
    const other = b[i]!
    return { ...day, ...Object.fromEntries(dailyCounts.map((c) => [c, day[c] + other[c]])) }
  })
}

/** Adds `value` of each office up by its province: provinces in the order their first office is served. */
function byProvince<T>(answers: { office: Office; value: T }[], add: (a: T, b: T) => T) {
  const provinces = new Map<string, { officeCodes: string[]; value: T }>()
  for (const { office, value } of answers) {
    const code = provinceOf(office)
    const kept = provinces.get(code)
    if (kept) {
      kept.officeCodes.push(office.code)
      kept.value = add(kept.value, value)
    } else provinces.set(code, { officeCodes: [office.code], value })
  }
  return [...provinces].map(([provinceCode, { officeCodes, value }]) => ({ provinceCode, officeCodes, value }))
}

/**
 * The deployment's offices, each adding its figures as its module set is made (the default first),
 * and the roll-ups over them. A day left unasked is the latest that is today or past everywhere: the
 * earliest of the offices' todays (a WIT office's today can be tomorrow in WIB).
 */
export function createCellFigures() {
  const offices: OfficeFigures[] = []
  const commonToday = () => offices.map((o) => o.today()).reduce((a, b) => (b < a ? b : a))
  /** Each office's answer, one office after another: PGlite has a single connection, and each is a small read. */
  async function fromEachOffice<T>(read: (o: OfficeFigures) => Promise<T>) {
    const answers: { office: Office; value: T }[] = []
    for (const o of offices) answers.push({ office: o.office, value: await read(o) })
    return answers
  }

  return {
    add(figures: OfficeFigures) {
      offices.push(figures)
    },

    async backlog(consistency: string | undefined, query: StatsAsOfQuery): Promise<BacklogRollup> {
      const asOf = query.asOf ?? commonToday()
      const answers = await fromEachOffice(async (o) => totalsOf(await o.backlog(consistency, { asOf })))
      const provinces = byProvince(answers, addTotals)
      return {
        asOf,
        offices: answers.map(({ office, value }) => ({
          officeCode: office.code,
          provinceCode: provinceOf(office),
          backlog: value,
        })),
        provinces: provinces.map(({ provinceCode, officeCodes, value }) => ({
          provinceCode,
          officeCodes,
          backlog: value,
        })),
        total: answers.map((a) => a.value).reduce(addTotals),
      }
    },

    async daily(consistency: string | undefined, query: StatsPeriodQuery): Promise<DailyRollup> {
      const to = query.to ?? commonToday()
      const answers = await fromEachOffice((o) => o.daily(consistency, { ...query, to }))
      const first = answers[0]!.value
      const provinces = byProvince(
        answers.map(({ office, value }) => ({ office, value: value.days })),
        addDailyRows,
      )
      return {
        from: first.from,
        to: first.to,
        provinces: provinces.map(({ provinceCode, officeCodes, value }) => ({
          provinceCode,
          officeCodes,
          days: value,
        })),
        days: answers.map((a) => a.value.days).reduce(addDailyRows),
      }
    },

    /** Histograms merged, never percentiles averaged: a province's median is that of all its files. */
    async sla(consistency: string | undefined, query: StatsPeriodQuery): Promise<SlaRollup> {
      const to = query.to ?? commonToday()
      const answers = await fromEachOffice((o) => o.sla(consistency, { ...query, to }))
      const first = answers[0]!.value
      const tallies = answers.map(({ office, value }) => ({ office, value: value.tallies }))
      return {
        from: first.from,
        to: first.to,
        offices: tallies.map(({ office, value }) => ({
          officeCode: office.code,
          provinceCode: provinceOf(office),
          sla: slaFigures(value),
        })),
        provinces: byProvince(tallies, mergeSlaTallies).map(({ provinceCode, officeCodes, value }) => ({
          provinceCode,
          officeCodes,
          sla: slaFigures(value),
        })),
        total: slaFigures(tallies.map((a) => a.value).reduce(mergeSlaTallies)),
      }
    },
  }
}
