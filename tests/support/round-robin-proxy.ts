// A load balancer for tests: a node:http server on loopback that hands each request to the next
// upstream in turn (round robin), streaming bodies both ways, and names the upstream that answered
// in `x-upstream` so a test can see both processes served.
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export async function startRoundRobinProxy(upstreams: readonly string[]) {
  let next = 0
  const server = http.createServer((request, response) => {
    const index = next
    next = (next + 1) % upstreams.length
    const target = new URL(request.url ?? '/', upstreams[index])
    const forwarded = http.request(
      target,
      { method: request.method, headers: { ...request.headers, host: target.host } },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-upstream': String(index) })
        answer.pipe(response)
      },
    )
    // An upstream that is down answers 502, as a real load balancer would.
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'x-upstream': String(index) })
      response.end()
    })
    request.pipe(forwarded)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
