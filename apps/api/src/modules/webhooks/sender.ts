import http from 'node:http'
import https from 'node:https'
import { isIP } from 'node:net'
import { guardedLookup, isPublicAddress, RefusedAddressError, type TargetPolicy } from './target-guard.ts'

/** What one attempt came to: the specification's success is a 2xx answer; everything else fails. */
export type AttemptOutcome =
  | { ok: true; statusCode: number }
  | { ok: false; statusCode: number | null; error: string; retryAfterMs: number | null; gone: boolean }

export interface WebhookRequest {
  url: string
  headers: Record<string, string>
  body: string
}

export type WebhookPoster = (request: WebhookRequest) => Promise<AttemptOutcome>

/** How much of an answer is read (and thrown away) before the connection is cut. */
const MAX_ANSWER_BYTES = 64 * 1024

/** Retry-After in seconds or as an HTTP date, as a delay; null when absent or unreadable. */
export function retryAfterMs(header: string | string[] | undefined, now: number): number | null {
  const value = Array.isArray(header) ? header[0] : header
  if (!value) return null
  if (/^\d{1,9}$/.test(value.trim())) return Number(value.trim()) * 1000
  const at = Date.parse(value)
  return Number.isNaN(at) ? null : Math.max(0, at - now)
}

/**
 * POSTs one webhook with node:http(s): the registered URL only, redirects never followed (a 3xx is
 * a failure), the connection's addresses checked by the guard, the whole attempt cut at `timeoutMs`.
 */
export function createWebhookPoster(options: TargetPolicy & { timeoutMs: number }): WebhookPoster {
  const lookup = guardedLookup(options)
  return (request) =>
    new Promise((resolve) => {
      const url = new URL(request.url)
      // Node connects to an IP literal without asking `lookup`: it is judged here instead.
      const literal = url.hostname.replace(/^\[(.*)\]$/, '$1')
      if (!options.allowPrivate && isIP(literal) && !isPublicAddress(literal))
        return resolve({ ok: false, statusCode: null, error: 'refused_address', retryAfterMs: null, gone: false })
      const transport = url.protocol === 'https:' ? https : http
      let settled = false
      const finish = (outcome: AttemptOutcome) => {
        if (settled) return
        settled = true
        clearTimeout(timer)
        resolve(outcome)
      }
      const failed = (error: string, statusCode: number | null = null): AttemptOutcome => ({
        ok: false,
        statusCode,
        error,
        retryAfterMs: null,
        gone: false,
      })
      const req = transport.request(
        url,
        {
          method: 'POST',
          lookup: lookup as never,
          headers: {
            ...request.headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(request.body).toString(),
            'user-agent': 'Pintu-Webhooks/1',
          },
        },
        (res) => {
          const statusCode = res.statusCode ?? 0
          let read = 0
          res.on('data', (chunk: Buffer) => {
            read += chunk.length
            if (read > MAX_ANSWER_BYTES) res.destroy()
          })
          const done = () => {
            if (statusCode >= 200 && statusCode < 300) return finish({ ok: true, statusCode })
            finish({
              ok: false,
              statusCode,
              error: `http_${statusCode}`,
              retryAfterMs: retryAfterMs(res.headers['retry-after'], Date.now()),
              gone: statusCode === 410,
            })
          }
          res.on('end', done)
          res.on('close', done)
          res.on('error', done)
        },
      )
      const timer = setTimeout(() => {
        finish(failed('timeout'))
        req.destroy()
      }, options.timeoutMs)
      req.on('error', (error) => finish(failed(error instanceof RefusedAddressError ? 'refused_address' : 'network')))
      req.end(request.body)
    })
}
