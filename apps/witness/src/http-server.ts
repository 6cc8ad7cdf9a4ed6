// HTTP wiring for the witness: routes, and bounds on everything a client controls (body size,
// header size, time, connections), so no request can make the witness busy or crash it.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { Witness, WitnessResponse } from './witness.ts'

/**
 * A request is an old size line, at most 63 proof lines (≈ 2.9 KB) and a checkpoint whose note
 * may carry many signatures; signed-note asks verifiers to accept at least 16, and post-quantum
 * ones reach ~5 kB each. 128 KiB covers that with room to spare.
 */
export const MAX_BODY_BYTES = 128 * 1024

const CHECKPOINT_PATH = /^\/([0-9a-f]{64})\/checkpoint$/

function send(response: ServerResponse, { status, contentType, body }: WitnessResponse, headers = {}): void {
  response.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...headers })
  response.end(body)
}

const text = (status: number, body: string): WitnessResponse => ({
  status,
  contentType: 'text/plain; charset=utf-8',
  body: `${body}\n`,
})

/** Reads the body up to MAX_BODY_BYTES: the bytes, or why there are none. */
function readBody(request: IncomingMessage): Promise<Uint8Array | 'too large' | 'aborted'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0)
    if (declared > MAX_BODY_BYTES) return resolve('too large')
    const chunks: Buffer[] = []
    let length = 0
    request.on('data', (chunk: Buffer) => {
      length += chunk.length
      if (length > MAX_BODY_BYTES) {
        request.removeAllListeners('data')
        request.pause()
        resolve('too large')
      } else {
        chunks.push(chunk)
      }
    })
    request.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    // A client that hangs up mid-body gets no answer; once 'end' has resolved this is a no-op.
    request.on('close', () => resolve('aborted'))
    request.on('error', reject)
  })
}

async function route(witness: Witness, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const path = (request.url ?? '/').split('?', 1)[0]!
  if (path === '/add-checkpoint') {
    if (request.method !== 'POST') return send(response, text(405, 'use POST'), { Allow: 'POST' })
    const body = await readBody(request)
    if (body === 'aborted') return
    // Close the connection after a refused body: the rest of it is not worth reading.
    if (body === 'too large') {
      response.on('finish', () => request.socket.destroy())
      return send(response, text(413, `the body exceeds ${MAX_BODY_BYTES} bytes`), { Connection: 'close' })
    }
    return send(response, await witness.addCheckpoint(body))
  }
  const monitored = CHECKPOINT_PATH.exec(path)
  if (monitored && (request.method === 'GET' || request.method === 'HEAD')) {
    const checkpoint = witness.latestCheckpoint(monitored[1]!)
    if (checkpoint === undefined) return send(response, text(404, 'no checkpoint cosigned for that log'))
    return send(response, { status: 200, contentType: 'text/plain; charset=utf-8', body: checkpoint })
  }
  send(response, text(404, 'not found'))
}

export function createWitnessServer(witness: Witness, log: (message: string) => void): Server {
  const server = createServer(
    { maxHeaderSize: 8 * 1024, requestTimeout: 15_000, headersTimeout: 10_000, keepAliveTimeout: 5_000 },
    (request, response) => {
      route(witness, request, response).catch((error: unknown) => {
        log(`internal error: ${(error as Error).stack ?? String(error)}`)
        if (!response.headersSent) send(response, text(500, 'internal error'), { Connection: 'close' })
        else response.destroy()
      })
    },
  )
  server.maxConnections = 512
  server.maxRequestsPerSocket = 1_000
  // A malformed request line or oversized header never reaches the handler: answer and close.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n')
    else socket.destroy()
  })
  return server
}
