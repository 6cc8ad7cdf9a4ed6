/**
 * `pnpm probe <url>`: measures the citizen journeys of a Pintu deployment from wherever it runs, and
 * prints them beside what the deployment publishes about itself (`/api/v1/status`), so anyone can
 * check that "the system is slow" is — or is not — true. Only public requests, no account: journeys
 * that need one (upload, submit, pay, download) are read from the status page only.
 */
import { latencyBucketsMs } from '@pintu/contract'

const ROUNDS = 20
const base = process.argv[2]?.replace(/\/+$/, '')
if (!base || !/^https?:\/\//.test(base)) {
  console.error('usage: pnpm probe <https://pintu.example.go.id>')
  process.exit(2)
}

/** Public requests per journey; refusals (an unknown number, a wrong password) are answers too. */
const journeys: Record<string, () => Request> = {
  catalogue: () => new Request(`${base}/api/v1/services`),
  login: () =>
    new Request(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'probe@example.invalid', password: 'not-a-password' }),
    }),
  verify: () => new Request(`${base}/api/v1/permits/PROBE-0000/verify`),
  track: () => new Request(`${base}/api/v1/track/REG-0000-000000?code=PROBE`),
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!
/** The status page's buckets, so the two columns compare like with like. */
const bucketed = (ms: number) => latencyBucketsMs.find((b) => ms <= b) ?? latencyBucketsMs.at(-1)!

const rows: string[][] = []
let failures = 0
for (const [journey, make] of Object.entries(journeys)) {
  const times: number[] = []
  for (let i = 0; i < ROUNDS; i += 1) {
    const started = performance.now()
    try {
      const res = await fetch(make())
      await res.arrayBuffer()
      if (res.status >= 500) failures += 1
    } catch {
      failures += 1
      continue
    }
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const fmt = (p: number) =>
    times.length ? `${Math.round(percentile(times, p))} (≤${bucketed(percentile(times, p))})` : '-'
  rows.push([journey, String(times.length), fmt(0.5), fmt(0.95), fmt(0.99)])
}

console.log(`Pintu probe of ${base}: ${ROUNDS} requests per public journey, milliseconds (status-page bucket)`)
console.table(rows.map(([journey, n, p50, p95, p99]) => ({ journey, n, p50, p95, p99 })))
try {
  const published = (await (await fetch(`${base}/api/v1/status`)).json()) as {
    windows: { window: string; availability: number | null; journeys: Record<string, unknown>[] }[]
  }
  const hour = published.windows.find((w) => w.window === 'hour')
  console.log(`What ${base} publishes for the last hour (availability ${hour?.availability ?? 'unknown'}):`)
  console.table(hour?.journeys ?? [])
} catch (err) {
  console.log(`The status page did not answer: ${(err as Error).message}`)
  failures += 1
}
process.exit(failures > 0 ? 1 : 0)
