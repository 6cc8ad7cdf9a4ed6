import { latencyBucketsMs } from '@pintu/contract'
import { timingSafeEqual, createHash } from 'node:crypto'
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client'

/**
 * This process's metrics in the Prometheus exposition format, for operators: the same journey
 * latencies as the status page (same buckets, in seconds), the probe's outcomes, and Node's own
 * (memory, event loop, GC). Its own registry, so several apps in one process (tests) never clash.
 */
export function createPrometheus() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'pintu_' })
  const latency = new Histogram({
    name: 'pintu_journey_duration_seconds',
    help: 'Request latency per citizen journey',
    labelNames: ['journey'] as const,
    buckets: latencyBucketsMs.map((ms) => ms / 1000),
    registers: [registry],
  })
  const probes = new Counter({
    name: 'pintu_probes_total',
    help: "The API's own availability probes, by outcome",
    labelNames: ['outcome'] as const,
    registers: [registry],
  })
  return {
    observe: (journey: string, ms: number) => latency.observe({ journey }, ms / 1000),
    probed: (ok: boolean) => probes.inc({ outcome: ok ? 'ok' : 'failed' }),
    contentType: registry.contentType,
    text: () => registry.metrics(),
  }
}

/** Whether a request carries the operator's metrics token (compared in constant time). */
export function hasMetricsToken(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header?.startsWith('Bearer ')) return false
  const digest = (s: string) => createHash('sha256').update(s).digest()
  return timingSafeEqual(digest(header.slice(7)), digest(token))
}
