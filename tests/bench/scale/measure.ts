// Times each measured read over many executions with varied parameters, and explains the SQL it
// sent (EXPLAIN (ANALYZE, BUFFERS) on the driver, with the parameters the repository bound).
import type { CapturedQuery, ScaleDatabase } from './database.ts'
import type { MeasuredQuery, Samples } from './queries.ts'

export interface ExplainedStatement {
  sql: string
  plan: string[]
}

export interface Measurement {
  name: string
  useCase: string
  goalMs?: number
  iterations: number
  p50: number
  p95: number
  p99: number
  statements: ExplainedStatement[]
}

export const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!

/** The statements one execution sends, each with its plan. */
export async function explain(
  db: ScaleDatabase,
  query: MeasuredQuery,
  samples: Samples,
): Promise<ExplainedStatement[]> {
  db.captured.length = 0
  await query.run(db, samples, 0)
  const sent: CapturedQuery[] = [...db.captured]
  const statements: ExplainedStatement[] = []
  for (const statement of sent) {
    const rows = await db.raw<{ 'QUERY PLAN': string }>(
      `explain (analyze, buffers, costs off, summary off) ${statement.sql}`,
      statement.params,
    )
    statements.push({ sql: statement.sql, plan: rows.map((r) => r['QUERY PLAN']) })
  }
  return statements
}

export async function measure(
  db: ScaleDatabase,
  query: MeasuredQuery,
  samples: Samples,
  iterations: number,
  budgetMs = 60_000,
): Promise<Measurement> {
  for (let i = 0; i < Math.min(10, iterations); i += 1) {
    const t0 = performance.now()
    await query.run(db, samples, i + 1_000)
    if (performance.now() - t0 > budgetMs / 20) break
  }
  const times: number[] = []
  // A slow query stops after its time budget (with at least 5 executions), so one over its goal by
  // orders of magnitude does not hold the run for hours.
  const began = performance.now()
  for (let i = 0; i < iterations && (i < 5 || performance.now() - began < budgetMs); i += 1) {
    const t0 = performance.now()
    await query.run(db, samples, i)
    times.push(performance.now() - t0)
  }
  db.captured.length = 0
  times.sort((a, b) => a - b)
  return {
    name: query.name,
    useCase: query.useCase,
    ...(query.goalMs !== undefined && { goalMs: query.goalMs }),
    iterations: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    statements: await explain(db, query, samples),
  }
}

/** Plan lines that say how rows are found and what it cost: scans, joins, sorts, buffers, rows. */
export function keyPlanLines(plan: string[]): string[] {
  return plan
    .filter((line) => /Scan|Join|Nested Loop|Sort|Aggregate|Buffers:|Limit|Hash/.test(line))
    .map((line) => line.trimEnd())
    .slice(0, 14)
}

export const seqScansOn = (plan: string[], table: string) =>
  plan.some((line) => new RegExp(`Seq Scan on ${table}\\b`).test(line))
