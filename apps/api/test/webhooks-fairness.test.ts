// A relay round's slots are shared between clients: one client with more due deliveries than a
// round holds, all to a slow endpoint, does not keep another client's event out of the first round.
// Rounds run one after another (each waits for its slowest answer), so the first round's requests
// are exactly the first ones to arrive at any receiver: that is what is asserted, not any time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts'
import { webhookScene } from './support/webhook-scene.ts'

const ROUND = 50
const BUSY_SUBSCRIPTIONS = 5
const BUSY_APPLICATIONS = 12

describe('fairness between clients within a relay round', () => {
  let s: Awaited<ReturnType<typeof webhookScene>>
  let slow: WebhookReceiver
  let quick: WebhookReceiver
  /** Every request either receiver got, in arrival order: which client's endpoint it reached. */
  const arrivals: ('busy' | 'quiet')[] = []

  beforeAll(async () => {
    slow = await startWebhookReceiver({
      answer: () => {
        arrivals.push('busy')
        return { status: 200, delayMs: 300 }
      },
    })
    quick = await startWebhookReceiver({
      answer: () => {
        arrivals.push('quiet')
        return { status: 204 }
      },
    })
    s = await webhookScene({ webhooks: { allowPrivateTargets: true, timeoutMs: 5_000 } })
  })
  afterAll(async () => {
    await s?.t.close()
    await slow?.close()
    await quick?.close()
  })

  it('sends the quiet client’s event in the first round while the busy client has more than a round due', async () => {
    const busy = await s.client(['SKP'])
    for (let i = 0; i < BUSY_SUBSCRIPTIONS; i++) await s.subscribe(busy, slow.url(`/hooks/${i}`))
    const quiet = await s.client(['ITPMB'])
    await s.subscribe(quiet, quick.url(), { serviceCodes: ['ITPMB'] })
    // The busy client's 60 deliveries are planned before the quiet client's one: oldest first alone
    // would fill the first round with them.
    for (let i = 0; i < BUSY_APPLICATIONS; i++) await s.submitted(await s.t.account(['applicant']))
    const quietApp = await s.submitted(await s.t.account(['applicant']), 'ITPMB')

    const total = await s.t.app.relayWebhooks()

    const busyDue = BUSY_SUBSCRIPTIONS * BUSY_APPLICATIONS
    expect(busyDue).toBeGreaterThan(ROUND)
    expect(total).toEqual({ sent: busyDue + 1, failed: 0 })
    expect(arrivals).toHaveLength(busyDue + 1)
    // The quiet client's event went out in the first round (among its first ROUND requests)…
    expect(arrivals.indexOf('quiet')).toBeGreaterThanOrEqual(0)
    expect(arrivals.indexOf('quiet')).toBeLessThan(ROUND)
    expect(quick.events()).toMatchObject([{ type: 'application.submit', subject: quietApp.id }])
    // …and the slots it left went to the busy client: the first round was full.
    expect(arrivals.slice(0, ROUND).filter((a) => a === 'busy')).toHaveLength(ROUND - 1)
    // Each busy delivery arrived once at its endpoint (nothing failed, so nothing was sent twice).
    expect(new Set(slow.received.map((r) => `${r.path} ${JSON.parse(r.body).id}`)).size).toBe(busyDue)
    // Thirteen submissions and two rounds of slow answers: more than the default 30 s on a loaded machine.
  }, 120_000)
})
