// `pnpm bench:log`: what the transparency log costs a submission. Sustained submit throughput with
// the sequencer integrating every second (the default) against the same API with it off
// (PINTU_LOG_INTERVAL_MS=0), alternating on and off so a noisy machine weighs on both alike. Each
// run starts from a fresh database. A benchmark, not a test: nothing here passes or fails.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { runLoad, type LoadResult } from './load.ts'
import { benchDatabaseUrl, dropBenchDatabase, ensurePostgres, recreateBenchDatabase } from './postgres.ts'
import { seedContext } from './seed.ts'
import { buildApi, startApi, stopAll } from './servers.ts'
import { submitRequests } from './submit-load.ts'

const CONNECTIONS = 10
const SECONDS = { warmup: 3, submit: 12 }
const ROUNDS = Number(process.env.PINTU_BENCH_ROUNDS ?? 2)
const log = (message: string) => console.log(`[bench:log ${new Date().toISOString().slice(11, 19)}] ${message}`)

async function submitRun(logOn: boolean): Promise<{ load: LoadResult; logged: number; waiting: number }> {
  await recreateBenchDatabase()
  const databaseUrl = benchDatabaseUrl()
  const api = await startApi(databaseUrl, { PINTU_LOG_INTERVAL_MS: logOn ? '1000' : '0' })
  const db = new pg.Client({ connectionString: databaseUrl })
  await db.connect()
  try {
    const ctx = await seedContext(db, 'SKP')
    const runId = randomBytes(4).toString('hex')
    const warm = await runLoad({
      url: api.baseUrl,
      connections: CONNECTIONS,
      duration: SECONDS.warmup,
      request: (await submitRequests(db, ctx, api, 3_000, runId)).definition,
    })
    const drafts = Math.ceil(Math.max(warm.okPerSecond, 200) * SECONDS.submit * 2) + 1_000
    const gen = await submitRequests(db, ctx, api, drafts, runId)
    const load = await runLoad({
      url: api.baseUrl,
      connections: CONNECTIONS,
      duration: SECONDS.submit,
      request: gen.definition,
    })
    // Let the sequencer catch up, then say how far it got: the log must keep pace, not only cost little.
    await new Promise((resolve) => setTimeout(resolve, 3_000))
    const count = async (sql: string) => Number((await db.query<{ n: string }>(sql)).rows[0]!.n)
    return {
      load,
      logged: await count('select count(*) as n from transparency_entries'),
      waiting:
        (await count('select count(*) as n from outbox')) -
        (await count('select count(*) as n from transparency_entries')),
    }
  } finally {
    await db.end()
    await api.stop()
  }
}

async function main() {
  await ensurePostgres()
  log('building the API')
  buildApi()
  const rates = { on: [] as number[], off: [] as number[] }
  for (let round = 1; round <= ROUNDS; round++) {
    for (const logOn of round % 2 ? [true, false] : [false, true]) {
      const { load, logged, waiting } = await submitRun(logOn)
      rates[logOn ? 'on' : 'off'].push(load.okPerSecond)
      log(
        `round ${round}, log ${logOn ? 'on ' : 'off'}: ${load.okPerSecond.toFixed(0)} submissions/s, p99 ${load.latency.p99.toFixed(1)} ms, non-2xx ${load.non2xx}; entries logged ${logged}, waiting ${waiting}`,
      )
    }
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  const ratio = mean(rates.on) / mean(rates.off)
  log(`log on / log off: ${(ratio * 100).toFixed(1)} % of the throughput (goal ≥ 90 %)`)
}

main()
  .catch((error: unknown) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(async () => {
    await stopAll()
    await dropBenchDatabase().catch(() => undefined)
  })
