// The "Data scale" section of docs/benchmarks.md, between its own markers at the end of the file
// (pnpm bench keeps everything below its results marker, so the section survives its runs).
import { existsSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { GenerationResult } from './generate.ts'
import { keyPlanLines, type Measurement } from './measure.ts'
import { gib, type TableSize } from './sizes.ts'

const docFile = fileURLToPath(new URL('../../../docs/benchmarks.md', import.meta.url))
const START = '<!-- data-scale:start (written by pnpm bench:scale) -->'
const END = '<!-- data-scale:end -->'

export interface ScaleReport {
  label: string
  /** The scale as given on the command line. */
  command: string
  engine: string
  postgresVersion: string
  at: string
  generation: GenerationResult
  distribution: { status: string; count: number }[]
  perApplication: { history: number; documents: number; assignments: number }
  overdueShare: number
  tables: TableSize[]
  databaseBytes: number
  measurements: Measurement[]
  notes: string[]
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1))

export function scaleSection(r: ScaleReport): string {
  const total = r.distribution.reduce((s, d) => s + d.count, 0)
  const verdict = (m: Measurement) => (m.goalMs === undefined ? '—' : m.p95 <= m.goalMs ? 'met' : '**over**')
  return `${START}
## Data scale (${r.label} applications)

Run ${r.at} on ${r.engine} ${r.postgresVersion}, 2 cores, with other work on the machine. Generated with
\`pnpm bench:scale ${r.label}\` (tests/bench/scale/): migrated with the project's migrations, catalogue seeded as the
API seeds it, then set-based SQL (\`generate_series\`, \`INSERT … SELECT\`). Timings are of the repository functions the
API's use cases call, from Node through Drizzle and \`pg\`, one at a time, with parameters varied over
${r.measurements[0]?.iterations ?? 0} executions each; plans are \`EXPLAIN (ANALYZE, BUFFERS)\` of the SQL Drizzle sent.

### Generation: ${r.generation.seconds.toFixed(0)} s in all

| step | seconds |
|---|---|
${r.generation.steps.map((s) => `| ${s.step} | ${s.seconds.toFixed(1)} |`).join('\n')}

Spread: ${r.distribution.map((d) => `${d.status} ${((100 * d.count) / total).toFixed(2)} %`).join(', ')}.
Per application: ${r.perApplication.history.toFixed(2)} history rows, ${r.perApplication.documents.toFixed(2)} documents,
${r.perApplication.assignments.toFixed(2)} stage assignments. ${(100 * r.overdueShare).toFixed(1)} % of the files in an
office stage are past their stage's due date. ${r.generation.params.applicants.toLocaleString('en')} applicants
(${r.generation.params.agencies.toLocaleString('en')} agencies filing 10 % of the work),
${Object.values(r.generation.params.officers).reduce((a, b) => a + b, 0)} officers.

### Size on disk: ${gib(r.databaseBytes)} (database)

| table | rows | total (with indexes, TOAST) | of which indexes |
|---|---|---|---|
${r.tables.map((t) => `| ${t.table} | ${t.rows.toLocaleString('en')} | ${gib(t.total)} | ${gib(t.indexes)} |`).join('\n')}

### Queries against the goals

| query | use case | p50 ms | p95 ms | p99 ms | p95 goal | |
|---|---|---|---|---|---|---|
${r.measurements
  .map(
    (m) =>
      `| ${m.name} | ${m.useCase} | ${ms(m.p50)} | ${ms(m.p95)} | ${ms(m.p99)} | ${m.goalMs === undefined ? '—' : `≤ ${m.goalMs} ms`} | ${verdict(m)} |`,
  )
  .join('\n')}

### Key plan lines

${r.measurements
  .map(
    (m) =>
      `#### ${m.name}\n\n${m.statements
        .map(
          (s, i) =>
            `Statement ${i + 1}: \`${s.sql.length > 160 ? `${s.sql.slice(0, 157)}…` : s.sql}\`\n\n\`\`\`\n${keyPlanLines(s.plan).join('\n')}\n\`\`\``,
        )
        .join('\n\n')}`,
  )
  .join('\n\n')}

### Findings

${r.notes.map((n) => `- ${n}`).join('\n')}
${END}
`
}

export async function writeScaleReport(r: ScaleReport): Promise<string> {
  const previous = existsSync(docFile) ? readFileSync(docFile, 'utf8') : ''
  const section = scaleSection(r)
  const start = previous.indexOf(START)
  const end = previous.indexOf(END)
  const next =
    start >= 0 && end > start
      ? `${previous.slice(0, start)}${section}${previous.slice(end + END.length + 1)}`
      : `${previous.replace(/\n*$/, '\n\n')}${section}`
  await writeFile(docFile, next)
  return docFile
}
