// The world the webhook tests share: an app whose relay may reach a receiver on loopback, an
// admin, a client subscribed with `webhooks:manage`, applicants and the officer crew.
import type { ClientScope } from '@pintu/contract'
import { createPublicKey, verify } from 'node:crypto'
import { expect } from 'vitest'
import type { Clock } from '../../src/clock.ts'
import type { MailSender } from '../../src/modules/messaging/mail-sender.ts'
import type { PintuOptions } from '../../src/app-options.ts'
import { applicationHelpers, officerCrew } from './applications.ts'
import { integrationClientHelpers } from './integration-clients.ts'
import { createTestApp, type TestApp } from './test-app.ts'

type Account = Awaited<ReturnType<TestApp['account']>>

export async function webhookScene(options: {
  clock?: Clock
  mail?: MailSender
  webhooks: PintuOptions['webhooks']
  notifications?: PintuOptions['notifications']
}) {
  const t = await createTestApp(options)
  const h = applicationHelpers(t)
  const team = await officerCrew(t)
  const admin: Account = await t.account(['admin'])
  const clients = integrationClientHelpers(() => ({ t, admin }))

  /** A registered client's token (every scope unless given, the given service types). */
  async function client(serviceCodes = ['SKP'], scopes?: ClientScope[]) {
    const { client: registered, clientSecret } = await clients.register({ serviceCodes, scopes })
    const token = await clients.tokenOf(registered.id, clientSecret)
    return { id: registered.id, headers: { authorization: `Bearer ${token}` } }
  }

  async function subscribe(
    who: { headers: Record<string, string> },
    url: string,
    body: Partial<{ eventTypes: string[]; serviceCodes: string[] }> = {},
  ) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/webhooks/subscriptions',
      headers: who.headers,
      payload: {
        url,
        eventTypes: body.eventTypes ?? [
          'application.submit',
          'application.accept',
          'application.return',
          'application.approve',
          'application.sign',
          'permit.issued',
        ],
        serviceCodes: body.serviceCodes ?? ['SKP'],
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { subscription: { id: string }; secret: string }
  }

  /** Submits a ready draft of `service` for `applicant`; answers its id and registration number. */
  async function submitted(applicant: Account, service = 'SKP') {
    const draft = await h.readyDraft(applicant, service)
    const res = await h.act(applicant, draft.id, 'submit', { version: draft.version })
    expect(res.statusCode, res.body).toBe(200)
    return res.json().application as { id: string; registrationNo: string; version: number }
  }

  /**
   * The officer the system assigned takes `action` on the file. Files driven in parallel on a busy
   * machine can wait longer for a pooled connection than the pool allows; that is answered 503
   * `service.unavailable` with nothing changed, and the officer tries again, as the SPA tells them to.
   */
  async function step(id: string, action: string, extra: Record<string, unknown> = {}) {
    for (let attempt = 1; ; attempt++) {
      const officer = team.byId(await h.assigneeId(id))!
      const version = (await h.get(team.crew.supervisor!, id)).json().version
      const res = await h.act(officer, id, action, { version, ...extra })
      if (res.statusCode === 503 && res.json().error.code === 'service.unavailable' && attempt < 3) {
        await new Promise((resolve) => setTimeout(resolve, 1_000 * attempt))
        continue
      }
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200)
      return
    }
  }

  async function deliveries(who: { headers: Record<string, string> }, query = '') {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/webhooks/deliveries${query}`, headers: who.headers })
    expect(res.statusCode, res.body).toBe(200)
    return res.json().items as {
      id: number
      status: string
      eventId: string
      eventType: string
      attempts: number
      lastError: string | null
      applicationId: string
    }[]
  }

  return { t, h, team, admin, client, subscribe, submitted, step, deliveries }
}

/** Verifies a `v1a` signature with node:crypto and the published `whpk_` key. */
export function verifiesV1a(publicKey: string, headers: Record<string, string>, body: string): boolean {
  const key = createPublicKey({
    key: {
      kty: 'OKP',
      crv: 'Ed25519',
      x: Buffer.from(publicKey.slice('whpk_'.length), 'base64').toString('base64url'),
    },
    format: 'jwk',
  })
  const signed = Buffer.from(`${headers['webhook-id']}.${headers['webhook-timestamp']}.${body}`)
  const signatures = headers['webhook-signature']!.split(' ').filter((s) => s.startsWith('v1a,'))
  return signatures.some((s) => verify(null, signed, key, Buffer.from(s.slice(4), 'base64')))
}
