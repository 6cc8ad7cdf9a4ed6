import {
  backlogAgeBuckets,
  backlogCsvColumns,
  officeDays,
  officerBacklogCsvColumns,
  type OfficerBacklogRow,
} from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseCsv } from './support/csv.ts'
import { queryRows } from './support/test-app.ts'
import {
  DAYS,
  NEW_PER_DAY,
  keptByAssignee,
  keptRows,
  SERVICES,
  statsWalk,
  type DirectRow,
  type StatsWalk,
} from './support/stats-walk.ts'

const WIB = officeDays('Asia/Jakarta')

/**
 * The kept statistics against a direct count over the seeded walk of support/stats-walk.ts; the
 * rollups of finished days are tested against the same walk in stats-rollups.test.ts.
 */
describe('public statistics, kept by the change record', () => {
  let w: StatsWalk
  let t: StatsWalk['t']
  let clock: StatsWalk['clock']
  let h: StatsWalk['h']
  let team: StatsWalk['team']
  let applicant: StatsWalk['applicant']
  let snapshots: StatsWalk['snapshots']
  let assigneeSnapshots: StatsWalk['assigneeSnapshots']
  let directBacklog: StatsWalk['directBacklog']
  let directByAssignee: StatsWalk['directByAssignee']

  beforeAll(async () => {
    w = await statsWalk()
    ;({ t, clock, h, team, applicant, snapshots, assigneeSnapshots, directBacklog, directByAssignee } = w)
  }, 600_000)
  afterAll(() => w?.t.close())

  it('the backlog now equals a direct count of the applications, by kind, service, stage, overdue and age', async () => {
    const today = WIB.dateOf(clock.now())
    const direct = await directBacklog(today)
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog' })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    expect(body.asOf).toBe(today)
    expect(keptRows(body)).toEqual(direct.rows)
    expect(body.age).toEqual(direct.ages)
    expect(body.files).toBe(direct.rows.reduce((s, r) => s + r.files, 0))
    expect(body.files).toBeGreaterThan(10)
    expect(body.overdue).toBe(direct.rows.reduce((s, r) => s + r.overdue, 0))
    // Every stage of the walk is represented, or the comparison proves little.
    expect(new Set(body.rows.map((r: DirectRow) => r.stage)).size).toBeGreaterThanOrEqual(3)
    expect(body.byChannel).toEqual([{ key: 'online', files: body.files, overdue: body.overdue }])
  })

  it('the backlog as of each past day equals the direct count taken at the end of that day', async () => {
    expect(snapshots).toHaveLength(DAYS)
    for (const snap of snapshots) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/stats/backlog?asOf=${snap.day}` })
      expect(res.statusCode).toBe(200)
      expect({ day: snap.day, rows: keptRows(res.json()), ages: res.json().age }).toEqual({
        day: snap.day,
        rows: snap.rows,
        ages: snap.ages,
      })
    }
    const before = await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog?asOf=2026-02-01' })
    expect(before.json()).toMatchObject({ files: 0, rows: [] })
  })

  it('the officer report equals a direct count by assignee, now and as of each past day; its CSV matches', async () => {
    const supervisor = { authorization: `Bearer ${team.crew.supervisor!.token}` }
    const today = WIB.dateOf(clock.now())
    const now = await t.app.inject({ method: 'GET', url: '/api/v1/reports/backlog', headers: supervisor })
    expect(now.statusCode).toBe(200)
    expect(now.headers['cache-control']).toBe('private, no-store')
    const body = now.json()
    expect(keptByAssignee(body)).toEqual(await directByAssignee(today))
    expect(body.byAssignee.filter((a: { assigneeId: string | null }) => a.assigneeId).length).toBeGreaterThan(1)
    // The same files as the public backlog, only split by who holds them.
    const pub = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog' })).json()
    expect([body.files, body.overdue]).toEqual([pub.files, pub.overdue])
    for (const snap of assigneeSnapshots) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/reports/backlog?asOf=${snap.day}`,
        headers: supervisor,
      })
      expect({ day: snap.day, rows: keptByAssignee(res.json()) }).toEqual(snap)
    }
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports/backlog',
      headers: { ...supervisor, accept: 'text/csv' },
    })
    expect(csv.headers['content-type']).toMatch(/^text\/csv/)
    const [header, ...rows] = parseCsv(csv.body)
    expect(header).toEqual([...officerBacklogCsvColumns])
    expect(rows).toEqual(
      body.rows.map((r: OfficerBacklogRow) => [
        r.kind,
        r.serviceCode,
        r.stage,
        r.channel,
        r.assigneeId ?? '',
        r.assigneeName ?? '',
        String(r.files),
        String(r.overdue),
        ...backlogAgeBuckets.map((b) => String(r.age[b.bucket])),
      ]),
    )
    // Not for the public, nor for an officer who is not overseeing.
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/reports/backlog' })).statusCode).toBe(401)
    // The public figures name no officer.
    expect(JSON.stringify(pub)).not.toContain(
      body.byAssignee.find((a: { assigneeId: string | null }) => a.assigneeId).assigneeId,
    )
  })

  it('counts per day equal the history: registrations, decisions, issuances, returns, deemed approvals', async () => {
    const from = snapshots[0]!.day
    const to = WIB.dateOf(clock.now())
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/stats/daily?from=${from}&to=${to}` })
    expect(res.statusCode).toBe(200)
    const direct = await queryRows<{ day: string; action: string; to_status: string; n: number }>(
      t.db,
      sql`select to_char(at at time zone 'Asia/Jakarta', 'YYYY-MM-DD') as day, action, to_status, count(*)::int as n
          from application_events group by 1, 2, 3`,
    )
    const sum = (day: string, pick: (r: { action: string; to_status: string }) => boolean) =>
      direct.filter((r) => r.day === day && pick(r)).reduce((s, r) => s + r.n, 0)
    const days = res.json().days
    expect(days).toHaveLength(snapshots.length + 1)
    for (const d of days) {
      expect(d).toEqual({
        date: d.date,
        registrations: sum(d.date, (r) => r.action === 'submit'),
        approvals: sum(d.date, (r) => r.action === 'approve'),
        rejections: sum(d.date, (r) => r.action === 'reject'),
        deemedApprovals: sum(d.date, (r) => r.action === 'deem_approve'),
        decisions: sum(d.date, (r) => ['approve', 'reject', 'deem_approve'].includes(r.action)),
        issuances: sum(d.date, (r) => r.to_status === 'issued'),
        returns: sum(d.date, (r) => r.action === 'return'),
        withdrawals: sum(d.date, (r) => r.action === 'withdraw'),
        expiries: sum(d.date, (r) => r.action === 'expire'),
      })
    }
    const total = (k: string) => days.reduce((s: number, d: Record<string, number>) => s + d[k]!, 0)
    expect(total('registrations')).toBe(DAYS * NEW_PER_DAY)
    expect(total('returns')).toBeGreaterThan(0)
    expect(total('decisions')).toBeGreaterThan(0)
  })

  it('SLA figures equal the history: outcomes per service, returns per reason, reassignments, escalations', async () => {
    const from = snapshots[0]!.day
    const to = WIB.dateOf(clock.now())
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/stats/sla?from=${from}&to=${to}` })
    expect(res.statusCode).toBe(200)
    const body = res.json()
    const outcomes = await queryRows<{ service_code: string; n: number }>(
      t.db,
      sql`select a.service_code, count(*)::int as n from application_events e join applications a on a.id = e.application_id
          where e.to_status in ('issued', 'rejected') group by 1 order by 1`,
    )
    expect(body.services.map((s: { serviceCode: string; finished: number }) => [s.serviceCode, s.finished])).toEqual(
      outcomes.map((o) => [o.service_code, o.n]),
    )
    for (const s of [...body.services, ...body.stages]) {
      expect(s.withinSla).toBeLessThanOrEqual(s.finished)
      expect(s.medianDays).toBeLessThanOrEqual(s.p90Days)
    }
    const reasons = await queryRows<{ code: string; n: number }>(
      t.db,
      sql`select c as code, count(*)::int as n from application_events, jsonb_array_elements_text(details->'returnReasons'->'codes') c
          where action = 'return' group by 1 order by 1`,
    )
    expect(body.returnsByReason).toEqual(reasons.map((r) => ({ code: r.code, returns: r.n })))
    const byStage = async (action: string) =>
      (
        await queryRows<{ stage: string; n: number }>(
          t.db,
          sql`select stage, count(*)::int as n from application_events where action = ${action} group by 1 order by 1`,
        )
      ).map((r) => ({ stage: r.stage, count: r.n }))
    expect(body.reassignmentsByStage).toEqual(await byStage('reassign'))
    expect(body.escalationsByStage).toEqual(await byStage('escalate'))
    expect(body.reassignmentsByStage.length).toBeGreaterThan(0)
  })

  it('CSV with Accept: text/csv parses and carries the same figures as the JSON', async () => {
    const json = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog' })).json()
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog', headers: { accept: 'text/csv' } })
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toMatch(/^text\/csv/)
    // One address, two formats: a cache must not hand the JSON to a CSV request (seen in Chromium).
    expect(res.headers.vary).toMatch(/\baccept\b/i)
    const [header, ...rows] = parseCsv(res.body)
    expect(header).toEqual([...backlogCsvColumns])
    expect(rows).toEqual(
      json.rows.map((r: DirectRow & { channel: string; age: Record<string, number> }) =>
        [
          r.kind,
          r.serviceCode,
          r.stage,
          r.channel,
          r.files,
          r.overdue,
          ...backlogAgeBuckets.map((b) => r.age[b.bucket]),
        ].map(String),
      ),
    )
    const daily = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/daily' })).json()
    const dailyCsv = parseCsv(
      (await t.app.inject({ method: 'GET', url: '/api/v1/stats/daily', headers: { accept: 'text/csv' } })).body,
    )
    expect(dailyCsv.slice(1).map((r) => [r[0], Number(r[1]), Number(r[6])])).toEqual(
      daily.days.map((d: { date: string; registrations: number; issuances: number }) => [
        d.date,
        d.registrations,
        d.issuances,
      ]),
    )
  })

  it('counts every one of many concurrent submissions and acceptances (no lost update, no deadlock)', async () => {
    const drafts = []
    for (let i = 0; i < 12; i += 1) drafts.push(await h.readyDraft(applicant, SERVICES[i % SERVICES.length]!))
    const submitted = await Promise.all(drafts.map((d) => h.act(applicant, d.id, 'submit', { version: d.version })))
    expect(submitted.map((r) => r.statusCode)).toEqual(drafts.map(() => 200))
    const accepted = await Promise.all(
      drafts.map(async (d) => {
        const holder = team.byId(await h.assigneeId(d.id))
        const v = (await h.get(team.crew.supervisor!, d.id)).json().version
        return holder ? (await h.act(holder, d.id, 'accept', { version: v })).statusCode : 200
      }),
    )
    expect(accepted).toEqual(drafts.map(() => 200))
    const today = WIB.dateOf(clock.now())
    const direct = await directBacklog(today)
    const body = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog' })).json()
    expect(keptRows(body)).toEqual(direct.rows)
  })

  it('refuses a date in the future and a bad period with a stable code, and names no person', async () => {
    const future = await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog?asOf=2099-01-01' })
    expect(future.statusCode).toBe(422)
    expect(future.json().error.code).toBe('stats.future_date')
    const reversed = await t.app.inject({ method: 'GET', url: '/api/v1/stats/daily?from=2026-03-05&to=2026-03-01' })
    expect(reversed.statusCode).toBe(422)
    expect(reversed.json().error.code).toBe('stats.bad_period')
    const long = await t.app.inject({ method: 'GET', url: '/api/v1/stats/sla?from=2024-01-01&to=2026-03-01' })
    expect(long.json().error.code).toBe('stats.bad_period')
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog?asOf=kemarin' })
    expect(bad.statusCode).toBe(400)
    const body = (await t.app.inject({ method: 'GET', url: '/api/v1/stats/backlog' })).body
    expect(body).not.toContain(applicant.user.id)
    expect(body).not.toMatch(/REG-\d{4}/)
  })
})
