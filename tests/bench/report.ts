// docs/benchmarks.md: a fixed head (how to run, what is measured, what is not yet measured) and
// the results, one dated section per run, newest first; earlier sections are kept as they are.
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import type { LoadResult } from './load.ts'
import type { PgbenchResult } from './pgbench.ts'
import type { CpuShare } from './proc.ts'

const docFile = fileURLToPath(new URL('../../docs/benchmarks.md', import.meta.url))
const RESULTS_MARKER = '<!-- pnpm bench inserts each new run below this line, newest first; keep the older runs. -->'

export interface Phase {
  name: string
  load: LoadResult
  cpu: CpuShare
  rssMb?: number
  ranOut?: boolean
  /** Files the officers held when the run ended (each run starts from an empty queue). */
  heldAtEnd?: number
}

export interface RunReport {
  startedAt: Date
  finishedAt: Date
  machine: ReturnType<typeof machineFacts>
  postgres: { version: string; settings: Record<string, string> }
  connections: number
  service: string
  fieldsPerDraft: number
  documentsPerDraft: number
  phases: Phase[]
  pgbench: PgbenchResult & { cpu: CpuShare; heldAtEnd: number }
  apiRssPeakMb: number
  idleRssMb: number
  verifierOfficers: number
  /** The eligible-officers query at the backlog the sustained submit run left. */
  officerQuery: { heldFiles: number; ms: number }
  sizes: { responseBodyKb: number; definitionKb: number }
  serverWarnings: string[]
}

export function machineFacts() {
  const cpuModel = (
    readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m)?.[1] ??
    os.cpus()[0]?.model ??
    'unknown'
  ).trim()
  return {
    cpuModel,
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
  }
}

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a')
const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : 'n/a')
const pct = (n: number) => `${Math.round(n * 100)} %`
const cores = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(2))
const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**')

function head(): string {
  return `# Benchmarks

Performance is measured by benchmarks whose results are written down here, never by timed
assertions in tests (SPEC §11). The goals are for 2 cores with the load generator on the same
machine and a real PostgreSQL.

## How to run

\`\`\`sh
pnpm bench
\`\`\`

About 2 minutes. Needs PostgreSQL (the bench starts the Debian cluster with \`pg_ctlcluster 15 main start\`
when it runs as root and finds it stopped) and a role that may create databases:
\`PINTU_BENCH_DATABASE_URL\` (default \`postgres://pintu:pintu@127.0.0.1:5432/pintu\`). It creates the
database \`pintu_bench\` next to it, drops it at the end, and adds a dated section under *Results*.
Run it on an otherwise quiet machine and compare figures within one run (baseline ratios), not across
runs or machines. The code is in \`tests/bench/\`.

## What a run does

1. Starts the real API as a separate process, as \`tests/support/pintu.ts\` does (\`tsx apps/api/src/server.ts\`,
   \`DATABASE_URL\` on the fresh database, demo accounts on, tracking rate limit lifted), and samples its
   resident memory (VmRSS of the server process) every 200 ms.
2. Writes ready-to-submit drafts of the SKP service (research permit letter: no technical stage, no
   fee) for the demo applicant straight into the database: every form field filled with a valid value,
   one document row per mandatory requirement, the \`create\` event.
3. **Submit**: autocannon, each request submitting another draft
   (\`POST /api/v1/applications/:id/actions/submit\`, \`{"version":1}\`, a bearer token, a fresh
   \`Idempotency-Key\`). A 3 s warm-up, then the sustained run; then a run at a fixed 200 requests/s
   (autocannon \`overallRate\`: each connection sends its share at the start of every second, so
   requests come in small bursts, which is harsher than evenly spaced arrivals). Before each submit
   run, and before pgbench, earlier submissions are taken off the officer's queue (\`assignee_id\` set to
   NULL): choosing an officer counts the files each one holds, so every run starts from the same empty
   queue instead of paying for the files the earlier runs left.
4. **Public tracking**: a few hundred applications are submitted through the API for real
   registration numbers and tracking codes, then \`GET /api/v1/track/:registrationNo?code=…\` rotates
   over them.
5. **Baselines in the same run**: a bare Fastify hello-world (same Fastify version, no plugins, own
   process) under the same autocannon settings; and **pgbench** running the SQL of one submission as a
   custom script against the same database with as many clients as autocannon has connections.
6. CPU use of each side (API, PostgreSQL, load generator, everything else on the machine) is read
   from \`/proc\` over each run: on 2 shared cores, who used the CPU says more than any single figure.

Latency is measured per response by the load generator (so it includes its own queueing); p50/p95/p99
are over all responses of the run. Throughput counts 2xx responses only; any non-2xx is a defect and
is listed.

### The pgbench script

\`tests/bench/pgbench.ts\` holds the SQL, in the order \`act('submit')\` in
\`apps/api/src/modules/applications/lifecycle.usecases.ts\` sends it, in one transaction
(\`-M extended\`, like node-postgres):

1. claim the idempotency key (\`INSERT … ON CONFLICT DO NOTHING RETURNING\`);
2. load the application (the next prepared draft, picked with a sequence);
3. load the pinned service definition;
4. list the documents (completeness check);
5. list the application's events (stage budget already used);
6. officers who acted on other stages (separation of duties);
7. eligible officers with their current load (\`users\` left-joined to the applications they hold);
8. \`nextval\` for the registration number;
9. update the application with the version check, \`RETURNING *\`;
10. end open stage assignments;
11. insert the new stage assignment;
12. insert the \`submit\` event;
13. insert the audit entry;
14. to 16. definition, events and documents again, for the response;
17. store the response with the idempotency key (about the size of the API's, which embeds the
    service definition).

What it leaves out: HTTP, authentication, form validation, JSON work and query building. It reuses a
pool of prepared drafts (a draft is submitted again if the pool wraps), and picks the least-loaded
officer in SQL rather than at random. It runs as long as the sustained submit run.

## Not yet measured

| operation | goal (SPEC §11) |
|---|---|
| catalogue search | p95 ≤ 10 ms |
| officer queue, with 10 million applications stored | p95 ≤ 20 ms |
| public backlog and SLA statistics, with 10 million applications | p95 ≤ 50 ms |
| citizen SPA first route | ≤ 120 KB of gzipped JavaScript |

## Results

${RESULTS_MARKER}
`
}

interface CpuRow {
  name: string
  server?: number
  postgres?: number
  loadgen?: number
}
const perOperation = (cpu: CpuShare, rate: number, serverGroup?: string) => {
  const ms = (group: string | undefined) =>
    group && cpu[group] !== undefined ? (cpu[group]! / rate) * 1000 : undefined
  return {
    server: serverGroup === 'postgres' ? undefined : ms(serverGroup),
    postgres: ms('postgres'),
    loadgen: ms('loadgen'),
  }
}
const cpuPerOperation = (p: Phase): CpuRow => ({
  name: p.name,
  ...perOperation(p.cpu, p.load.okPerSecond, p.cpu.api !== undefined ? 'api' : 'fastify'),
})
const cpuTotal = (row: CpuRow) => (row.server ?? 0) + (row.postgres ?? 0) + (row.loadgen ?? 0)
const cpuCell = (n: number | undefined) => (n === undefined ? '–' : n < 0.1 ? n.toFixed(3) : n.toFixed(2))

const code = (text: string) => `\`${text.trim().replace(/`/g, "'").replace(/\|/g, '\\|').replace(/\s+/g, ' ')}\``

/** Defects and facts of this run. */
function observations(r: RunReport, submit: Phase, fixed: Phase): string[] {
  const out: string[] = []
  for (const p of r.phases) {
    const l = p.load
    if (l.non2xx || l.errors || l.timeouts) {
      out.push(
        `**Defect**: ${p.name}: ${int(l.non2xx)} non-2xx responses, ${int(l.errors)} connection errors, ${int(l.timeouts)} timeouts; statuses ${code(JSON.stringify(l.statuses))}. First answers: ${l.failures.map((f) => code(f.slice(0, 200))).join('; ') || 'none recorded'}.`,
      )
    }
    if (p.ranOut) out.push(`**Invalid**: ${p.name} used up its prepared drafts.`)
  }
  if (!r.phases.some((p) => p.load.non2xx || p.load.errors || p.load.timeouts))
    out.push('No non-2xx responses, connection errors or timeouts in any run.')
  if (r.pgbench.failed) out.push(`**Defect**: ${int(r.pgbench.failed)} pgbench transactions failed.`)
  const seconds = submit.load.perSecond.slice(1, -1)
  if (seconds.length >= 6) {
    const avg = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
    out.push(
      `Sustained submit, 2xx per second: ${seconds.map(int).join(', ')} (first three ${int(avg(seconds.slice(0, 3)))}/s, last three ${int(avg(seconds.slice(-3)))}/s).`,
    )
  }
  if (fixed.load.okPerSecond < 190) {
    out.push(
      `The fixed-rate run achieved ${int(fixed.load.okPerSecond)} submissions/s of the 200 asked: its p99 is a p99 at saturation, not at 200/s.`,
    )
  }
  const held = r.phases
    .filter((p) => p.heldAtEnd !== undefined && p.name.startsWith('submit'))
    .map((p) => `${int(p.heldAtEnd!)} after ${p.name}`)
  out.push(
    `Each submit run started from an empty officer queue. Files held at the end: ${[...held, `${int(r.pgbench.heldAtEnd)} after pgbench`].join('; ')} (${r.verifierOfficers} officer with the verifier role).`,
  )
  for (const w of r.serverWarnings.slice(0, 3)) out.push(`The API printed on stderr: ${code(w.slice(0, 240))}.`)
  return out
}

/** Where we stand and what limits us, from this run's figures and the code as it is. */
function analysis(r: RunReport, submit: Phase, tracking: Phase, bare: Phase): string[] {
  const perRequestMs = (p: Phase, group: string) => ((p.cpu[group] ?? 0) / p.load.okPerSecond) * 1000
  const ceiling = (p: Phase, groups: string[]) =>
    (r.machine.cores * 1000) / groups.reduce((sum, g) => sum + perRequestMs(p, g), 0)
  const runs = [...r.phases.map((p) => p.cpu), r.pgbench.cpu]
  const other = runs.reduce((sum, c) => sum + (c.other ?? 0), 0) / runs.length
  const pgbenchPgMs = ((r.pgbench.cpu.postgres ?? 0) / r.pgbench.tps) * 1000
  return [
    `**Shared machine.** Everything else on the machine (other tenants, PostgreSQL's shared background processes) used ${other.toFixed(2)} of the ${r.machine.cores} cores on average during the runs (column *other*), and the load generator runs on the same cores. Ratios within this run are meaningful; absolute figures are what was left over.`,
    `**Submit is CPU-bound on both sides.** One submission cost ${perRequestMs(submit, 'api').toFixed(1)} ms of API CPU and ${perRequestMs(submit, 'postgres').toFixed(1)} ms of PostgreSQL CPU (pgbench's transaction of the same SQL: ${pgbenchPgMs.toFixed(1)} ms of PostgreSQL CPU). Even with the whole machine to itself and the load generator included, that caps submit at about ${int(ceiling(submit, ['api', 'postgres', 'loadgen']))}/s on ${r.machine.cores} cores, against a goal of 1,000/s.`,
    `**Choosing the officer grows with the backlog.** \`eligibleOfficers\` (applications.repository.ts) left-joins every file the eligible officers hold and counts them, on every submission: after the sustained run (${int(r.officerQuery.heldFiles)} files held) that one query took ${r.officerQuery.ms.toFixed(2)} ms of PostgreSQL execution time (index scan on \`applications_queue_idx\`, then a heap visit per file to check its status). Every submit run here starts from an empty queue so the runs compare fairly; a real backlog makes every submission pay for it.`,
    `**The service definition travels a lot.** The published definition (${r.sizes.definitionKb.toFixed(1)} KB of JSON, immutable once published) is read from PostgreSQL and parsed twice per submission and once per tracking request; the submit response embeds it, and the idempotency row stores that whole response (${r.sizes.responseBodyKb.toFixed(1)} KB per submission on average).`,
    "**Round trips.** A submission is 17 statements plus BEGIN and COMMIT, one round trip each, holding one of the API's 10 pooled connections throughout. `detailOf` sends three of them with `Promise.all` on the transaction's single client: node-postgres runs them one after another anyway and prints a DeprecationWarning (an error in pg 9).",
    `**Tracking** makes three queries (the application by registration number, then the definition and the events in parallel), recomputes stage progress, and passes the rate limiter, helmet and response serialisation: ${perRequestMs(tracking, 'api').toFixed(2)} ms of API CPU and ${perRequestMs(tracking, 'postgres').toFixed(2)} ms of PostgreSQL CPU per request, against ${perRequestMs(bare, 'fastify').toFixed(3)} ms of CPU per request for the bare hello-world. CPU caps it at about ${int(ceiling(tracking, ['api', 'postgres', 'loadgen']))}/s on ${r.machine.cores} cores, against a goal of 5,000/s.`,
    '**Not on these paths**: password hashing (argon2 runs at login only; the bench logs in once per run), document bytes (submit reads document rows, not files), and the SPA.',
    `**Memory.** The API process (through tsx, as \`pnpm start\` runs it) had ${int(r.idleRssMb)} MB resident when idle after start and peaked at ${int(r.apiRssPeakMb)} MB under load. V8 may grow its heap freely on a machine with ${r.machine.memoryGiB} GiB; how much of the peak is live data and how much uncollected garbage is not measured here.`,
  ]
}

function runSection(r: RunReport): string {
  const phase = (name: string) => r.phases.find((p) => p.name.startsWith(name))!
  const submit = phase('submit, sustained')
  const fixed = phase('submit at')
  const tracking = phase('public tracking')
  const bare = phase('bare Fastify')
  const pgb = r.pgbench
  const submitVsPgbench = submit.load.okPerSecond / pgb.tps
  const trackingVsBare = tracking.load.okPerSecond / bare.load.okPerSecond
  const date = r.startedAt.toISOString().replace('T', ' ').slice(0, 16)
  const settings = Object.entries(r.postgres.settings)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')
  const minutes = ((r.finishedAt.getTime() - r.startedAt.getTime()) / 60_000).toFixed(1)
  const submitRow = cpuPerOperation(submit)
  const fixedRow = cpuPerOperation(fixed)
  const trackingRow = cpuPerOperation(tracking)
  const bareRow = cpuPerOperation(bare)
  const pgbRow = { name: 'pgbench, submit SQL', ...perOperation(pgb.cpu, pgb.tps, 'postgres') }

  const goals = [
    ['submit, sustained', `${int(submit.load.okPerSecond)} /s`, '≥ 1,000 /s', submit.load.okPerSecond >= 1000],
    [
      `submit, p99 at a fixed 200 /s (achieved ${int(fixed.load.okPerSecond)} /s)`,
      ms(fixed.load.latency.p99),
      '≤ 100 ms',
      fixed.load.latency.p99 <= 100 && fixed.load.okPerSecond >= 190,
    ],
    [
      'submit / pgbench on the same SQL',
      `${pct(submitVsPgbench)} (${int(submit.load.okPerSecond)} /s vs ${int(pgb.tps)} tps)`,
      '≥ 50 %',
      submitVsPgbench >= 0.5,
    ],
    [
      'public tracking, throughput',
      `${int(tracking.load.okPerSecond)} /s`,
      '≥ 5,000 /s',
      tracking.load.okPerSecond >= 5000,
    ],
    [
      `public tracking, p99 (${r.connections} connections, saturated)`,
      ms(tracking.load.latency.p99),
      '≤ 20 ms',
      tracking.load.latency.p99 <= 20,
    ],
    [
      'API memory under load (peak RSS of the server process)',
      `${int(r.apiRssPeakMb)} MB`,
      '≤ 300 MB',
      r.apiRssPeakMb <= 300,
    ],
  ] as const

  const phaseRow = (p: Phase) => {
    const l = p.load
    const defects = l.non2xx + l.errors + l.timeouts
    return `| ${p.name} | ${int(l.okPerSecond)} | ${ms(l.latency.p50)} | ${ms(l.latency.p95)} | ${ms(l.latency.p99)} | ${ms(l.latency.max)} | ${defects ? `**${int(l.non2xx)} / ${int(l.errors + l.timeouts)}**` : '0 / 0'} | ${cores(p.cpu.api ?? p.cpu.fastify)} / ${cores(p.cpu.postgres)} / ${cores(p.cpu.loadgen)} / ${cores(p.cpu.other)} | ${p.rssMb === undefined ? '–' : `${int(p.rssMb)} MB`} |`
  }

  return `### ${date} UTC

- **Machine**: ${r.machine.cpuModel}, ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.kernel}
- **Software**: Node ${r.machine.node}; PostgreSQL ${r.postgres.version} (${settings})
- **Setup**: load generator, API and PostgreSQL on the same machine; ${r.connections} connections (autocannon) and ${r.connections} clients (pgbench); API pool of 10 connections; service ${r.service} (${r.fieldsPerDraft} form fields, ${r.documentsPerDraft} documents per draft); the run took ${minutes} min.

#### Against the goals

| operation | measured | goal | |
|---|---|---|---|
${goals.map(([what, measured, goal, ok]) => `| ${what} | ${measured} | ${goal} | ${verdict(ok)} |`).join('\n')}

#### Runs

Throughput counts 2xx responses. CPU is in cores (1.00 = one core busy) averaged over the run: the server under test; the PostgreSQL backends serving the bench database; the load generator (autocannon, or pgbench); everything else on the machine (other tenants, and PostgreSQL's shared background processes such as the WAL writer and checkpointer).

| run | 2xx/s | p50 | p95 | p99 | max | non-2xx / errors | CPU: server / PostgreSQL / load gen. / other | server RSS peak |
|---|---|---|---|---|---|---|---|---|
${r.phases.map(phaseRow).join('\n')}
| pgbench, submit SQL (tps) | ${int(pgb.tps)} | ${ms(pgb.latency.p50)} | ${ms(pgb.latency.p95)} | ${ms(pgb.latency.p99)} | ${ms(pgb.latency.max)} | ${int(pgb.failed)} failed | – / ${cores(pgb.cpu.postgres)} / ${cores(pgb.cpu.loadgen)} / ${cores(pgb.cpu.other)} | – |

#### Baselines and ratios

| ratio | by throughput | by CPU per operation |
|---|---|---|
| submit / pgbench on the same SQL | ${pct(submitVsPgbench)} (${int(submit.load.okPerSecond)} / ${int(pgb.tps)}) | ${pct(cpuTotal(pgbRow) / cpuTotal(submitRow))} |
| public tracking / bare Fastify hello-world | ${pct(trackingVsBare)} (${int(tracking.load.okPerSecond)} / ${int(bare.load.okPerSecond)}) | ${pct(cpuTotal(bareRow) / cpuTotal(trackingRow))} |

Throughput ratios move with whatever else the machine is doing; the CPU-per-operation ratio (CPU of
every side, load generator included, per operation of the baseline ÷ the same for Pintu) moves much
less. CPU per operation, in ms:

| operation | server | PostgreSQL | load generator | all |
|---|---|---|---|---|
${[submitRow, fixedRow, trackingRow, bareRow, pgbRow].map((row) => `| ${row.name} | ${cpuCell(row.server)} | ${cpuCell(row.postgres)} | ${cpuCell(row.loadgen)} | ${cpuCell(cpuTotal(row))} |`).join('\n')}

#### Observations

${observations(r, submit, fixed)
  .map((o) => `- ${o}`)
  .join('\n')}

#### Where we stand and what limits us

${analysis(r, submit, tracking, bare)
  .map((o) => `- ${o}`)
  .join('\n')}

`
}

/** Inserts the run's section at the top of the results and writes the file; returns its path. */
export async function writeReport(run: RunReport): Promise<string> {
  const previous = existsSync(docFile) ? readFileSync(docFile, 'utf8') : ''
  const at = previous.indexOf(RESULTS_MARKER)
  const olderRuns = at >= 0 ? previous.slice(at + RESULTS_MARKER.length).replace(/^\n+/, '') : ''
  await writeFile(docFile, `${head()}\n${runSection(run)}${olderRuns}`)
  return docFile
}
