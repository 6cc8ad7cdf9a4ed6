// The reads measured at scale, each made of the repository calls the API's use case makes (same
// order, same parallelism), so the SQL timed and explained is the SQL the API sends.
import { createApplicationsRepository } from '@pintu/api/repositories/applications'
import { createCatalogueRepository } from '@pintu/api/repositories/catalogue'
import { createChangesRepository } from '@pintu/api/repositories/changes'
import { createIdentityRepository } from '@pintu/api/repositories/identity'
import { createWorkWeekReader } from '@pintu/api/repositories/work-week'
import { createWorkSearchRepository } from '@pintu/api/repositories/work-search'
import { createStatsRepository } from '@pintu/api/repositories/stats'
import { createStatsRollupsRepository } from '@pintu/api/repositories/stats-rollups'
import { createStatsOfficerRollupsRepository } from '@pintu/api/repositories/stats-officer-rollups'
import { officerBacklog } from '@pintu/api/stats/officer-usecases'
import { runRollups } from '@pintu/api/stats/rollups'
import { createCalendarRepository } from '@pintu/api/repositories/calendar'
import { createNonWorkingDays, type NonWorkingDays } from '@pintu/api/calendar/non-working-days'
import * as stats from '@pintu/api/stats/usecases'
import { searchWords } from '@pintu/api/catalogue/search-text'
import type { ScaleDatabase } from './database.ts'
import { stageRoles } from './paths.ts'

const applications = createApplicationsRepository()
const changes = createChangesRepository()
const catalogue = createCatalogueRepository()
const identity = createIdentityRepository()
const workSearch = createWorkSearchRepository()
const workWeek = createWorkWeekReader()
const statsRepository = createStatsRepository()
const rollups = createStatsRollupsRepository()
const officerRollups = createStatsOfficerRollupsRepository()
const nonWorkingDays = new Map<string, NonWorkingDays>()

/** What the public statistics routes give their use cases, for the generated office on its last day. */
function statsDeps(db: ScaleDatabase, s: Samples): stats.StatsDeps {
  let days = nonWorkingDays.get(s.officeId)
  if (!days)
    nonWorkingDays.set(
      s.officeId,
      (days = createNonWorkingDays({
        repo: createCalendarRepository(),
        officeId: s.officeId,
        timezone: 'Asia/Jakarta',
      })),
    )
  const now = new Date(`${s.today}T10:00:00+07:00`)
  return {
    db: db.db,
    clock: { now: () => now },
    office: { id: s.officeId, code: '', timezone: 'Asia/Jakarta' },
    nonWorkingDays: days,
    stats: statsRepository,
    rollups,
    officerRollups,
  }
}

/**
 * The same deps as if the rollup job had never run: every day read from the counters, the baseline
 * the rollups are measured against in the same run.
 */
function countersOnly(deps: stats.StatsDeps): stats.StatsDeps {
  return {
    ...deps,
    rollups: {
      ...rollups,
      snapshot: async () => undefined,
      foldedDays: async () => [],
      foldedWeeks: async () => [],
      periodDurations: (ex, officeId, from, to) =>
        rollups.periodDurations(ex, officeId, from, to, { weeks: false, foldedDays: false }),
    },
    officerRollups: { ...officerRollups, snapshot: async () => undefined },
  }
}

/** The same deps without the week sums: a period's ends read by day, the baseline the weeks are measured against. */
function withoutWeeks(deps: stats.StatsDeps): stats.StatsDeps {
  return {
    ...deps,
    rollups: {
      ...rollups,
      foldedWeeks: async () => [],
      periodDurations: (ex, officeId, from, to) => rollups.periodDurations(ex, officeId, from, to, { weeks: false }),
    },
  }
}

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10)
const lastOfMonth = (month: string) => {
  const d = new Date(`${month}T00:00:00Z`)
  d.setUTCMonth(d.getUTCMonth() + 1)
  return addDays(d.toISOString().slice(0, 10), -1)
}

/** The parts of `from`..`to` outside these sorted, non-overlapping units lying wholly inside it. */
function gapsBetween(from: string, to: string, units: string[], lastOf: (unit: string) => string) {
  const gaps: [string, string][] = []
  let cursor = from
  for (const unit of units) {
    if (cursor < unit) gaps.push([cursor, addDays(unit, -1)])
    cursor = addDays(lastOf(unit), 1)
  }
  if (cursor <= to) gaps.push([cursor, to])
  return gaps
}

/**
 * The same deps with a period's histograms read as before 2026-12-04, one statement per part: the
 * folded months, then per gap the folded weeks and their rows, then per gap between weeks the
 * folded days, their rows and the counters of the others. The baseline `periodDurations`' one
 * statement is measured against.
 */
function separateStatements(deps: stats.StatsDeps): stats.StatsDeps {
  const periodDurations: typeof rollups.periodDurations = async (ex, officeId, from, to) => {
    const months = await rollups.foldedMonths(ex, officeId, from, to)
    const rows = months.length > 0 ? await rollups.monthDurations(ex, officeId, months) : []
    for (const [a, b] of gapsBetween(from, to, months, lastOfMonth)) {
      const weeks = await rollups.foldedWeeks(ex, officeId, a, b)
      if (weeks.length > 0) rows.push(...(await rollups.weekDurations(ex, officeId, weeks)))
      for (const [c, d] of gapsBetween(a, b, weeks, (w) => addDays(w, 6))) {
        const folded = new Set(await rollups.foldedDays(ex, officeId, c, d))
        if (folded.size > 0) rows.push(...(await rollups.foldedDurations(ex, officeId, c, d)))
        const unfolded: string[] = []
        for (let day = c; day <= d; day = addDays(day, 1)) if (!folded.has(day)) unfolded.push(day)
        if (unfolded.length > 0) rows.push(...(await statsRepository.durationsOn(ex, officeId, unfolded)))
      }
    }
    return rows
  }
  return { ...deps, rollups: { ...rollups, periodDurations } }
}

/**
 * Reads measured once more before the rollup job's first run, as after an upgrade: the backlog
 * counters with their slots not compacted yet, the baseline the compaction is measured against.
 */
export const measuredBeforeRollups: MeasuredQuery[] = [
  {
    name: 'public backlog, now, slots not compacted (baseline)',
    useCase: 'GET /stats/backlog before the rollup job compacts the slots: up to eight rows per key',
    run: (db, s) => stats.backlog(statsDeps(db, s), {}),
  },
]

/** The rollup job's first run over the generated history, as after an upgrade: the days it made. */
export const runStatsRollups = (db: ScaleDatabase, s: Samples) => runRollups(statsDeps(db, s))
const daysBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10)

/** The Monday of the week holding `today` (an office date), as the board's history counts from. */
function mondayOf(today: string): string {
  const day = new Date(`${today}T00:00:00Z`)
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7))
  return day.toISOString().slice(0, 10)
}

export interface Samples {
  officeId: string
  today: string
  officers: string[]
  held: { id: string; assigneeId: string }[]
  applicants: string[]
  tracked: { registrationNo: string; n: number }[]
}

export interface MeasuredQuery {
  name: string
  /** The use case it stands for. */
  useCase: string
  /** p95 goal in milliseconds (SPEC §11 / issue 9), when one is set. */
  goalMs?: number
  run(db: ScaleDatabase, s: Samples, i: number): Promise<unknown>
}

const pick = <T>(list: T[], i: number): T => list[(i * 7919) % list.length]!

export const measuredQueries: MeasuredQuery[] = [
  {
    name: 'officer queue',
    useCase: 'GET /work/queue (searchMyQueue: workSearch.search by assignee ‖ people.find)',
    goalMs: 20,
    run: (db, s, i) => {
      const officer = pick(s.officers, i)
      return Promise.all([
        workSearch.search(db.db, {
          officeId: s.officeId,
          assigneeId: officer,
          filters: {},
          today: s.today,
          limit: 500,
          offset: 0,
        }),
        identity.findById(db.db, officer),
      ])
    },
  },
  {
    name: 'work item',
    useCase: 'GET /applications/:id by its holder (loadVisible + detailOf)',
    run: async (db, s, i) => {
      const { id, assigneeId } = pick(s.held, i)
      const app = await applications.find(db.db, s.officeId, id)
      await catalogue.pinnedDefinition(db.db, app!.serviceVersionId)
      await changes.history(db.db, id)
      await applications.documents(db.db, id)
      return identity.findById(db.db, assigneeId)
    },
  },
  {
    name: 'supervisor board',
    useCase:
      'GET /work/board (stageCounts ‖ workSearch.search ‖ reassignmentCounts ‖ stagesFinishedSince ‖ outcomesSince)',
    goalMs: 50,
    run: (db, s, i) => {
      const stages = [undefined, ...Object.keys(stageRoles)]
      const since = mondayOf(s.today)
      return Promise.all([
        applications.stageCounts(db.db, s.officeId, s.today),
        workSearch.search(db.db, {
          officeId: s.officeId,
          filters: { stage: pick(stages, i) },
          today: s.today,
          limit: 20,
          offset: (i % 5) * 20,
        }),
        applications.reassignmentCounts(db.db, s.officeId),
        workWeek.stagesFinishedSince(db.db, s.officeId, since),
        workWeek.outcomesSince(db.db, s.officeId, since),
      ])
    },
  },
  {
    name: "applicant's list",
    useCase: 'GET /applications (listByApplicant, first page of 20)',
    run: (db, s, i) => applications.listByApplicant(db.db, pick(s.applicants, i), { limit: 20, offset: 0 }),
  },
  {
    name: 'public tracking',
    useCase: 'GET /track/:registrationNo (findByRegistrationNo, then history)',
    goalMs: 5,
    run: async (db, s, i) => {
      const app = await applications.findByRegistrationNo(db.db, pick(s.tracked, i).registrationNo)
      return changes.history(db.db, app!.id)
    },
  },
  {
    name: 'public backlog, now',
    useCase: 'GET /stats/backlog (backlogNow over the compacted counters, grouped with age buckets and overdue)',
    goalMs: 50,
    run: (db, s) => stats.backlog(statsDeps(db, s), {}),
  },
  {
    name: 'public backlog, as of a past day',
    useCase: "GET /stats/backlog?asOf= (the day's snapshot, kept by the rollup job), 1 to 365 days back",
    goalMs: 50,
    run: (db, s, i) => stats.backlog(statsDeps(db, s), { asOf: daysBefore(s.today, 1 + ((i * 37) % 365)) }),
  },
  {
    name: 'public backlog, as of a past day, from the counters (baseline)',
    useCase: 'the same, without the snapshots: backlogNow minus the changes after that day',
    run: (db, s, i) =>
      stats.backlog(countersOnly(statsDeps(db, s)), { asOf: daysBefore(s.today, 1 + ((i * 37) % 365)) }),
  },
  {
    name: 'public SLA, last 30 days',
    useCase: 'GET /stats/sla (30 days: folded histograms and totals, and the raw counters of days not yet folded)',
    goalMs: 50,
    run: (db, s) => stats.sla(statsDeps(db, s), {}),
  },
  {
    name: 'public SLA, last 30 days, weeks and days in separate statements (baseline)',
    useCase: 'the same, as before 2026-12-04: months, weeks, folded days and counters each read by its own statement',
    run: (db, s) => stats.sla(separateStatements(statsDeps(db, s)), {}),
  },
  {
    name: 'public SLA, last 30 days, without the week sums (baseline)',
    useCase: 'the same, the days outside whole months read by day',
    run: (db, s) => stats.sla(withoutWeeks(statsDeps(db, s)), {}),
  },
  {
    name: 'officer backlog report, as of a past day',
    useCase:
      "GET /stats/officer-backlog?asOf= (the day's officer snapshot, kept by the rollup job), 1 to 365 days back",
    run: (db, s, i) => officerBacklog(statsDeps(db, s), { asOf: daysBefore(s.today, 1 + ((i * 37) % 365)) }),
  },
  {
    name: 'officer backlog report, as of a past day, from the counters (baseline)',
    useCase: 'the same, without the snapshots: officerBacklogNow minus the changes after that day',
    run: (db, s, i) =>
      officerBacklog(countersOnly(statsDeps(db, s)), { asOf: daysBefore(s.today, 1 + ((i * 37) % 365)) }),
  },
  {
    name: 'public SLA, a whole year',
    useCase: 'GET /stats/sla?from=&to= (366 days, the longest period allowed)',
    goalMs: 50,
    run: (db, s) => stats.sla(statsDeps(db, s), { from: daysBefore(s.today, 365), to: s.today }),
  },
  {
    name: 'public SLA, a whole year, in separate statements (baseline)',
    useCase: 'the same, as before 2026-12-04: months, weeks, folded days and counters each read by its own statement',
    run: (db, s) => stats.sla(separateStatements(statsDeps(db, s)), { from: daysBefore(s.today, 365), to: s.today }),
  },
  {
    name: 'public SLA, a whole year, from the counters (baseline)',
    useCase: 'the same, without the folded days: every slot and service of every day',
    run: (db, s) => stats.sla(countersOnly(statsDeps(db, s)), { from: daysBefore(s.today, 365), to: s.today }),
  },
  {
    name: 'public daily figures, a whole year',
    useCase: 'GET /stats/daily?from=&to= (366 days: folded totals, and the raw counters of days not yet folded)',
    run: (db, s) => stats.daily(statsDeps(db, s), { from: daysBefore(s.today, 365), to: s.today }),
  },
  {
    name: 'public daily figures, a whole year, from the counters (baseline)',
    useCase: 'the same, without the folded days',
    run: (db, s) => stats.daily(countersOnly(statsDeps(db, s)), { from: daysBefore(s.today, 365), to: s.today }),
  },
  {
    name: 'catalogue search',
    useCase: 'GET /catalogue/services?q= (searchInForce)',
    goalMs: 10,
    run: (db, s, i) =>
      catalogue.searchInForce(db.db, {
        officeId: s.officeId,
        at: new Date(),
        words: searchWords(pick(['izin', 'usaha', 'reklame', 'bangunan', 'tdp', 'kesehatan praktik', 'trayek', ''], i)),
        limit: 20,
        offset: 0,
      }),
  },
]

/** Parameters drawn from the data: officers holding files, held files, applicants, tracked registrations. */
export async function drawSamples(db: ScaleDatabase, today: string, count = 500): Promise<Samples> {
  const [office] = await db.rows<{ id: string }>(`select id from offices limit 1`)
  const [{ n }] = (await db.rows<{ n: string }>(`select count(*) as n from applications`)) as [{ n: string }]
  const percent = Math.min(100, (100 * 20 * count) / Math.max(1, Number(n)))
  const sample = `applications tablesample system (${percent}) repeatable (7)`
  // Open files are the recent ones, at the end of the heap: a larger sample of pages finds enough of them.
  const held = await db.rows<{ id: string; assignee_id: string }>(
    `select id, assignee_id from applications tablesample system (${Math.min(100, percent * 10)}) repeatable (7)
      where assignee_id is not null limit ${count}`,
  )
  const fallbackHeld = held.length
    ? held
    : await db.rows<{ id: string; assignee_id: string }>(
        `select id, assignee_id from applications where assignee_id is not null limit ${count}`,
      )
  const officers = await db.rows<{ id: string }>(
    `select id from users where kind = 'officer' and roles && array[${Object.values(stageRoles)
      .map((r) => `'${r}'`)
      .join(', ')}] order by id`,
  )
  const applicants = await db.rows<{ applicant_id: string }>(`select applicant_id from ${sample} limit ${count}`)
  const tracked = await db.rows<{ registration_no: string }>(
    `select registration_no from ${sample} where registration_no is not null limit ${count}`,
  )
  return {
    officeId: office!.id,
    today,
    officers: officers.map((o) => o.id),
    held: fallbackHeld.map((h) => ({ id: h.id, assigneeId: h.assignee_id })),
    applicants: applicants.map((a) => a.applicant_id),
    tracked: tracked.map((t) => ({ registrationNo: t.registration_no, n: Number(t.registration_no.slice(9)) })),
  }
}
