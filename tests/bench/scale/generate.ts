// Fills a migrated, seeded database with `applications` applications and everything that goes with
// them (applicants, officers, history, documents, stage assignments), step by step, timing each.
import { sql } from 'drizzle-orm'
import { pathApplies, pathTo } from './paths.ts'
import { loadRequirements, loadServices } from './catalogue-plan.ts'
import type { ScaleDatabase, Statements } from './database.ts'
import { agencyCount, applicantCount, officerCounts, recentStatusWeights } from './distribution.ts'
import * as gen from './generator-sql.ts'
import { restoreConstraints, setAsideConstraints } from './bulk-load.ts'
import { createStatsSteps, STATS_TABLES, statsInserts } from './stats-sql.ts'
import type { ApplicationStatus } from '@pintu/contract'

export const BULK_TABLES = ['users', 'applications', 'application_events', 'application_documents', 'stage_assignments']

export interface GenerationStep {
  step: string
  seconds: number
}

export interface GenerationResult {
  params: gen.GeneratorParams
  steps: GenerationStep[]
  seconds: number
}

export async function loadHelpers(db: Statements) {
  const services = await loadServices(db)
  await db.rows(`create unlogged table scale_services (idx int primary key, type_id uuid, version_id uuid, code text,
    kind text, sector text, technical boolean, fee boolean, sla_days int, return_limit_days int, budgets jsonb, kinds text[], form jsonb)`)
  await db.rows(
    sql`insert into scale_services select * from jsonb_to_recordset(${JSON.stringify(services)}::jsonb) as x(idx int,
      type_id uuid, version_id uuid, code text, kind text, sector text, technical boolean, fee boolean, sla_days int,
      return_limit_days int, budgets jsonb, kinds text[], form jsonb)`,
  )
  await db.rows(`create unlogged table scale_requirements (version_id uuid, application_kind text, keys text[])`)
  await db.rows(
    sql`insert into scale_requirements select * from jsonb_to_recordset(${JSON.stringify(await loadRequirements(db))}::jsonb)
      as x(version_id uuid, application_kind text, keys text[])`,
  )
  const paths = (Object.keys(recentStatusWeights) as ApplicationStatus[]).flatMap((status) =>
    [false, true].flatMap((technical) =>
      [false, true].flatMap((fee) =>
        [false, true].flatMap((returned) => {
          const key = { status, technical, fee, returned }
          if (!pathApplies(key)) return []
          const steps = pathTo(key)
          return [
            {
              ...key,
              steps: steps.length,
              actions: steps.map((s) => s.action),
              froms: steps.map((s) => s.from),
              tos: steps.map((s) => s.to),
              stages: steps.map((s) => s.stage),
              roles: steps.map((s) => s.actorRole),
            },
          ]
        }),
      ),
    ),
  )
  await db.rows(`create unlogged table scale_paths (status text, technical boolean, fee boolean, returned boolean, steps int,
    actions text[], froms text[], tos text[], stages text[], roles text[])`)
  await db.rows(
    sql`insert into scale_paths select * from jsonb_to_recordset(${JSON.stringify(paths)}::jsonb) as x(status text,
      technical boolean, fee boolean, returned boolean, steps int, actions text[], froms text[], tos text[], stages text[], roles text[])`,
  )
  const cover = services.find((s) => s.technical && s.fee)
  if (!cover) throw new Error('no service with a technical review and a fee to cover every status with')
  return { services, cover }
}

export async function generate(
  db: ScaleDatabase,
  options: { applications: number; today?: Date; bulk?: boolean; log?: (line: string) => void },
): Promise<GenerationResult> {
  const log = options.log ?? (() => undefined)
  const steps: GenerationStep[] = []
  const began = performance.now()
  const timed = async (step: string, run: () => Promise<unknown>) => {
    const t0 = performance.now()
    await run()
    const seconds = (performance.now() - t0) / 1000
    steps.push({ step, seconds })
    log(`  ${step}: ${seconds.toFixed(1)} s`)
  }
  // One transaction on one connection: JIT off (compiling these one-off statements costs more than running
  // them), memory for the sorts of the index builds.
  const settings = { jit: 'off', work_mem: '256MB', maintenance_work_mem: '1GB' }
  const params = await db.transaction(settings, async (tx) => {
    const [office] = await tx.rows<{ id: string }>(`select id from offices limit 1`)
    const { services, cover } = await loadHelpers(tx)
    const applicants = applicantCount(options.applications)
    const params: gen.GeneratorParams = {
      applications: options.applications,
      applicants,
      agencies: agencyCount(applicants),
      officers: officerCounts(options.applications),
      officeId: office!.id,
      today: (options.today ?? new Date()).toISOString(),
      coverService: cover.idx,
      services: services.length,
    }
    await tx.rows(gen.officerFunction(params))
    const aside = options.bulk === false ? undefined : await setAsideConstraints(tx, BULK_TABLES)
    await timed('plan (one row per application, unlogged)', () => tx.rows(gen.createPlan(params)))
    await timed('users: officers', () => tx.rows(gen.insertOfficers(params)))
    await timed('users: applicants', () => tx.rows(gen.insertApplicants(params)))
    await timed('applications', () => tx.rows(gen.insertApplications(params)))
    await timed('application_events (history)', () => tx.rows(gen.insertHistory()))
    await timed('application_documents', () => tx.rows(gen.insertDocuments()))
    await timed('stage_assignments', () => tx.rows(gen.insertAssignments()))
    await timed('statistics: every step with its backlog keys (unlogged)', () => tx.rows(createStatsSteps()))
    for (const insert of statsInserts(params.officeId))
      await timed(`statistics: ${insert.step}`, () => tx.rows(insert.sql))
    // The API's own registrations continue after the generated ones.
    await tx.rows(`select setval('registration_numbers', ${options.applications})`)
    for (const table of ['scale_stats_steps', 'scale_plan', 'scale_paths', 'scale_requirements', 'scale_services'])
      await tx.rows(`drop table ${table}`)
    await tx.rows(`drop function scale_officer(text, bigint, text)`)
    if (aside) {
      await timed('keys, indexes and foreign keys back (validating every row)', () =>
        restoreConstraints(tx, aside, (s) => log(`    restored ${s}`)),
      )
    }
    return params
  })
  await timed('vacuum analyze', () => db.rows(`vacuum analyze ${[...BULK_TABLES, ...STATS_TABLES].join(', ')}`))
  return { params, steps, seconds: (performance.now() - began) / 1000 }
}
