import { officeDays } from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { daysBetween } from '../src/modules/stats/stats-days.ts'
import { queryRows } from './support/test-app.ts'
import { DAYS, keptByAssignee, keptRows, SERVICES, statsWalk, type StatsWalk } from './support/stats-walk.ts'

const WIB = officeDays('Asia/Jakarta')

/**
 * The rollup job's tables against the counters they are made from, over the seeded walk of
 * support/stats-walk.ts: snapshots of finished days (public and the officer report's), folded days,
 * months and weeks, and the backlog counters compacted to one row per key.
 */
const nothingMade = { backlogDays: 0, officerBacklogDays: 0, foldedDays: 0, compactedRows: 0 }

describe('statistics rollups, equal to the counters', () => {
  let w: StatsWalk
  let t: StatsWalk['t']
  let clock: StatsWalk['clock']
  let snapshots: StatsWalk['snapshots']
  /** The backlog and the officer report as of each walked day, asked before the first rollups. */
  let publicBefore: unknown[]
  let officerBefore: unknown[]
  const supervisor = () => ({ authorization: `Bearer ${w.team.crew.supervisor!.token}` })
  const publicBacklog = async (asOf?: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/v1/stats/backlog${asOf ? `?asOf=${asOf}` : ''}` })).json()
  const officerReport = async (asOf?: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/reports/backlog${asOf ? `?asOf=${asOf}` : ''}`,
        headers: supervisor(),
      })
    ).json()
  /** Backlog keys (either table) held in more than one row: none once compacted. */
  const keysInSeveralRows = (table: 'stats_backlog' | 'stats_officer_backlog') =>
    queryRows(
      t.db,
      sql`select 1 from ${sql.raw(table)} group by office_id, status, service_code, service_kind, channel,
          received_on, entered_on, days_left${sql.raw(table === 'stats_officer_backlog' ? ', assignee_id' : '')}
          having count(*) > 1`,
    )
  /** The public backlog and the officer report now, each against a direct count. */
  async function expectEqualToDirectCounts() {
    const today = WIB.dateOf(clock.now())
    expect(keptRows(await publicBacklog())).toEqual((await w.directBacklog(today)).rows)
    expect(keptByAssignee(await officerReport())).toEqual(await w.directByAssignee(today))
  }

  beforeAll(async () => {
    w = await statsWalk()
    ;({ t, clock, snapshots } = w)
  }, 600_000)
  afterAll(() => w?.t.close())

  it('finished days are answered from rollups made once by the job: backlog snapshots (remade when their calendar changes) and folded counters', async () => {
    const asked = async (day: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/stats/backlog?asOf=${day}` })).json()
    const days = snapshots.map((s) => s.day)
    const before = await Promise.all(days.map(asked))
    officerBefore = await Promise.all(days.map((d) => officerReport(d)))
    publicBefore = before

    const period = `from=${days[0]}&to=${WIB.dateOf(clock.now())}`
    const figures = async () =>
      Promise.all(
        ['daily', 'sla'].map(async (r) =>
          (await t.app.inject({ method: 'GET', url: `/api/v1/stats/${r}?${period}` })).json(),
        ),
      )
    const unfolded = await figures()

    // Every finished day with a change, up to yesterday; a second run has nothing left to make.
    expect(await t.app.runStatsRollups()).toMatchObject({
      backlogDays: DAYS,
      officerBacklogDays: DAYS,
      foldedDays: DAYS,
    })
    expect(await t.app.runStatsRollups()).toEqual(nothingMade)
    // The daily figures and the SLA over folded days (and today's, not folded) say what the counters said.
    expect(await figures()).toEqual(unfolded)
    await t.db.execute(
      sql`update stats_daily_days set count = count + 500 where day = ${days[1]} and metric = 'registration'`,
    )
    const [daily] = await figures()
    expect(daily.days[1].registrations).toBe(unfolded[0].days[1].registrations + 500)
    await t.db.execute(
      sql`update stats_daily_days set count = count - 500 where day = ${days[1]} and metric = 'registration'`,
    )
    const kept = await queryRows<{ day: string }>(
      t.db,
      sql`select day::text from stats_backlog_snapshot_days order by 1`,
    )
    expect(kept.map((r) => r.day)).toEqual(days)
    for (const [i, snap] of snapshots.entries()) {
      const body = await asked(snap.day)
      expect(body).toEqual(before[i])
      expect({ day: snap.day, rows: keptRows(body), ages: body.age }).toEqual({
        day: snap.day,
        rows: snap.rows,
        ages: snap.ages,
      })
    }
  })

  it('compacts each backlog key into one row, and the figures stay exactly what the counters gave', async () => {
    const days = snapshots.map((s) => s.day)
    expect(await keysInSeveralRows('stats_backlog')).toEqual([])
    expect(await keysInSeveralRows('stats_officer_backlog')).toEqual([])
    await expectEqualToDirectCounts()
    // The past days too, worked out from the (compacted) counters rather than read from the snapshots.
    const fromCounters = async (day: string) => {
      await t.db.execute(sql`update stats_backlog_snapshot_days set calendar = 'stale' where day = ${day}`)
      await t.db.execute(sql`update stats_officer_backlog_snapshot_days set calendar = 'stale' where day = ${day}`)
      return [await publicBacklog(day), await officerReport(day)]
    }
    for (const [i, day] of days.entries()) expect(await fromCounters(day)).toEqual([publicBefore[i], officerBefore[i]])
    expect(await t.app.runStatsRollups()).toEqual({ ...nothingMade, backlogDays: DAYS, officerBacklogDays: DAYS })
    // A key whose files all left is not kept at 0 in its compacted row.
    expect(await queryRows(t.db, sql`select 1 from stats_backlog where slot = -1 and files = 0`)).toEqual([])
  })

  it('counts a change made while the compaction runs exactly once', async () => {
    const { h, applicant, team } = w
    const drafts = []
    for (let i = 0; i < 8; i += 1) drafts.push(await h.readyDraft(applicant, SERVICES[i % SERVICES.length]!))
    // Submissions and acceptances interleaved with compactions: on PostgreSQL they run at once, on
    // rows the compaction is deleting; on PGlite one after the other.
    const compactions = () => Array.from({ length: 2 }, () => t.app.runStatsRollups())
    const submitted = await Promise.all([
      ...drafts.map((d) => h.act(applicant, d.id, 'submit', { version: d.version })),
      ...compactions(),
    ])
    expect(submitted.slice(0, drafts.length).map((r) => (r as { statusCode: number }).statusCode)).toEqual(
      drafts.map(() => 200),
    )
    await expectEqualToDirectCounts()
    const accepted = await Promise.all([
      ...drafts.map(async (d) => {
        const holder = team.byId(await h.assigneeId(d.id))
        const v = (await h.get(team.crew.supervisor!, d.id)).json().version
        return holder ? (await h.act(holder, d.id, 'accept', { version: v })).statusCode : 200
      }),
      ...compactions(),
    ])
    expect(accepted.slice(0, drafts.length)).toEqual(drafts.map(() => 200))
    expect((await keysInSeveralRows('stats_backlog')).length).toBeGreaterThan(0) // today's changes, in slots
    await expectEqualToDirectCounts()
    expect((await t.app.runStatsRollups()).compactedRows).toBeGreaterThan(0)
    expect(await keysInSeveralRows('stats_backlog')).toEqual([])
    await expectEqualToDirectCounts()
  })

  it('the officer report as of a finished day reads its snapshot, equal to the direct count of that day', async () => {
    for (const snap of w.assigneeSnapshots)
      expect({ day: snap.day, rows: keptByAssignee(await officerReport(snap.day)) }).toEqual(snap)
    const kept = await queryRows<{ day: string }>(
      t.db,
      sql`select day::text from stats_officer_backlog_snapshot_days order by 1`,
    )
    expect(kept.map((r) => r.day)).toEqual(snapshots.map((s) => s.day))
    // Read from the snapshot, not worked out again: a (deliberately) altered snapshot row shows.
    const probe = snapshots[3]!.day
    const before = await officerReport(probe)
    await t.db.execute(sql`update stats_officer_backlog_snapshots set files = files + 1000
                           where ctid = (select ctid from stats_officer_backlog_snapshots where day = ${probe} limit 1)`)
    expect((await officerReport(probe)).files).toBe(before.files + 1000)
    await t.db.execute(sql`update stats_officer_backlog_snapshots set files = files - 1000
                           where ctid = (select ctid from stats_officer_backlog_snapshots
                                         where day = ${probe} and files > 1000 limit 1)`)
    expect(await officerReport(probe)).toEqual(before)
  })

  // Last: it declares a closure over past days, which changes their ages for every test after it.
  // Last: it declares a closure over past days, which changes their ages for every test after it.
  it('a closure declared later remakes the snapshots from its first day on; finished months and weeks are summed', async () => {
    const asked = async (day: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/stats/backlog?asOf=${day}` })).json()
    const days = snapshots.map((s) => s.day)
    const before = await Promise.all(days.map(asked))
    // Read from the snapshot, not worked out again: a (deliberately) altered snapshot row shows.
    const probe = days[2]!
    await t.db.execute(sql`update stats_backlog_snapshots set files = files + 1000
                           where ctid = (select ctid from stats_backlog_snapshots where day = ${probe} limit 1)`)
    expect((await asked(probe)).files).toBe(before[2].files + 1000)

    // A closure declared now over two past days changes their calendar and every later day's: those
    // are worked out again from the counters at once, and remade by the next run; earlier days are kept.
    const closed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/closures',
      headers: w.team.crew.supervisor!.headers,
      payload: {
        reason: 'Kantor disegel untuk pemeriksaan.',
        legalBasis: 'SK Wali Kota 1/2026',
        startsOn: days[1],
        endsOn: days[2],
      },
    })
    expect(closed.statusCode, closed.body).toBe(201)
    const after = await Promise.all(days.map(asked))
    expect(after[0]).toEqual(before[0])
    expect(after[2].files).toBe(before[2].files) // the altered snapshot is no longer read
    for (const [i, body] of after.entries())
      expect(keptRows(body).map(({ overdue: _, ...r }) => r)).toEqual(
        keptRows(before[i]).map(({ overdue: _, ...r }) => r),
      )
    // Fewer working days since they were received: files move to younger buckets, never older ones.
    const young = (body: { age: Record<string, number> }) => body.age['0-3']!
    for (const [i, body] of after.entries()) expect(young(body)).toBeGreaterThanOrEqual(young(before[i]))
    expect(after.reduce((sum, b) => sum + young(b), 0)).toBeGreaterThan(before.reduce((sum, b) => sum + young(b), 0))

    const builtAt = async () =>
      queryRows<{ day: string; built_at: string }>(
        t.db,
        sql`select day::text, built_at::text from stats_backlog_snapshot_days order by 1`,
      )
    const builtBefore = await builtAt()
    clock.advance(60_000)
    expect(await t.app.runStatsRollups()).toMatchObject({
      backlogDays: DAYS - 1,
      officerBacklogDays: DAYS - 1,
      foldedDays: 0,
    })
    const builtAfter = await builtAt()
    expect(builtAfter[0]).toEqual(builtBefore[0])
    expect(builtAfter.slice(1).every((r, i) => r.built_at !== builtBefore[i + 1]!.built_at)).toBe(true)
    for (const [i, day] of days.entries()) expect(await asked(day)).toEqual(after[i])

    // Once March is over, its days are summed into one month of histograms, read for the whole month.
    clock.set(new Date('2026-04-02T09:00:00+07:00'))
    const sla = async (from: string, to: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/stats/sla?from=${from}&to=${to}` })).json()
    const periods: [string, string][] = [
      ['2026-03-01', '2026-03-31'],
      ['2026-02-20', '2026-04-02'],
      ['2026-03-04', '2026-04-02'],
    ]
    const byDay = await Promise.all(periods.map(([a, b]) => sla(a, b)))
    expect(byDay[0].services.length).toBeGreaterThan(0)
    const made = await t.app.runStatsRollups()
    expect(made.foldedDays).toBe(daysBetween(days.at(-1)!, '2026-04-01') - 1)
    expect(await queryRows(t.db, sql`select month::text from stats_folded_months`)).toEqual([{ month: '2026-03-01' }])
    expect(await Promise.all(periods.map(([a, b]) => sla(a, b)))).toEqual(byDay)
    await t.db.execute(sql`update stats_duration_months set count = count + 700
                           where ctid = (select ctid from stats_duration_months where stage = 'total' limit 1)`)
    const finished = (body: { services: { finished: number }[] }) => body.services.reduce((n, r) => n + r.finished, 0)
    expect(finished(await sla(...periods[0]!))).toBe(finished(byDay[0]) + 700)
    expect(finished(await sla(...periods[2]!))).toBe(finished(byDay[2])) // not a whole month: read by week and day

    // Its whole ISO weeks are summed too: a period that is not a whole month reads them instead of their days.
    expect(await queryRows(t.db, sql`select week::text from stats_folded_weeks order by 1`)).toEqual(
      ['2026-03-02', '2026-03-09', '2026-03-16', '2026-03-23'].map((week) => ({ week })),
    )
    const spanning: [string, string] = ['2026-02-25', '2026-03-15']
    const bySpan = await sla(...spanning)
    expect(finished(bySpan)).toBe(finished(byDay[0])) // the walk finished its files in March's first week
    await t.db.execute(sql`update stats_duration_weeks set count = count + 300
                           where ctid = (select ctid from stats_duration_weeks where stage = 'total' limit 1)`)
    expect(finished(await sla(...spanning))).toBe(finished(bySpan) + 300)
    expect(finished(await sla(...periods[0]!))).toBe(finished(byDay[0]) + 700) // the whole month reads its month row
  })
})
