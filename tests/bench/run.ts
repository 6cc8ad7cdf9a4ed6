// `pnpm bench`: submit and public tracking against the real API on PostgreSQL, beside a bare
// Fastify and pgbench measured in the same run; the figures go to docs/benchmarks.md.
// A benchmark, not a test: nothing here passes or fails on timing.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { login, submitAll } from './api-client.ts'
import { runLoad, rotator, type LoadResult } from './load.ts'
import { heldFiles, officerLoadQueryMs, storedSizes } from './diagnostics.ts'
import { plainInsertScript, runPgbench } from './pgbench.ts'
import {
  BENCH_DATABASE,
  benchDatabaseUrl,
  dropBenchDatabase,
  ensurePostgres,
  recreateBenchDatabase,
  serverFacts,
} from './postgres.ts'
import { backendsOf, childrenNamed, measureCpu, processTree, startRssSampler, type CpuShare } from './proc.ts'
import { machineFacts, writeReport, type Phase, type SweepPoint } from './report.ts'
import { numberDraftsForPgbench, seedContext, seedDrafts } from './seed.ts'
import { submitRequests } from './submit-load.ts'
import { buildApi, serverWarnings, startApi, startBareFastify, stopAll } from './servers.ts'

/** Same client count everywhere: autocannon connections, pgbench clients (and the API's pool size). */
const CONNECTIONS = 10
const SECONDS = { warmup: 3, submit: 15, fixedRate: 12, tracking: 12, fastify: 10, pgbench: 15, sweep: 5 }
/** Latency against concurrency (issue 9 item 5): submit and tracking at each of these connection counts. */
const SWEEP = [1, 10, 50, 100]
const FIXED_RATE = 200
const TRACKED_APPLICATIONS = 300
const PGBENCH_DRAFTS = 10_000
const SERVICE = 'SKP'

const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)

async function main() {
  const startedAt = new Date()
  const runId = randomBytes(4).toString('hex')
  log('PostgreSQL')
  await ensurePostgres()
  await recreateBenchDatabase()
  const postgres = await serverFacts()
  const databaseUrl = benchDatabaseUrl()

  log('building the API (apps/api/dist, as pnpm start runs it)')
  buildApi()
  log('starting the API')
  const api = await startApi(databaseUrl)
  const rss = startRssSampler(api.pid)
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const idleRssMb = rss.peak().processMb
  const db = new pg.Client({ connectionString: databaseUrl })
  db.on('error', () => undefined) // dropping the database on an interrupt ends this connection
  await db.connect()
  const postgresCpu = () => backendsOf(BENCH_DATABASE)
  const loadgenCpu = () => [process.pid, ...childrenNamed('pgbench')]
  const cpuGroups = { api: () => processTree(api.pid), postgres: postgresCpu, loadgen: loadgenCpu }
  const phases: Phase[] = []
  const record = async (name: string, load: LoadResult, cpu: CpuShare, extra: Partial<Phase> = {}) => {
    phases.push({ name, load, cpu, rssMb: rss.peak().processMb, heldAtEnd: await heldFiles(db), ...extra })
    log(
      `${name}: ${load.okPerSecond.toFixed(0)} 2xx/s, p50 ${load.latency.p50.toFixed(1)} ms, p99 ${load.latency.p99.toFixed(1)} ms, non-2xx ${load.non2xx}, errors ${load.errors}`,
    )
  }

  try {
    const ctx = await seedContext(db, SERVICE)
    const submitRequest = (count: number) => submitRequests(db, ctx, api, count, runId)

    // Submit: warm up (JIT, validator compile, pool), then size the drafts from the warm-up rate.
    log('submit: warm-up')
    const warm = await runLoad({
      url: api.baseUrl,
      connections: CONNECTIONS,
      duration: SECONDS.warmup,
      request: (await submitRequest(4_000)).definition,
    })
    if (warm.non2xx || warm.errors) log(`warm-up non-2xx: ${JSON.stringify(warm.statuses)} ${warm.failures[0] ?? ''}`)
    const draftsNeeded = Math.ceil(Math.max(warm.okPerSecond, 300) * SECONDS.submit * 2) + 2_000
    log(`submit: sustained, ${CONNECTIONS} connections, ${SECONDS.submit} s (${draftsNeeded} drafts prepared)`)
    let gen = await submitRequest(draftsNeeded)
    // No reset of the officers' queues between runs: the writer keeps each officer's load, so the
    // files earlier runs left cost a submission nothing.
    rss.reset()
    const submit = await measureCpu(cpuGroups, () =>
      runLoad({ url: api.baseUrl, connections: CONNECTIONS, duration: SECONDS.submit, request: gen.definition }),
    )
    await record('submit, sustained', submit.result, submit.cpu, { ranOut: gen.ranOut() })
    const officerQuery = { heldFiles: await heldFiles(db), ms: await officerLoadQueryMs(db, ctx) }

    log(`submit: fixed rate ${FIXED_RATE}/s, ${SECONDS.fixedRate} s`)
    gen = await submitRequest(FIXED_RATE * SECONDS.fixedRate * 2 + 500)
    rss.reset()
    const fixed = await measureCpu(cpuGroups, () =>
      runLoad({
        url: api.baseUrl,
        connections: CONNECTIONS,
        duration: SECONDS.fixedRate,
        overallRate: FIXED_RATE,
        request: gen.definition,
      }),
    )
    await record(`submit at ${FIXED_RATE}/s`, fixed.result, fixed.cpu, { ranOut: gen.ranOut() })

    log(`tracking: submitting ${TRACKED_APPLICATIONS} applications through the API for their receipts`)
    const receipts = await submitAll(
      api.baseUrl,
      await login(api.baseUrl, api.accounts.applicant),
      await seedDrafts(db, ctx, TRACKED_APPLICATIONS),
    )
    const trackRequest = rotator(
      receipts,
      (r) => ({ path: `/api/v1/track/${r.registrationNo}?code=${r.trackingCode}` }),
      { method: 'GET' },
    )
    await runLoad({ url: api.baseUrl, connections: CONNECTIONS, duration: 2, request: trackRequest })
    log(`tracking: ${CONNECTIONS} connections, ${SECONDS.tracking} s`)
    rss.reset()
    const tracking = await measureCpu(cpuGroups, () =>
      runLoad({ url: api.baseUrl, connections: CONNECTIONS, duration: SECONDS.tracking, request: trackRequest }),
    )
    await record('public tracking', tracking.result, tracking.cpu)

    // Latency against concurrency: a short run of each at 1, 10, 50 and 100 connections.
    const sweep: SweepPoint[] = []
    for (const connections of SWEEP) {
      const drafts = Math.ceil(Math.max(submit.result.okPerSecond, 300) * SECONDS.sweep * 2) + 500
      const walk = await submitRequest(drafts)
      const s = await runLoad({ url: api.baseUrl, connections, duration: SECONDS.sweep, request: walk.definition })
      const t = await runLoad({ url: api.baseUrl, connections, duration: SECONDS.sweep, request: trackRequest })
      sweep.push({ connections, submit: s, tracking: t, ranOut: walk.ranOut() })
      log(
        `sweep ${connections}: submit ${s.okPerSecond.toFixed(0)}/s p50 ${s.latency.p50.toFixed(1)} p99 ${s.latency.p99.toFixed(1)}; tracking ${t.okPerSecond.toFixed(0)}/s p50 ${t.latency.p50.toFixed(1)} p99 ${t.latency.p99.toFixed(1)}`,
      )
    }
    const apiRssPeakMb = rss.overallPeakMb()

    log('baseline: bare Fastify hello-world')
    const fastify = await startBareFastify()
    try {
      const hello = { method: 'GET', path: '/hello' }
      await runLoad({ url: fastify.baseUrl, connections: CONNECTIONS, duration: 2, request: hello })
      const bare = await measureCpu({ fastify: () => processTree(fastify.pid), loadgen: loadgenCpu }, () =>
        runLoad({ url: fastify.baseUrl, connections: CONNECTIONS, duration: SECONDS.fastify, request: hello }),
      )
      await record('bare Fastify hello-world', bare.result, bare.cpu, { rssMb: undefined })
    } finally {
      await fastify.stop()
    }

    log(`baseline: pgbench on the submit transaction, ${CONNECTIONS} clients, ${SECONDS.pgbench} s`)
    await numberDraftsForPgbench(
      db,
      (await seedDrafts(db, ctx, PGBENCH_DRAFTS)).map((d) => d.id),
    )
    const {
      rows: [officers],
    } = await db.query(`SELECT count(*)::int AS n FROM users WHERE kind = 'officer' AND roles @> array[$1]::text[]`, [
      ctx.verifierRole,
    ])
    const sizes = await storedSizes(db, ctx)
    const pgb = await measureCpu({ postgres: postgresCpu, loadgen: loadgenCpu }, () =>
      runPgbench({
        databaseUrl,
        clients: CONNECTIONS,
        seconds: SECONDS.pgbench,
        variables: {
          applicant: ctx.applicantId,
          office: ctx.officeId,
          role: ctx.verifierRole,
          sector: ctx.sector,
          drafts: PGBENCH_DRAFTS,
        },
      }),
    )
    log(
      `pgbench: ${pgb.result.tps.toFixed(0)} tps, p99 ${pgb.result.latency.p99.toFixed(1)} ms, failed ${pgb.result.failed}`,
    )
    const pgbenchHeldAtEnd = await heldFiles(db)

    log(`baseline: pgbench, one row inserted per transaction, ${CONNECTIONS} clients, ${SECONDS.pgbench} s`)
    await db.query(
      'CREATE TABLE bench_plain (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at timestamptz NOT NULL, payload text NOT NULL)',
    )
    const plain = await measureCpu({ postgres: postgresCpu, loadgen: loadgenCpu }, () =>
      runPgbench({
        databaseUrl,
        clients: CONNECTIONS,
        seconds: SECONDS.pgbench,
        variables: {},
        script: plainInsertScript,
      }),
    )
    log(`pgbench plain insert: ${plain.result.tps.toFixed(0)} tps, p99 ${plain.result.latency.p99.toFixed(1)} ms`)

    rss.stop()
    const file = await writeReport({
      startedAt,
      finishedAt: new Date(),
      machine: machineFacts(),
      postgres,
      connections: CONNECTIONS,
      service: SERVICE,
      documentsPerDraft: ctx.documentKeys.length,
      fieldsPerDraft: Object.keys(ctx.formData).length,
      phases,
      pgbench: { ...pgb.result, cpu: pgb.cpu, heldAtEnd: pgbenchHeldAtEnd },
      plainInsert: { ...plain.result, cpu: plain.cpu },
      sweep,
      apiRssPeakMb,
      idleRssMb,
      verifierOfficers: officers.n,
      officerQuery,
      sizes,
      serverWarnings,
    })
    log(`written to ${file}`)
  } finally {
    rss.stop()
    await db.end().catch(() => undefined)
    await api.stop().catch(() => undefined)
  }
}

async function cleanUp() {
  await stopAll()
  await dropBenchDatabase().catch((error) => console.error(`could not drop the bench database: ${error}`))
}
// Ctrl-C reaches us twice (from the terminal and relayed by tsx): clean up once, ignore the rest.
let interrupted = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupted) return
    interrupted = true
    console.error(`${signal}: stopping`)
    void cleanUp().finally(() => process.exit(130))
  })
}

let exitCode = 0
try {
  await main()
} catch (error) {
  console.error(error)
  exitCode = 1
} finally {
  await cleanUp()
}
process.exit(exitCode)
