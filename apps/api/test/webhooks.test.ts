import { sql } from 'drizzle-orm'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSmtpMailSender } from '../src/modules/messaging/mail-sender.ts'
import { startSmtpSink } from './support/smtp-sink.ts'
import { createTestClock, queryRows } from './support/test-app.ts'
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts'
import { verifiesV1a, webhookScene } from './support/webhook-scene.ts'

describe('webhooks: signed CloudEvents from the outbox, in order, at least once', () => {
  const clock = createTestClock()
  let s: Awaited<ReturnType<typeof webhookScene>>
  let sink: Awaited<ReturnType<typeof startSmtpSink>>
  let receiver: WebhookReceiver
  let client: Awaited<ReturnType<typeof s.client>>
  let secret: string
  let subscriptionId: string

  beforeAll(async () => {
    sink = await startSmtpSink()
    receiver = await startWebhookReceiver()
    s = await webhookScene({
      clock,
      mail: createSmtpMailSender({ url: sink.url, from: 'Pintu <pintu@test.pintu.id>' }),
      // Standard Webhooks' schedule compressed to seconds: four attempts in all.
      webhooks: {
        allowPrivateTargets: true,
        scheduleMs: [0, 1000, 2000, 4000],
        timeoutMs: 1000,
        alertAfterAttempts: 3,
      },
    })
    client = await s.client(['SKP'])
    const made = await s.subscribe(client, receiver.url())
    secret = made.secret
    subscriptionId = made.subscription.id
  })
  afterAll(async () => {
    await s.t.close()
    await receiver.close()
    await sink.close()
  })
  const settle = async (ms = 0) => {
    clock.advance(ms)
    return s.t.app.relayWebhooks()
  }

  it('shows the secret once and lists the subscription without it; the change is recorded with the host only', async () => {
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    const list = await s.t.app.inject({ method: 'GET', url: '/api/v1/webhooks/subscriptions', headers: client.headers })
    expect(list.json().items).toMatchObject([{ id: subscriptionId, status: 'active', serviceCodes: ['SKP'] }])
    expect(list.body).not.toContain(secret.slice(6))
    const audit = await queryRows<{ actor_role: string; actor_id: string; details: { host: string } }>(
      s.t.db,
      sql`select actor_role, actor_id, details from audit_log where action = 'webhook.subscribed' and entity_id = ${subscriptionId}`,
    )
    expect(audit).toMatchObject([
      { actor_role: 'integration_client', actor_id: client.id, details: { host: `127.0.0.1:${receiver.port}` } },
    ])
    expect(JSON.stringify(audit)).not.toContain('/hooks/pintu')
  })

  it('refuses service types that are not the client’s, and subscriptions past the limit, changing nothing', async () => {
    const bad = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: client.headers,
      payload: { url: receiver.url(), eventTypes: ['application.submit'], serviceCodes: ['ITPMB'] },
    })
    expect(bad.statusCode).toBe(422)
    expect(bad.json().error.code).toBe('webhooks.service_not_allowed')
    const other = await s.client(['SKP'])
    for (let i = 0; i < 10; i++)
      await s.subscribe(other, receiver.url(`/other/${i}`), { eventTypes: ['permit.revoked'] })
    const eleventh = await s.t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: other.headers,
      payload: { url: receiver.url(), eventTypes: ['permit.revoked'], serviceCodes: ['SKP'] },
    })
    expect(eleventh.statusCode).toBe(409)
    expect(eleventh.json().error.code).toBe('webhooks.too_many')
    const [row] = await queryRows<{ n: number }>(
      s.t.db,
      sql`select count(*)::int as n from webhook_subscriptions where client_id = ${other.id}`,
    )
    expect(row!.n).toBe(10)
  })

  it('sends each step of an application of the client’s service types as a CloudEvent both signatures verify, without personal data', async () => {
    const applicant = await s.t.account(['applicant'], { fullName: 'Siti Nurhaliza' })
    const mine = await s.submitted(applicant, 'SKP')
    await s.submitted(applicant, 'ITPMB') // not the client's service type: it hears nothing of it
    await s.step(mine.id, 'accept')
    receiver.received.splice(0)
    expect(await settle()).toEqual({ sent: 2, failed: 0 })
    const key = (await s.t.app.inject({ method: 'GET', url: '/api/v1/webhooks/public-key' })).json().publicKey
    const verifier = new Webhook(secret)
    for (const request of receiver.received) {
      expect(verifier.verify(request.body, request.headers)).toMatchObject({ specversion: '1.0', subject: mine.id })
      expect(verifiesV1a(key, request.headers, request.body)).toBe(true)
      expect(request.headers['content-type']).toBe('application/json')
      // A body changed in transit verifies with neither.
      const forged = request.body.replace('"SKP"', '"SIUP"')
      expect(() => verifier.verify(forged, request.headers)).toThrow()
      expect(verifiesV1a(key, request.headers, forged)).toBe(false)
      for (const personal of [applicant.user.email, applicant.user.fullName, '+6281234567890'])
        expect(request.body).not.toContain(personal)
    }
    const events = receiver.events()
    expect(events.map((e) => e.type)).toEqual(['application.submit', 'application.accept'])
    expect(events[0]).toMatchObject({
      source: 'https://pintu.test/offices/32.73',
      datacontenttype: 'application/json',
      data: {
        applicationId: mine.id,
        registrationNo: mine.registrationNo,
        serviceCode: 'SKP',
        status: 'admin_verification',
        previousStatus: 'draft',
      },
    })
    expect(events[0]!.id).toBe(receiver.received[0]!.headers['webhook-id'])
    expect(events[0]!.sequence < events[1]!.sequence).toBe(true)
    expect(await settle()).toEqual({ sent: 0, failed: 0 })
  })

  it('keeps one application’s events in order while the endpoint fails, retrying on the schedule', async () => {
    const applicant = await s.t.account(['applicant'])
    const app = await s.submitted(applicant)
    receiver.received.splice(0)
    receiver.answerWith(() => ({ status: 503 }))
    expect(await settle()).toEqual({ sent: 0, failed: 1 })
    await s.step(app.id, 'accept')
    // The accept waits behind the submit: only the submit is tried again, and not before its delay.
    expect(await settle(500)).toEqual({ sent: 0, failed: 0 })
    expect(await settle(600)).toEqual({ sent: 0, failed: 1 })
    receiver.answerWith(() => ({ status: 200 }))
    expect(await settle(2300)).toEqual({ sent: 2, failed: 0 })
    const types = receiver.events().map((e) => e.type)
    expect(types).toEqual(['application.submit', 'application.submit', 'application.submit', 'application.accept'])
    const log = await s.deliveries(client, `?subscriptionId=${subscriptionId}&limit=2`)
    expect(log.map((d) => [d.eventType, d.status, d.attempts])).toEqual([
      ['application.accept', 'delivered', 1],
      ['application.submit', 'delivered', 3],
    ])
  })

  it('gives up after the last retry, tells the client’s contact and the admins by email, and replays on request', async () => {
    const applicant = await s.t.account(['applicant'])
    receiver.answerWith(() => ({ status: 500 }))
    const app = await s.submitted(applicant)
    await settle()
    for (const wait of [1200, 2300, 4500]) await settle(wait)
    const [dead] = await s.deliveries(client, '?status=dead')
    expect(dead).toMatchObject({ applicationId: app.id, attempts: 4, lastError: 'http_500' })
    const alert = await sink.next('ti@notaris-bandung.example')
    expect(alert.text).toContain(subscriptionId)
    expect(await sink.next(s.admin.user.email)).toBeDefined()
    expect(alert.raw).not.toContain(applicant.user.email)

    // Another client cannot see or replay it; an auditor sees it but may not replay; the client may.
    const stranger = await s.client(['SKP'])
    expect((await s.deliveries(stranger)).map((d) => d.id)).not.toContain(dead!.id)
    const replay = (who: { headers: Record<string, string> }) =>
      s.t.app.inject({ method: 'POST', url: `/api/v1/webhooks/deliveries/${dead!.id}/replay`, headers: who.headers })
    expect((await replay(stranger)).statusCode).toBe(404)
    expect((await replay(s.team.crew.auditor!)).statusCode).toBe(403)
    expect((await s.deliveries(s.team.crew.auditor!, '?status=dead')).map((d) => d.id)).toContain(dead!.id)
    receiver.answerWith(() => ({ status: 200 }))
    receiver.received.splice(0)
    const replayed = await replay(client)
    expect(replayed.statusCode).toBe(200)
    expect(replayed.json()).toMatchObject({ status: 'pending', attempts: 0 })
    expect((await replay(client)).json().error.code).toBe('webhooks.not_replayable')
    expect(await settle()).toEqual({ sent: 1, failed: 0 })
    expect(receiver.received[0]!.headers['webhook-id']).toBe(dead!.eventId)
    // An admin may replay a delivered one too; both replays are recorded changes.
    expect((await replay(s.admin)).statusCode).toBe(200)
    await settle()
    const recorded = await queryRows<{ actor_role: string }>(
      s.t.db,
      sql`select actor_role from audit_log where action = 'webhook.replayed' and entity_id = ${String(dead!.id)} order by id`,
    )
    expect(recorded.map((r) => r.actor_role)).toEqual(['integration_client', 'admin'])
  })

  it('follows no redirect, cuts an endpoint that never answers, and stops for good at 410 Gone', async () => {
    const applicant = await s.t.account(['applicant'])
    receiver.received.splice(0)
    receiver.answerWith((r) =>
      r.path === '/elsewhere' ? { status: 200 } : { status: 307, headers: { location: receiver.url('/elsewhere') } },
    )
    await s.submitted(applicant)
    expect(await settle()).toEqual({ sent: 0, failed: 1 })
    expect(receiver.received.map((r) => r.path)).toEqual(['/hooks/pintu'])
    receiver.answerWith(() => 'hang')
    expect(await settle(1100)).toEqual({ sent: 0, failed: 1 })
    const [latest] = await s.deliveries(client, '?limit=1')
    expect(latest!.lastError).toBe('timeout')
    receiver.answerWith(() => ({ status: 410 }))
    expect(await settle(2300)).toEqual({ sent: 0, failed: 1 })
    const list = await s.t.app.inject({ method: 'GET', url: '/api/v1/webhooks/subscriptions', headers: client.headers })
    expect(list.json().items[0].status).toBe('disabled')
    const disabled = await queryRows(
      s.t.db,
      sql`select 1 from audit_log where action = 'webhook.disabled' and entity_id = ${subscriptionId}`,
    )
    expect(disabled).toHaveLength(1)
    receiver.received.splice(0)
    await s.submitted(applicant)
    expect(await settle(5000)).toEqual({ sent: 0, failed: 0 })
    expect(receiver.received).toHaveLength(0)
  })

  it('sends nothing more to a client once it is revoked, not even what was already waiting', async () => {
    const doomed = await s.client(['SKP'])
    await s.subscribe(doomed, receiver.url('/revoked'))
    receiver.answerWith(() => ({ status: 500 }))
    await s.submitted(await s.t.account(['applicant']))
    await settle()
    const revoked = await s.t.app.inject({
      method: 'POST',
      url: `/api/v1/clients/${doomed.id}/revoke`,
      headers: s.admin.headers,
    })
    expect(revoked.statusCode).toBe(200)
    receiver.answerWith(() => ({ status: 200 }))
    receiver.received.splice(0)
    await settle(10_000)
    expect(receiver.received.filter((r) => r.path === '/revoked')).toHaveLength(0)
  })

  it('deletes a subscription: its pending deliveries are cancelled; another client’s answers 404', async () => {
    const other = await s.client(['SKP'])
    const made = await s.subscribe(other, receiver.url('/deleted'))
    receiver.answerWith(() => ({ status: 500 }))
    await s.submitted(await s.t.account(['applicant']))
    await settle()
    const del = (who: { headers: Record<string, string> }) =>
      s.t.app.inject({
        method: 'DELETE',
        url: `/api/v1/webhooks/subscriptions/${made.subscription.id}`,
        headers: who.headers,
      })
    expect((await del(client)).statusCode).toBe(404)
    expect((await del(other)).statusCode).toBe(204)
    expect((await del(other)).statusCode).toBe(404)
    expect((await s.deliveries(other, `?subscriptionId=${made.subscription.id}`)).map((d) => d.status)).toEqual([
      'cancelled',
    ])
  })
})
