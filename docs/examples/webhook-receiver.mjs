#!/usr/bin/env node
// Pintu for integrators: receive Pintu's webhooks and check them before trusting them. Node 18+,
// no packages. Verifies the Standard Webhooks signatures over the exact bytes received: `v1`
// (HMAC-SHA256 with your subscription's secret) and `v1a` (Ed25519 with Pintu's published key),
// refuses a timestamp more than 5 minutes off (a replay), and drops duplicates by `webhook-id`
// (delivery is at least once).
//
//   PINTU_URL=https://pintu.example PINTU_WEBHOOK_SECRET=whsec_… PORT=8080 \
//     node docs/examples/webhook-receiver.mjs
import { createHmac, createPublicKey, timingSafeEqual, verify } from 'node:crypto'
import http from 'node:http'

const base = (process.env.PINTU_URL ?? 'http://localhost:3000').replace(/\/+$/, '')
const secret = process.env.PINTU_WEBHOOK_SECRET
if (!secret?.startsWith('whsec_')) {
  console.error('Set PINTU_WEBHOOK_SECRET to the secret Pintu answered when you subscribed (whsec_…).')
  process.exit(2)
}
const say = (line) => process.stdout.write(`${line}\n`)

// Pintu's v1a key, fetched once: a key read from a webhook's own headers would prove nothing.
const { publicKey } = await (await fetch(`${base}/api/v1/webhooks/public-key`)).json()
const ed25519 = createPublicKey({
  key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey.slice(5), 'base64').toString('base64url') },
  format: 'jwk',
})
const hmacKey = Buffer.from(secret.slice(6), 'base64')
const TOLERANCE_SECONDS = 5 * 60
const seen = new Map() // webhook-id → when it was first accepted

function verified(headers, body) {
  const id = headers['webhook-id']
  const timestamp = headers['webhook-timestamp']
  const signatures = (headers['webhook-signature'] ?? '').split(' ')
  if (!id || !/^\d+$/.test(timestamp ?? '')) return 'missing headers'
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > TOLERANCE_SECONDS) return 'timestamp out of tolerance'
  const signed = Buffer.concat([Buffer.from(`${id}.${timestamp}.`), body])
  const expected = createHmac('sha256', hmacKey).update(signed).digest()
  const v1 = signatures.some((s) => {
    const given = s.startsWith('v1,') ? Buffer.from(s.slice(3), 'base64') : null
    return given?.length === expected.length && timingSafeEqual(given, expected)
  })
  const v1a = signatures.some(
    (s) => s.startsWith('v1a,') && verify(null, signed, ed25519, Buffer.from(s.slice(4), 'base64')),
  )
  return v1 && v1a ? null : `bad signature (v1 ${v1}, v1a ${v1a})`
}

const server = http.createServer((req, res) => {
  const chunks = []
  req.on('data', (chunk) => chunks.push(chunk))
  req.on('end', () => {
    const body = Buffer.concat(chunks)
    const problem = verified(req.headers, body)
    if (problem) {
      say(`refused: ${problem}`)
      return res.writeHead(400).end()
    }
    const id = req.headers['webhook-id']
    // Acknowledge a duplicate too (so Pintu stops retrying it), but act on it once.
    if (!seen.has(id)) {
      seen.set(id, Date.now())
      const event = JSON.parse(body.toString('utf8'))
      say(`event ${event.type} ${event.data.registrationNo} → ${event.data.status} (${event.id})`)
    } else say(`duplicate ${id}`)
    res.writeHead(204).end()
  })
})
server.listen(Number(process.env.PORT ?? 8080), '127.0.0.1', () => say(`listening on ${server.address().port}`))
