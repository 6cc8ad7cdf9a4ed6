// The data-scale generator at a small scale, on PGlite (or PostgreSQL when DATABASE_URL is set):
// the spread it promises and the plans of the reads that must stay indexed. Never timings: those
// are for `pnpm bench:scale` on PostgreSQL.
import { applicationStatuses } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dropPostgresDatabase, pgliteScaleDatabase, postgresScaleDatabase, type ScaleDatabase } from './database.ts'
import { distributionOf, type Distribution } from './distribution-check.ts'
import { BULK_TABLES, generate } from './generate.ts'
import { explain, seqScansOn } from './measure.ts'
import { stageRoles } from './paths.ts'
import { drawSamples, measuredQueries } from './queries.ts'

const SCALE = 5_000
const today = new Date()
const databaseUrl = process.env.DATABASE_URL
const postgresName = `pintu_scale_test_${process.pid}`

let db: ScaleDatabase
let dist: Distribution
let constraintsBefore: string[]

const constraintsOf = async () =>
  (
    await db.rows<{ c: string }>(
      `select conrelid::regclass::text || ' ' || pg_get_constraintdef(oid) as c from pg_constraint
        where conrelid::regclass::text in (${BULK_TABLES.map((t) => `'${t}'`).join(', ')}) order by 1`,
    )
  ).map((r) => r.c)
const one = async (query: string) => Number(Object.values((await db.rows(query))[0]!)[0])

beforeAll(async () => {
  db = databaseUrl ? await postgresScaleDatabase(databaseUrl, postgresName) : await pgliteScaleDatabase()
  constraintsBefore = await constraintsOf()
  await generate(db, { applications: SCALE, today })
  dist = await distributionOf(db, today)
}, 180_000)

afterAll(async () => {
  await db?.close()
  if (databaseUrl) await dropPostgresDatabase(databaseUrl, postgresName)
})

describe('the data-scale generator', () => {
  it('fills the requested number of applications, with every service of the catalogue in force', async () => {
    expect(await one(`select count(*) from applications`)).toBe(SCALE)
    const inForce = await one(`select count(*) from service_types where retired_at is null`)
    expect(inForce).toBe(54)
    expect(await one(`select count(distinct service_type_id) from applications`)).toBe(inForce)
  })

  it('has every status and every office stage', async () => {
    expect(dist.distribution.map((d) => d.status).sort()).toEqual([...applicationStatuses].sort())
    const stages = await db.rows<{ current_stage: string }>(
      `select distinct current_stage from applications where current_stage is not null order by 1`,
    )
    expect(stages.map((s) => s.current_stage)).toEqual(Object.keys(stageRoles).sort())
  })

  it('gives each application about five history rows and three documents', () => {
    expect(dist.perApplication.history).toBeGreaterThan(4.5)
    expect(dist.perApplication.history).toBeLessThan(6.5)
    expect(dist.perApplication.documents).toBeGreaterThan(2.7)
    expect(dist.perApplication.documents).toBeLessThan(3.1)
  })

  it('spreads filing over five years, most of it settled, open files recent', async () => {
    const days = (query: string) =>
      one(`select extract(epoch from (timestamptz '${today.toISOString()}' - (${query}))) / 86400`)
    expect(await days(`select min(created_at) from applications`)).toBeGreaterThan(4.9 * 365)
    expect(await days(`select max(created_at) from applications`)).toBeLessThan(2)
    expect(await days(`select min(created_at) from applications where current_stage is not null`)).toBeLessThan(31)
    const issued = dist.distribution.find((d) => d.status === 'issued')!.count
    expect(issued / SCALE).toBeGreaterThan(0.75)
  })

  it('has a share of open files overdue and of files returned on the way', async () => {
    expect(dist.overdueShare).toBeGreaterThan(0.05)
    expect(dist.overdueShare).toBeLessThan(0.6)
    const returnedOnce = await one(
      `select count(distinct application_id)::float / ${SCALE} from application_events where action = 'return'`,
    )
    expect(returnedOnce).toBeGreaterThan(0.08)
    expect(returnedOnce).toBeLessThan(0.25)
  })

  it('writes histories that agree with the files: ids follow time, the last step is the current status', async () => {
    expect(
      await one(`select count(*) from (select at < lag(at) over (partition by application_id order by id) as back
                   from application_events) x where back`),
    ).toBe(0)
    expect(
      await one(`select count(*) from applications a
                  where a.status <> (select e.to_status from application_events e where e.application_id = a.id
                                      order by e.id desc limit 1)`),
    ).toBe(0)
    // The holder of an open stage is the officer of its open assignment, and holds the stage's role.
    expect(
      await one(`select count(*) from applications a
                  where a.assignee_id is not null and not exists (select 1 from stage_assignments s
                    where s.application_id = a.id and s.ended_at is null and s.officer_id = a.assignee_id
                      and s.stage = a.current_stage)`),
    ).toBe(0)
  })

  it('keeps the public statistics as the change record would have: the backlog now is the open files', async () => {
    const byStatus = async (query: string) =>
      Object.fromEntries((await db.rows<{ status: string; n: string }>(query)).map((r) => [r.status, Number(r.n)]))
    const counted = await byStatus(`select status, sum(files) as n from stats_backlog group by status`)
    const open = await byStatus(`select status, count(*) as n from applications
      where submitted_at is not null and status not in ('issued', 'rejected', 'withdrawn', 'expired', 'deleted')
      group by status`)
    expect(Object.keys(open).length).toBeGreaterThan(5)
    expect(counted).toEqual(open)
    // Every day's moves add up to the backlog now, key by key.
    expect(
      await one(`select count(*) from (select status, service_code, received_on, entered_on, days_left, slot, sum(files) as n
                   from stats_backlog_days group by 1, 2, 3, 4, 5, 6) d
                   full join (select status, service_code, received_on, entered_on, days_left, slot, files as n from stats_backlog) b
                   using (status, service_code, received_on, entered_on, days_left, slot)
                  where coalesce(d.n, 0) <> coalesce(b.n, 0)`),
    ).toBe(0)
    expect(await one(`select sum(count) from stats_daily where metric = 'registration'`)).toBe(
      await one(`select count(*) from application_events where action = 'submit'`),
    )
    expect(await one(`select sum(count) from stats_durations where stage = 'total'`)).toBe(
      await one(`select count(*) from applications where status in ('issued', 'rejected')`),
    )
  })

  it('puts back every key, unique constraint and foreign key it set aside for the load', async () => {
    expect(await constraintsOf()).toEqual(constraintsBefore)
  })
})

describe('the plans of the reads at scale', () => {
  const indexed = ['officer queue', 'supervisor board', 'work item', "applicant's list", 'public tracking']
  for (const name of indexed) {
    it(`${name} finds its applications through an index, never a sequential scan`, async () => {
      const query = measuredQueries.find((q) => q.name === name)!
      const statements = await explain(db, query, await drawSamples(db, today.toISOString().slice(0, 10), 50))
      expect(statements.length).toBeGreaterThan(0)
      for (const statement of statements) expect(seqScansOn(statement.plan, 'applications'), statement.sql).toBe(false)
      if (name === 'public tracking')
        expect(statements[0]!.plan.join('\n')).toMatch(/Index Scan using applications_registration_no_unique/)
      // The board reads kept reassignment counts, never the history of stage assignments.
      if (name === 'supervisor board')
        for (const statement of statements) expect(statement.plan.join('\n')).not.toMatch(/on stage_assignments/)
      // The officer's own index, or the open files' one (which has the assignee among its keys).
      if (name === 'officer queue')
        expect(statements[0]!.plan.join('\n')).toMatch(/Index Scan using applications_(queue|held_order)_idx/)
    })
  }
})
