import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { webhookScene } from './support/webhook-scene.ts'

/** The integrator's webhook receiver (docs/api.md, docs/examples/webhook-receiver.mjs), run as written. */
describe('the webhook receiver example', () => {
  let s: Awaited<ReturnType<typeof webhookScene>>
  let stop = () => {}
  beforeAll(async () => {
    s = await webhookScene({ webhooks: { allowPrivateTargets: true } })
  })
  afterAll(async () => {
    stop()
    await s.t.close()
  })

  it('verifies both signatures, refuses a forged body and acts on a replayed event once', async () => {
    const address = await s.t.app.listen({ host: '127.0.0.1', port: 0 })
    const client = await s.client(['SKP'])
    // A free port for the receiver, so the subscription can name it before the receiver starts.
    const probe = createServer().listen(0, '127.0.0.1')
    await once(probe, 'listening')
    const port = (probe.address() as AddressInfo).port
    probe.close()
    const { secret } = await s.subscribe(client, `http://127.0.0.1:${port}/`)
    const script = fileURLToPath(new URL('../../../docs/examples/webhook-receiver.mjs', import.meta.url))
    const child = spawn(process.execPath, [script], {
      env: { PATH: process.env.PATH, PINTU_URL: address, PINTU_WEBHOOK_SECRET: secret, PORT: String(port) },
    })
    stop = () => child.kill()
    let out = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    const lineMatching = async (pattern: RegExp) => {
      for (let i = 0; i < 100 && !pattern.test(out); i++) await new Promise((r) => setTimeout(r, 50))
      return pattern.exec(out)
    }
    expect(await lineMatching(/listening on (\d+)/)).not.toBeNull()
    const applicant = await s.t.account(['applicant'])
    const file = await s.submitted(applicant)
    expect(await s.t.app.relayWebhooks()).toEqual({ sent: 1, failed: 0 })
    expect(await lineMatching(/event application\.submit (\S+) → admin_verification/)).toMatchObject({
      1: file.registrationNo,
    })

    const forged = await fetch(`http://127.0.0.1:${port}/`, {
      method: 'POST',
      headers: {
        'webhook-id': 'evt_forged',
        'webhook-timestamp': String(Math.floor(Date.now() / 1000)),
        'webhook-signature': 'v1,AAAA v1a,AAAA',
      },
      body: '{}',
    })
    expect(forged.status).toBe(400)
    expect(await lineMatching(/refused: bad signature/)).not.toBeNull()

    const [delivered] = await s.deliveries(client)
    const replay = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/webhooks/deliveries/${delivered!.id}/replay`,
      headers: client.headers,
    })
    expect(replay.statusCode).toBe(200)
    expect(await s.t.app.relayWebhooks()).toEqual({ sent: 1, failed: 0 })
    expect(await lineMatching(/duplicate evt_/)).not.toBeNull()
    child.kill()
    await once(child, 'exit')
  })
})
