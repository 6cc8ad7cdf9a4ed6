// A real HTTP endpoint on loopback that receives Pintu's webhooks as an integrator's would: it keeps
// every request (headers and the exact body bytes) and answers as the test tells it.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface ReceivedWebhook {
  path: string
  headers: Record<string, string>
  body: string
}

/** How to answer one request: a status (and headers, after `delayMs`: a slow endpoint), or `hang` to never answer. */
export type Answer = { status: number; headers?: Record<string, string>; delayMs?: number } | 'hang'

export async function startWebhookReceiver(
  options: { port?: number; answer?: (request: ReceivedWebhook) => Answer } = {},
) {
  const received: ReceivedWebhook[] = []
  let answer: (request: ReceivedWebhook) => Answer = options.answer ?? (() => ({ status: 204 }))
  const hanging = new Set<http.ServerResponse>()
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = {
        path: req.url ?? '/',
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body: Buffer.concat(chunks).toString('utf8'),
      }
      received.push(request)
      const reply = answer(request)
      if (reply === 'hang') return void hanging.add(res)
      if (!reply.delayMs) return void res.writeHead(reply.status, reply.headers).end()
      hanging.add(res)
      setTimeout(() => {
        hanging.delete(res)
        if (!res.destroyed) res.writeHead(reply.status, reply.headers).end()
      }, reply.delayMs)
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve()))
  const port = (server.address() as AddressInfo).port
  return {
    port,
    url: (path = '/hooks/pintu') => `http://127.0.0.1:${port}${path}`,
    received,
    answerWith(next: (request: ReceivedWebhook) => Answer) {
      answer = next
    },
    /** The parsed events received, in arrival order. */
    events: () =>
      received.map(
        (r) =>
          JSON.parse(r.body) as {
            id: string
            type: string
            subject: string
            sequence: string
            data: Record<string, unknown>
          },
      ),
    async close() {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
export type WebhookReceiver = Awaited<ReturnType<typeof startWebhookReceiver>>
