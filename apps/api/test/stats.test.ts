import {
  backlogAgeBuckets,
  backlogCsvColumns,
  jakartaDate,
  endOfJakartaDay,
  officerBacklogCsvColumns,
  workingDaysBetween,
  type OfficerBacklogRow,
} from '@pintu/contract'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers, officerCrew } from './support/applications.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'
import { daysBetween } from '../src/modules/stats/stats-days.ts'
import { parseCsv } from './support/csv.ts'

/**
 * The kept statistics against a direct count. Files are walked at random through the lifecycle over
 * several days (returns, resubmissions, rejections, withdrawals, reassignments, escalations, deemed
 * approvals, issuances); after each day the applications and their history are counted directly, and
 * the public figures for that day, asked afterwards with `asOf`, must be the same.
 */
const SERVICES = ['SKP', 'SIUP', 'REKLAME']
const DAYS = 6
const NEW_PER_DAY = 7

interface DirectRow {
  kind: string
  serviceCode: string
  stage: string
  files: number
  overdue: number
}

/** Seeded pseudo-random choices, so a failure can be replayed. */
function seeded(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

describe('public statistics, kept by the change record', () => {
  const clock = createTestClock(new Date('2026-03-02T09:00:00+07:00'))
  const random = seeded(11)
  let t: TestApp
  let h: ReturnType<typeof applicationHelpers>
  let team: Awaited<ReturnType<typeof officerCrew>>
  let applicant: Awaited<ReturnType<TestApp['account']>>
  const snapshots: { day: string; rows: DirectRow[]; ages: Record<string, number> }[] = []
  const assigneeSnapshots: { day: string; rows: { assigneeId: string | null; files: number; overdue: number }[] }[] = []

  /** Open files by who holds them, counted directly: what the officer report must say. */
  const directByAssignee = (today: string) =>
    queryRows<{ assigneeId: string | null; files: number; overdue: number }>(
      t.db,
      sql`select assignee_id::text as "assigneeId", count(*)::int as files,
                 (count(*) filter (where stage_due_date < ${today}))::int as overdue
          from applications where status not in ('draft', 'issued', 'rejected', 'withdrawn', 'expired', 'deleted')
          group by 1 order by 1 nulls first`,
    )
  const keptByAssignee = (body: { byAssignee: { assigneeId: string | null; files: number; overdue: number }[] }) =>
    body.byAssignee
      .map(({ assigneeId, files, overdue }) => ({ assigneeId, files, overdue }))
      .sort((a, b) => (a.assigneeId ?? '').localeCompare(b.assigneeId ?? ''))

  async function directBacklog(today: string): Promise<{ rows: DirectRow[]; ages: Record<string, number> }> {
    const rows = await queryRows<DirectRow & { files: number; overdue: number }>(
      t.db,
      sql`select service_kind as kind, service_code as "serviceCode", status as stage, count(*)::int as files,
                 (count(*) filter (where stage_due_date < ${today}))::int as overdue
          from applications where status not in ('draft', 'issued', 'rejected', 'withdrawn', 'expired', 'deleted')
          group by 1, 2, 3 order by 1, 2, 3`,
    )
    const submitted = await queryRows<{ submitted_at: Date | string }>(
      t.db,
      sql`select submitted_at from applications
          where status not in ('draft', 'issued', 'rejected', 'withdrawn', 'expired', 'deleted')`,
    )
    const ages = Object.fromEntries(backlogAgeBuckets.map((b) => [b.bucket, 0]))
    for (const r of submitted) {
      const age = workingDaysBetween(new Date(r.submitted_at), endOfJakartaDay(today))
      ages[backlogAgeBuckets.find((b) => age <= b.max)!.bucket]! += 1
    }
    return { rows, ages }
  }

  const keptRows = (body: { rows: (DirectRow & { channel: string })[] }) =>
    body.rows
      .map(({ kind, serviceCode, stage, files, overdue }) => ({ kind, serviceCode, stage, files, overdue }))
      .sort((a, b) => [a.kind, a.serviceCode, a.stage].join().localeCompare([b.kind, b.serviceCode, b.stage].join()))

  /** One random step for a file, by whoever holds it (or none, when it waits). */
  async function step(id: string): Promise<void> {
    const app = (await h.get(team.crew.supervisor!, id)).json()
    const holder = team.byId(await h.assigneeId(id))
    const roll = random()
    const v = app.version
    const ok = (res: { statusCode: number; body: string }) => {
      if (res.statusCode !== 200) throw new Error(`${app.status}: ${res.body}`)
    }
    switch (app.status) {
      case 'submitted':
      case 'admin_verification':
        if (!holder) return
        if (roll < 0.25)
          return ok(
            await h.act(holder, id, 'return', {
              version: v,
              returnReasons: {
                codes: roll < 0.12 ? ['data_mismatch'] : ['document_missing', 'data_incomplete'],
                requirements: [],
                fields: Object.keys(app.formData).slice(0, 1),
                note: 'Mohon dilengkapi sesuai daftar periksa.',
              },
            }),
          )
        if (roll < 0.35) {
          const res = await t.app.inject({
            method: 'POST',
            url: `/api/v1/applications/${id}/reassign`,
            headers: team.crew.supervisor!.headers,
            payload: { reason: 'Petugas sedang dinas luar kota.' },
          })
          return ok(res)
        }
        return ok(await h.act(holder, id, 'accept', { version: v }))
      case 'returned':
        if (roll < 0.2) return ok(await h.act(applicant, id, 'withdraw', { version: v }))
        return ok(await h.act(applicant, id, 'resubmit', { version: v }))
      case 'technical_review':
        if (!holder) return
        return ok(await h.act(holder, id, 'complete_review', { version: v, report: 'Lokasi sesuai dan aman.' }))
      case 'decision':
        if (!holder || roll < 0.3) return // left for the deadline: escalation, or approval by law
        if (roll < 0.45)
          return ok(
            await h.act(holder, id, 'reject', { version: v, legalReason: 'Persyaratan teknis tidak terpenuhi.' }),
          )
        return ok(await h.act(holder, id, 'approve', { version: v }))
      case 'signing':
        if (!holder || roll < 0.3) return
        return ok(await h.act(holder, id, 'sign', { version: v }))
      default:
    }
  }

  beforeAll(async () => {
    t = await createTestApp({ clock })
    h = applicationHelpers(t)
    team = await officerCrew(t)
    applicant = await t.account(['applicant'])
    const files: string[] = []
    for (let day = 0; day < DAYS; day += 1) {
      for (let i = 0; i < NEW_PER_DAY; i += 1) {
        const draft = await h.readyDraft(applicant, SERVICES[(day + i) % SERVICES.length]!)
        const res = await h.act(applicant, draft.id, 'submit', { version: draft.version })
        if (res.statusCode !== 200) throw new Error(res.body)
        files.push(draft.id)
        clock.advance(60_000)
      }
      for (const id of files) {
        await step(id)
        clock.advance(30_000)
      }
      await t.app.runEscalations()
      const today = jakartaDate(clock.now())
      snapshots.push({ day: today, ...(await directBacklog(today)) })
      assigneeSnapshots.push({ day: today, rows: await directByAssignee(today) })
      clock.advance(86_400_000)
      // Keep the working hours: the next day starts at 09:00 again.
      clock.set(new Date(`${jakartaDate(clock.now())}T09:00:00+07:00`))
    }
  }, 600_000)
  afterAll(() => t?.close())

  it('the backlog now equals a direct count of the applications, by kind, service, stage, overdue and age', async () => {
    const today = jakartaDate(clock.now())
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
    const today = jakartaDate(clock.now())
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
    const to = jakartaDate(clock.now())
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
    const to = jakartaDate(clock.now())
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
    const today = jakartaDate(clock.now())
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

  // Last: it declares a closure over past days, which changes their ages for every test after it.
  it('finished days are answered from rollups made once by the job: backlog snapshots (remade when their calendar changes) and folded counters', async () => {
    const asked = async (day: string) =>
      (await t.app.inject({ method: 'GET', url: `/api/v1/stats/backlog?asOf=${day}` })).json()
    const days = snapshots.map((s) => s.day)
    const before = await Promise.all(days.map(asked))

    const period = `from=${days[0]}&to=${jakartaDate(clock.now())}`
    const figures = async () =>
      Promise.all(
        ['daily', 'sla'].map(async (r) =>
          (await t.app.inject({ method: 'GET', url: `/api/v1/stats/${r}?${period}` })).json(),
        ),
      )
    const unfolded = await figures()

    // Every finished day with a change, up to yesterday; a second run has nothing left to make.
    expect(await t.app.runStatsRollups()).toEqual({ backlogDays: DAYS, foldedDays: DAYS })
    expect(await t.app.runStatsRollups()).toEqual({ backlogDays: 0, foldedDays: 0 })
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
      headers: team.crew.supervisor!.headers,
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
    expect(await t.app.runStatsRollups()).toEqual({ backlogDays: DAYS - 1, foldedDays: 0 })
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
    expect(finished(await sla(...periods[2]!))).toBe(finished(byDay[2])) // not a whole month: read by day
  })
})
