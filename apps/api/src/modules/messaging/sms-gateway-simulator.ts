import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto'
import { appendFile, mkdir } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import path from 'node:path'

/** One message the simulator took. */
export interface SimulatedSms {
  id: string
  to: string
  text: string
  receivedAt: string
}

export interface SmsGatewaySimulator {
  /** The gateway's send address, for `createHttpSmsSender`. */
  url: string
  token: string
  /** Messages taken so far, oldest first (the last 1,000). */
  messages(): SimulatedSms[]
  /** Answers every send with this status (a provider outage) until called with null; takes nothing meanwhile. */
  failWith(status: number | null): void
  close(): Promise<void>
}

/**
 * SMS GATEWAY SIMULATOR — not a gateway: it sends nothing to any phone. It listens on loopback and
 * speaks the protocol `createHttpSmsSender` speaks (`POST /messages`, Bearer token, `{ to, text }`
 * → 202 `{ id }`), so the real adapter and the real HTTP path are exercised, and writes each message
 * as a JSON line to `outboxFile` for someone trying Pintu out (no real gateway is reachable here).
 * `GET /messages` (same token) lists what it took.
 */
export async function startSmsGatewaySimulator(options: {
  outboxFile?: string
  port?: number
  token?: string
}): Promise<SmsGatewaySimulator> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const expected = Buffer.from(`Bearer ${token}`)
  const taken: SimulatedSms[] = []
  let failing: number | null = null
  const authorized = (request: IncomingMessage) => {
    const given = Buffer.from(request.headers.authorization ?? '')
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  const server: Server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(body))
    }
    if (request.url !== '/messages') return answer(404, { error: 'not_found' })
    if (!authorized(request)) return answer(401, { error: 'unauthorized' })
    if (request.method === 'GET') return answer(200, { items: taken })
    if (request.method !== 'POST') return answer(405, { error: 'method_not_allowed' })
    if (failing !== null) return answer(failing, { error: 'simulated_outage' })
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > 16_384) request.destroy()
      else chunks.push(chunk)
    })
    request.on('end', () => {
      let body: { to?: unknown; text?: unknown }
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as typeof body
      } catch {
        return answer(400, { error: 'bad_json' })
      }
      if (typeof body.to !== 'string' || !/^\+[1-9][0-9]{7,14}$/.test(body.to) || typeof body.text !== 'string')
        return answer(422, { error: 'bad_message' })
      const message = { id: randomUUID(), to: body.to, text: body.text, receivedAt: new Date().toISOString() }
      taken.push(message)
      if (taken.length > 1000) taken.shift()
      const write = options.outboxFile
        ? mkdir(path.dirname(options.outboxFile), { recursive: true, mode: 0o700 }).then(() =>
            appendFile(options.outboxFile!, `${JSON.stringify(message)}\n`, { mode: 0o600 }),
          )
        : Promise.resolve()
      write.then(
        () => answer(202, { id: message.id }),
        () => answer(500, { error: 'outbox_unwritable' }),
      )
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/messages`,
    token,
    messages: () => [...taken],
    failWith: (status) => {
      failing = status
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
