// One run's dated section of docs/benchmarks.md: the tables, the defects found and what limits us.
import type { CpuShare } from './proc.ts'
import type { Phase, RunReport } from './report-data.ts'

const int = (n: number) => (Number.isFinite(n) ? Math.round(n).toLocaleString('en-US') : 'n/a')
const ms = (n: number) => (Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n.toFixed(1)} ms` : 'n/a')
const pct = (n: number) => `${Math.round(n * 100)} %`
const cores = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(2))
const verdict = (ok: boolean) => (ok ? '**met**' : '**not met**')

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
    `The officers' queue grew through the runs (never emptied): files held at the end of ${[...held, `${int(r.pgbench.heldAtEnd)} after pgbench`].join('; ')} (${r.verifierOfficers} officer with the verifier role). With the kept load, the eligible-officers query took ${r.officerQuery.ms.toFixed(3)} ms of PostgreSQL execution time at ${int(r.officerQuery.heldFiles)} files held.`,
  )
  for (const w of r.serverWarnings.slice(0, 3)) out.push(`The API printed on stderr: ${code(w.slice(0, 240))}.`)
  return out
}

/** Where we stand and what limits us, from this run's figures and the code as it is. */
function analysis(r: RunReport, submit: Phase, tracking: Phase, bare: Phase): string[] {
  const perRequestMs = (p: Phase, group: string) => ((p.cpu[group] ?? 0) / p.load.okPerSecond) * 1000
  const ceiling = (p: Phase, groups: string[]) =>
    (r.machine.cores * 1000) / groups.reduce((sum, g) => sum + perRequestMs(p, g), 0)
  const runs = [...r.phases.map((p) => p.cpu), r.pgbench.cpu, r.plainInsert.cpu]
  const other = runs.reduce((sum, c) => sum + (c.other ?? 0), 0) / runs.length
  const pgbenchPgMs = ((r.pgbench.cpu.postgres ?? 0) / r.pgbench.tps) * 1000
  const plainPgMs = ((r.plainInsert.cpu.postgres ?? 0) / r.plainInsert.tps) * 1000
  return [
    `**Shared machine.** Everything else on the machine (other tenants, PostgreSQL's shared background processes such as the WAL writer) used ${other.toFixed(2)} of the ${r.machine.cores} cores on average during the runs (column *other*), and the load generator runs on the same cores. Ratios within this run are meaningful; absolute figures are what was left over.`,
    `**Submit, CPU split.** One submission cost ${perRequestMs(submit, 'api').toFixed(2)} ms of API CPU, ${perRequestMs(submit, 'postgres').toFixed(2)} ms of PostgreSQL CPU and ${perRequestMs(submit, 'loadgen').toFixed(2)} ms of load-generator CPU. pgbench's transaction of the same SQL costs ${pgbenchPgMs.toFixed(2)} ms of PostgreSQL CPU; its one-row insert ${plainPgMs.toFixed(2)} ms. With the whole machine to itself, API + PostgreSQL + load generator would cap submit at about ${int(ceiling(submit, ['api', 'postgres', 'loadgen']))}/s on ${r.machine.cores} cores.`,
    `**Submit, statements.** 11 statements plus BEGIN and COMMIT, one round trip each, on one of the API's 10 pooled connections: claim the key, the application, its documents, its history, the eligible officers with their kept load, the registration number, the versioned update, the assignment hand-over, the change record (audit + history + outbox in one statement), the load slot, the stored receipt. The definition and calendar come from process caches. Drizzle builds every statement on each request; the five with a fixed text (claim, the application, documents, history, the stored result) are sent as named statements, so PostgreSQL parses and plans them once per connection, the other six are parsed and planned on every execution. Tracking is one named prepared statement.`,
    `**Submit, the floor.** Every submission is a durable commit (synchronous_commit on): pgbench's one-row-insert transaction reached ${int(r.plainInsert.tps)} tps on this machine in this run, which is the ceiling of any write path here with ${r.connections} clients, before any HTTP, JSON or rule.`,
    `**Tracking** is one statement (a prepared query: the application's public columns with its events aggregated, by the unique registration number), then stage progress computed in the process from the cached definition and calendar, through the rate limiter, helmet and response serialisation: ${perRequestMs(tracking, 'api').toFixed(3)} ms of API CPU and ${perRequestMs(tracking, 'postgres').toFixed(3)} ms of PostgreSQL CPU per request, against ${perRequestMs(bare, 'fastify').toFixed(3)} ms for the bare hello-world. CPU caps it at about ${int(ceiling(tracking, ['api', 'postgres', 'loadgen']))}/s on ${r.machine.cores} cores.`,
    `**Stored per submission**: the idempotency record now holds ${r.sizes.responseBodyKb.toFixed(2)} KB on average (ids and the receipt); the submit answer no longer embeds the ${r.sizes.definitionKb.toFixed(1)} KB service definition (\`?include=service\` asks for it).`,
    '**Not on these paths**: password hashing (argon2 runs at login only; the bench logs in once per run), document bytes (submit reads document rows, not files), and the SPA.',
    `**Memory.** The compiled API process (\`node apps/api/dist/server.mjs\`) had ${int(r.idleRssMb)} MB resident when idle after start and peaked at ${int(r.apiRssPeakMb)} MB under load (every run of this bench, the sweep to 100 connections included).`,
  ]
}

/** Latency against concurrency: a table, and a text chart of p50 and p99 by connection count. */
function sweepSection(r: RunReport): string {
  const rows = r.sweep
    .map(
      (p) =>
        `| ${p.connections} | ${int(p.submit.okPerSecond)} | ${ms(p.submit.latency.p50)} | ${ms(p.submit.latency.p99)} | ${int(p.tracking.okPerSecond)} | ${ms(p.tracking.latency.p50)} | ${ms(p.tracking.latency.p99)} | ${p.submit.non2xx + p.submit.errors + p.tracking.non2xx + p.tracking.errors}${p.ranOut ? ' (ran out of drafts)' : ''} |`,
    )
    .join('\n')
  const chart = (what: 'submit' | 'tracking') => {
    const max = Math.max(...r.sweep.map((p) => p[what].latency.p99))
    const bar = (v: number) => '#'.repeat(Math.max(1, Math.round((v / max) * 50)))
    return r.sweep
      .flatMap((p) => [
        `${String(p.connections).padStart(4)} p50 ${bar(p[what].latency.p50)} ${ms(p[what].latency.p50)}`,
        `     p99 ${bar(p[what].latency.p99)} ${ms(p[what].latency.p99)}`,
      ])
      .join('\n')
  }
  return `#### Latency against concurrency

Each point: ${SWEEP_SECONDS} s of submit, then ${SWEEP_SECONDS} s of tracking, at that many connections (closed loop: each
connection sends its next request when the answer comes).

| connections | submit 2xx/s | submit p50 | submit p99 | tracking 2xx/s | tracking p50 | tracking p99 | non-2xx / errors |
|---|---|---|---|---|---|---|---|
${rows}

Submit (bar length: latency, scaled to the largest p99):

\`\`\`
${chart('submit')}
\`\`\`

Tracking:

\`\`\`
${chart('tracking')}
\`\`\`

In a closed loop past saturation, latency = connections ÷ throughput (Little's law): what matters is
that throughput holds as connections grow, so latency grows only by the queue in front of a busy
machine, not by work that grows per user.

`
}
const SWEEP_SECONDS = 5

export function runSection(r: RunReport): string {
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
  const plainRow = {
    name: 'pgbench, one-row insert',
    ...perOperation(r.plainInsert.cpu, r.plainInsert.tps, 'postgres'),
  }

  const plain = r.plainInsert
  const pgbenchVsPlain = pgb.tps / plain.tps
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
      '≥ 70 %',
      submitVsPgbench >= 0.7,
    ],
    [
      "pgbench, submit SQL / pgbench's one-row insert",
      `${pct(pgbenchVsPlain)} (${int(pgb.tps)} vs ${int(plain.tps)} tps)`,
      '≥ 50 % (within 2×)',
      pgbenchVsPlain >= 0.5,
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
      'public tracking / bare Fastify hello-world',
      `${pct(trackingVsBare)} (${int(tracking.load.okPerSecond)} vs ${int(bare.load.okPerSecond)} /s)`,
      '≥ 25 %',
      trackingVsBare >= 0.25,
    ],
    [
      'API memory under load (peak RSS of the server process, PostgreSQL)',
      `${int(r.apiRssPeakMb)} MB`,
      '≤ 200 MB',
      r.apiRssPeakMb <= 200,
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
| pgbench, one-row insert (tps) | ${int(plain.tps)} | ${ms(plain.latency.p50)} | ${ms(plain.latency.p95)} | ${ms(plain.latency.p99)} | ${ms(plain.latency.max)} | ${int(plain.failed)} failed | – / ${cores(plain.cpu.postgres)} / ${cores(plain.cpu.loadgen)} / ${cores(plain.cpu.other)} | – |

#### Baselines and ratios

| ratio | by throughput | by CPU per operation |
|---|---|---|
| submit / pgbench on the same SQL | ${pct(submitVsPgbench)} (${int(submit.load.okPerSecond)} / ${int(pgb.tps)}) | ${pct(cpuTotal(pgbRow) / cpuTotal(submitRow))} |
| public tracking / bare Fastify hello-world | ${pct(trackingVsBare)} (${int(tracking.load.okPerSecond)} / ${int(bare.load.okPerSecond)}) | ${pct(cpuTotal(bareRow) / cpuTotal(trackingRow))} |
| pgbench submit SQL / pgbench one-row insert | ${pct(pgbenchVsPlain)} (${int(pgb.tps)} / ${int(plain.tps)}) | ${pct(cpuTotal(plainRow) / cpuTotal(pgbRow))} |

Throughput ratios move with whatever else the machine is doing; the CPU-per-operation ratio (CPU of
every side, load generator included, per operation of the baseline ÷ the same for Pintu) moves much
less. CPU per operation, in ms:

| operation | server | PostgreSQL | load generator | all |
|---|---|---|---|---|
${[submitRow, fixedRow, trackingRow, bareRow, pgbRow, plainRow].map((row) => `| ${row.name} | ${cpuCell(row.server)} | ${cpuCell(row.postgres)} | ${cpuCell(row.loadgen)} | ${cpuCell(cpuTotal(row))} |`).join('\n')}

${sweepSection(r)}#### Observations

${observations(r, submit, fixed)
  .map((o) => `- ${o}`)
  .join('\n')}

#### Where we stand and what limits us

${analysis(r, submit, tracking, bare)
  .map((o) => `- ${o}`)
  .join('\n')}

`
}
