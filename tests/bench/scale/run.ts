// pnpm bench:scale [scale] [--iterations n] [--budget seconds] [--keep] [--measure-only]: fills a
// PostgreSQL database of its own (pintu_scale_<n>, next to PINTU_BENCH_DATABASE_URL) with `scale`
// applications (default 10M; 100k, 2.5M or a plain number work too), measures the reads of
// queries.ts against their goals and writes the "Data scale" section of docs/benchmarks.md.
// --keep leaves the database for a later --measure-only run (or for trying an index by hand); drop
// it when done: 10 M takes about 36 GiB.
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { adminUrl } from '../postgres.ts'
import { dropPostgresDatabase, openPostgresScaleDatabase, postgresScaleDatabase } from './database.ts'
import { generate, type GenerationResult } from './generate.ts'
import { distributionOf } from './distribution-check.ts'
import { measure } from './measure.ts'
import { drawSamples, measuredBeforeRollups, measuredQueries, runStatsRollups } from './queries.ts'
import { writeScaleReport } from './report.ts'
import { databaseSize, gib, tableSizes } from './sizes.ts'
import { findings } from './findings.ts'

export function parseScale(text: string | undefined): number {
  const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text ?? '10M')
  if (!match) throw new Error(`scale must be a number like 100000, 100k or 10M, not ${text}`)
  const factor = { '': 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6 }[match[2]!]!
  return Math.round(Number(match[1]) * factor)
}

const label = (n: number) => (n % 1e6 === 0 ? `${n / 1e6} M` : n % 1e3 === 0 ? `${n / 1e3} k` : String(n))

async function main() {
  const args = process.argv.slice(2)
  const applications = parseScale(args.find((a) => !a.startsWith('--')))
  const iterationsAt = args.indexOf('--iterations')
  const iterations = iterationsAt >= 0 ? Number(args[iterationsAt + 1]) : 300
  const budgetAt = args.indexOf('--budget')
  const budgetMs = budgetAt >= 0 ? Number(args[budgetAt + 1]) * 1000 : 60_000
  const name = `pintu_scale_${applications}`
  console.log(`data scale: ${label(applications)} applications into ${name}`)
  // --measure-only: measure a database an earlier run generated and kept (--keep), with its recorded generation.
  const measureOnly = args.includes('--measure-only')
  const json = fileURLToPath(new URL(`./results-${applications}.json`, import.meta.url))
  const db = measureOnly ? await openPostgresScaleDatabase(adminUrl, name) : await postgresScaleDatabase(adminUrl, name)
  try {
    const generation = measureOnly
      ? (JSON.parse(await readFile(json, 'utf8')) as { generation: GenerationResult }).generation
      : await generate(db, { applications, log: console.log })
    const today = new Date(generation.params.today)
    console.log(`generated in ${generation.seconds.toFixed(0)} s`)
    const tables = await tableSizes(db, [
      'applications',
      'application_events',
      'application_documents',
      'stage_assignments',
      'users',
      'service_versions',
    ])
    const databaseBytes = await databaseSize(db)
    console.log(`database: ${gib(databaseBytes)}`)
    const dist = await distributionOf(db, today)
    const samples = await drawSamples(db, today.toISOString().slice(0, 10))
    const measurements = []
    if (!measureOnly) {
      for (const query of measuredBeforeRollups) {
        const m = await measure(db, query, samples, iterations, budgetMs)
        console.log(`  ${m.name}: p50 ${m.p50.toFixed(2)} p95 ${m.p95.toFixed(2)} p99 ${m.p99.toFixed(2)} ms`)
        measurements.push(m)
      }
      // What the API's rollup job does once after an upgrade, timed apart from the generation's SQL.
      const started = performance.now()
      const made = await runStatsRollups(db, samples)
      const seconds = (performance.now() - started) / 1000
      const what = `${made.backlogDays} backlog snapshots, ${made.officerBacklogDays} officer ones, ${made.foldedDays} days folded, ${made.compactedRows} counter rows compacted`
      generation.steps.push({ step: `statistics rollups: the job's first run (${what})`, seconds })
      console.log(`rollups: ${what} in ${seconds.toFixed(1)} s`)
      await writeFile(json, `${JSON.stringify({ generation, tables, databaseBytes }, null, 2)}\n`)
    }
    for (const query of measuredQueries) {
      const m = await measure(db, query, samples, iterations, budgetMs)
      console.log(`  ${m.name}: p50 ${m.p50.toFixed(2)} p95 ${m.p95.toFixed(2)} p99 ${m.p99.toFixed(2)} ms`)
      measurements.push(m)
    }
    const [{ server_version: version }] = (await db.rows<{ server_version: string }>(`show server_version`)) as [
      { server_version: string },
    ]
    const report = {
      label: label(applications),
      command: args.find((a) => !a.startsWith('--')) ?? '10M',
      engine: 'PostgreSQL',
      postgresVersion: version,
      at: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      generation,
      ...dist,
      tables,
      databaseBytes,
      measurements,
      notes: findings(measurements),
    }
    await writeFile(json, `${JSON.stringify(report, null, 2)}\n`)
    console.log(`wrote ${await writeScaleReport(report)} and ${json}`)
  } finally {
    await db.close()
    if (!args.includes('--keep')) await dropPostgresDatabase(adminUrl, name)
  }
}

await main()
