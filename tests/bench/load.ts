// HTTP load with autocannon. Latencies are recorded per response (autocannon's own histogram has
// no p95 and corrects for coordinated omission at a fixed rate); statuses are counted here too.
import autocannon, { type RequestDefinition } from 'autocannon'

export interface Latency {
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

export interface LoadResult {
  seconds: number
  /** Responses with a 2xx status, and everything else. */
  ok: number
  non2xx: number
  errors: number
  timeouts: number
  /** Sustained throughput: 2xx responses per second. */
  okPerSecond: number
  statuses: Record<string, number>
  /** The first few non-2xx answers, to say what went wrong. */
  failures: string[]
  latency: Latency
  /** 2xx responses completed in each second of the run, to see a trend. */
  perSecond: number[]
}

export function percentiles(values: number[]): Latency {
  const sorted = Float64Array.from(values).sort()
  const at = (q: number) =>
    sorted.length ? sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]! : NaN
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : NaN
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1), mean }
}

export interface LoadOptions {
  url: string
  connections: number
  /** Seconds. */
  duration: number
  /**
   * Requests per second over all connections (autocannon sends each connection's share at the start of every second).
   */
  overallRate?: number
  request: RequestDefinition
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = []
  const perSecond: number[] = []
  const statuses: Record<string, number> = {}
  const failures: string[] = []
  const request: RequestDefinition = {
    ...options.request,
    onResponse(status, body) {
      if ((status < 200 || status > 299) && failures.length < 5) failures.push(`${status} ${body.slice(0, 300)}`)
    },
  }
  return new Promise((resolve, reject) => {
    const start = performance.now()
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        pipelining: 1,
        timeout: 10,
        requests: [request],
        ...(options.overallRate && { overallRate: options.overallRate }),
      },
      (error, result) => {
        if (error) return reject(error)
        const ok = result['2xx']
        resolve({
          seconds: result.duration,
          ok,
          non2xx: result.non2xx,
          errors: result.errors,
          timeouts: result.timeouts,
          okPerSecond: ok / result.duration,
          statuses,
          failures,
          latency: percentiles(latencies),
          perSecond: Array.from(perSecond, (n) => n ?? 0),
        })
      },
    )
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime)
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1
      if (statusCode >= 200 && statusCode < 300) {
        const second = Math.floor((performance.now() - start) / 1000)
        perSecond[second] = (perSecond[second] ?? 0) + 1
      }
    })
  })
}

/**
 * A request generator that walks a list once: each request gets the next item. Past the end it
 * sends requests to a path that answers 404, so running out shows as non-2xx instead of a crash.
 */
export function walker<T>(
  items: T[],
  build: (item: T, index: number) => { path: string; body?: string; headers?: Record<string, string> },
  base: RequestDefinition,
) {
  let next = 0
  const definition: RequestDefinition = {
    ...base,
    setupRequest(req) {
      if (next >= items.length) return { ...req, path: '/__bench/ran-out-of-prepared-items' }
      const index = next++
      const built = build(items[index]!, index)
      return { ...req, path: built.path, body: built.body ?? req.body, headers: { ...req.headers, ...built.headers } }
    },
  }
  return { definition, used: () => next, ranOut: () => next >= items.length }
}

/** A request generator that cycles over a list forever. */
export function rotator<T>(
  items: T[],
  build: (item: T) => { path: string },
  base: RequestDefinition,
): RequestDefinition {
  let next = 0
  return {
    ...base,
    setupRequest(req) {
      const item = items[next++ % items.length]!
      return { ...req, path: build(item).path }
    },
  }
}
