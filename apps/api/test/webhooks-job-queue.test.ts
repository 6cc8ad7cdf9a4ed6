// The webhook relay on pg-boss: a delivery's job is written in the delivery's own transaction,
// one application's events wait behind a failing one in pg-boss's queue, and two API processes on
// one database share the queue without sending an event twice. Real time, so pg-boss's own clock
// (the database's) times the retries here.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { systemClock } from '../src/clock.ts'
import { startJobQueue, type JobQueue } from '../src/db/job-queue.ts'
import { DELIVERY_QUEUE, enqueueDeliveries, jobIdOf } from '../src/modules/webhooks/delivery-jobs.ts'
import { createWebhooksRepository } from '../src/modules/webhooks/webhooks.repository.ts'
import { webhookQueues, webhooksOptionsOf } from '../src/modules/webhooks/webhooks.module.ts'
import { createTestApp, queryRows, type TestApp } from './support/test-app.ts'
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts'
import { webhookScene } from './support/webhook-scene.ts'

const webhooks = { allowPrivateTargets: true, scheduleMs: [0, 200, 200, 200, 200], timeoutMs: 1000, claimMs: 5000 }

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 20_000) {
  const giveUpAt = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > giveUpAt) throw new Error(`not settled in time: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('webhooks on pg-boss', () => {
  let s: Awaited<ReturnType<typeof webhookScene>>
  let receiver: WebhookReceiver
  let client: Awaited<ReturnType<typeof s.client>>
  let subscriptionId: string
  let jobs: JobQueue
  let second: TestApp

  beforeAll(async () => {
    receiver = await startWebhookReceiver()
    s = await webhookScene({ clock: systemClock, webhooks })
    client = await s.client(['SKP'])
    subscriptionId = (await s.subscribe(client, receiver.url())).subscription.id
    jobs = await startJobQueue(s.t.database, {
      queues: webhookQueues(webhooksOptionsOf(webhooks)),
      supervise: false,
      onError: (error) => {
        throw error
      },
    })
  })
  afterAll(async () => {
    await second?.close()
    await jobs?.stop({ graceful: false })
    await s?.t.close()
    await receiver?.close()
  })

  const jobsOf = (deliveryIds: number[]) =>
    queryRows<{ id: string; state: string; delivery_id: number }>(
      s.t.db,
      sql`select id, state::text, (data->>'deliveryId')::int as delivery_id from pgboss.job
          where name = ${DELIVERY_QUEUE} and (data->>'deliveryId')::bigint in ${deliveryIds}`,
    )

  it('writes a job for each delivery in the delivery’s transaction: rolled back, neither is left', async () => {
    receiver.answerWith(() => ({ status: 200 }))
    const app = await s.submitted(await s.t.account(['applicant']))
    await s.t.app.relayWebhooks()
    const [planned] = await s.deliveries(client, '?limit=1')
    expect(planned).toMatchObject({ applicationId: app.id, status: 'delivered' })
    expect(await jobsOf([planned!.id])).toMatchObject([{ state: 'completed', delivery_id: planned!.id }])

    const repository = createWebhooksRepository()
    const [row] = await queryRows<{ event: object; outbox_id: number }>(
      s.t.db,
      sql`select event, outbox_id from webhook_deliveries where id = ${planned!.id}`,
    )
    let inserted: number[] = []
    const failure = await s.t.db
      .transaction(async (tx) => {
        const rows = await repository.plan(tx, [
          {
            officeId: s.t.office.id,
            subscriptionId,
            outboxId: row!.outbox_id + 1_000_000,
            eventId: 'evt_rolled_back',
            eventType: 'application.submit',
            applicationId: app.id,
            event: row!.event as never,
            nextAttemptAt: new Date(),
            createdAt: new Date(),
          },
        ])
        inserted = rows.map((r) => r.id)
        await enqueueDeliveries(
          jobs,
          tx,
          rows.map((r) => ({ ...r, clientId: client.id })),
        )
        // Seen inside the transaction: the row and its job were both written…
        const [inside] = await queryRows<{ n: number }>(
          tx,
          sql`select count(*)::int as n from pgboss.job where (data->>'deliveryId')::bigint = ${rows[0]!.id}`,
        )
        expect(inside!.n).toBe(1)
        throw new Error('the change failed after planning')
      })
      .catch((error: Error) => error.message)
    expect(failure).toBe('the change failed after planning')
    // …and after the rollback neither is.
    expect(inserted).toHaveLength(1)
    expect(await jobsOf(inserted)).toEqual([])
    expect(await queryRows(s.t.db, sql`select id from webhook_deliveries where id = ${inserted[0]!}`)).toEqual([])
    // Every delivery row has exactly one job, and every job a row.
    const [orphans] = await queryRows<{ rows: number; jobs: number }>(
      s.t.db,
      sql`select
        (select count(*)::int from webhook_deliveries d where not exists (select 1 from pgboss.job j
           where j.name = ${DELIVERY_QUEUE} and (j.data->>'deliveryId')::bigint = d.id)) as rows,
        (select count(*)::int from pgboss.job j where j.name = ${DELIVERY_QUEUE} and not exists
           (select 1 from webhook_deliveries d where d.id = (j.data->>'deliveryId')::bigint)) as jobs`,
    )
    expect(orphans).toEqual({ rows: 0, jobs: 0 })
  })

  it('orders a job id by its delivery, so pg-boss takes one transaction’s jobs of a key in delivery order', () => {
    const ids = [1, 2, 15, 16, 255, 4096, 2 ** 40].map(jobIdOf)
    expect([...ids].sort()).toEqual(ids)
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  })

  it('holds an application’s later events behind its first while that fails twice, then sends all in order', async () => {
    receiver.received.splice(0)
    const held = await s.submitted(await s.t.account(['applicant']))
    let refused = 0
    let recovered = false
    // The held application's first event is refused until the endpoint recovers; all else is taken.
    receiver.answerWith((r) => {
      const event = JSON.parse(r.body) as { subject: string; type: string }
      if (event.subject !== held.id || event.type !== 'application.submit' || recovered) return { status: 200 }
      refused += 1
      return { status: 503 }
    })
    expect(await s.t.app.relayWebhooks()).toMatchObject({ sent: 0 })
    await s.step(held.id, 'accept')
    await s.step(held.id, 'approve')
    const other = await s.submitted(await s.t.account(['applicant']))
    const arrivals = (subject: string) =>
      receiver
        .events()
        .filter((e) => e.subject === subject)
        .map((e) => e.type)
    // The other application is not held up by the failing one; the held one's later events wait.
    await until(async () => {
      await s.t.app.relayWebhooks()
      return refused >= 2 && arrivals(other.id).length > 0
    }, 'two refusals')
    expect(arrivals(held.id)).toEqual(Array.from({ length: refused }, () => 'application.submit'))
    const [waiting] = await queryRows<{ n: number }>(
      s.t.db,
      sql`select count(*)::int as n from pgboss.job where name = ${DELIVERY_QUEUE}
          and singleton_key = ${`${subscriptionId}:${held.id}`} and state in ('created', 'retry', 'active')`,
    )
    expect(waiting!.n).toBe(3)
    recovered = true
    await until(async () => {
      await s.t.app.relayWebhooks()
      return arrivals(held.id).includes('application.approve')
    }, 'the held application’s events')
    expect(arrivals(held.id)).toEqual([
      ...Array.from({ length: refused + 1 }, () => 'application.submit'),
      'application.accept',
      'application.approve',
    ])
    const log = await s.deliveries(client, `?subscriptionId=${subscriptionId}&limit=10`)
    expect(log.filter((d) => d.applicationId === held.id).map((d) => [d.eventType, d.status, d.attempts])).toEqual([
      ['application.approve', 'delivered', 1],
      ['application.accept', 'delivered', 1],
      ['application.submit', 'delivered', refused + 1],
    ])
    expect(log.find((d) => d.applicationId === other.id)).toMatchObject({ status: 'delivered', attempts: 1 })
  })

  it('shares the queue between two API processes on one database: every event arrives once', async () => {
    second = await createTestApp({ clock: systemClock, sharedWith: { database: s.t.database }, webhooks })
    receiver.received.splice(0)
    receiver.answerWith(() => ({ status: 200 }))
    const files = await Promise.all(
      Array.from({ length: 4 }, async () => s.submitted(await s.t.account(['applicant']))),
    )
    for (const file of files) await s.step(file.id, 'accept')
    const ids = files.map((f) => f.id)
    const [{ n: expected }] = (await queryRows<{ n: number }>(
      s.t.db,
      sql`select count(*)::int as n from outbox where application_id in ${ids}
          and type in ('application.submit', 'application.accept')`,
    )) as [{ n: number }]
    expect(expected).toBe(8)
    await until(async () => {
      await Promise.all([s.t.app.relayWebhooks(), second.app.relayWebhooks()])
      return receiver.events().filter((e) => ids.includes(e.subject)).length >= expected
    }, 'every event')
    await Promise.all([s.t.app.relayWebhooks(), second.app.relayWebhooks()])
    const arrived = receiver.events().filter((e) => ids.includes(e.subject))
    expect(arrived).toHaveLength(expected)
    expect(new Set(arrived.map((e) => e.id)).size).toBe(expected)
    for (const id of ids)
      expect(arrived.filter((e) => e.subject === id).map((e) => e.type)).toEqual([
        'application.submit',
        'application.accept',
      ])
  })
})
