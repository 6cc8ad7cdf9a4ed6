import type { FastifyInstance } from 'fastify'
import type { KeyObject } from 'node:crypto'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../db/job-queue.ts'
import { SYSTEM, type ChangeRecord } from '../changes/change-record.ts'
import type { ChangeFeed } from '../changes/changes.module.ts'
import type { MailSender } from '../messaging/mail-sender.ts'
import type { Office } from '../offices/offices.repository.ts'
import { failureAlert, sendFailureAlert } from './alerts.ts'
import { DEFAULT_CLAIM_MS, deliveryQueue, enqueueDeliveries } from './delivery-jobs.ts'
import { deliverOnce, planOnce, STANDARD_WEBHOOKS_SCHEDULE_MS, type RelayDeps, type RelayOptions } from './relay.ts'
import { createWebhookPoster } from './sender.ts'
import { newSigningKey, publicKeyOf, signingKeyOf } from './signatures.ts'
import { createWebhooksRepository } from './webhooks.repository.ts'
import { webhookRoutesPlugin } from './webhooks.routes.ts'
import type { WebhooksDeps } from './webhooks.usecases.ts'

export interface WebhooksOptions extends RelayOptions {
  /** Milliseconds between relay rounds; 0: tests call `relayAll`. */
  intervalMs: number
  /** Each attempt is cut after this long (Standard Webhooks suggests 15 to 30 seconds). */
  timeoutMs: number
  /** Tests only: `http://` and private or loopback endpoints (a receiver on this machine). */
  allowPrivateTargets: boolean
}

export const DEFAULT_WEBHOOKS_OPTIONS: WebhooksOptions = {
  intervalMs: 0,
  scheduleMs: STANDARD_WEBHOOKS_SCHEDULE_MS,
  claimMs: DEFAULT_CLAIM_MS,
  deferInQueue: true,
  alertAfterAttempts: 5,
  timeoutMs: 15_000,
  allowPrivateTargets: false,
}

const DAY_MS = 86_400_000

export const webhooksOptionsOf = (given?: Partial<WebhooksOptions>): WebhooksOptions => ({
  ...DEFAULT_WEBHOOKS_OPTIONS,
  ...given,
})

/** The pg-boss queues the webhooks use, at these options (made before the module, which needs them running). */
export const webhookQueues = (options: WebhooksOptions) => [deliveryQueue(options)]

/** Webhooks to integration clients: subscriptions, the outbox relay that signs and sends, the alerts. */
export function createWebhooksModule(deps: {
  db: Db
  clock: Clock
  office: Office
  feed: ChangeFeed
  changes: ChangeRecord
  jobs: JobQueue
  mail: MailSender
  publicUrl: string
  options?: Partial<WebhooksOptions>
  log?: { warn(details: object, message: string): void }
}) {
  const options = webhooksOptionsOf(deps.options)
  // A claim (the job's expireInSeconds) must outlast an attempt, or another process would send it meanwhile.
  if (options.claimMs <= options.timeoutMs) throw new Error('webhooks: claimMs must be longer than timeoutMs')
  let running = false
  const repository = createWebhooksRepository()
  const policy = { allowPrivate: options.allowPrivateTargets }
  let key: Promise<KeyObject> | undefined
  // Made on first use and kept in the database, so every process signs with the same key.
  const signingKey = () =>
    (key ??= (async () =>
      signingKeyOf(
        (await repository.signingKey(deps.db, deps.office.id)) ??
          (await repository.keepSigningKey(deps.db, deps.office.id, newSigningKey(), deps.clock.now())),
      ))().catch((error: unknown) => {
      key = undefined
      throw error
    }))
  const relay: RelayDeps = {
    ...deps,
    repository,
    post: createWebhookPoster({ ...policy, timeoutMs: options.timeoutMs }),
    signingKey,
    source: `${deps.publicUrl.replace(/\/+$/, '')}/offices/${encodeURIComponent(deps.office.code)}`,
    options,
    onGone: async (tx, subscription) => {
      await deps.changes.record(tx, {
        action: 'webhook.disabled',
        entity: { type: 'webhook_subscription', id: subscription.id },
        actor: SYSTEM,
        details: { clientId: subscription.clientId, reason: 'gone' },
        requestId: null,
      })
    },
    onAlert: async (alert) => {
      const now = deps.clock.now()
      // "Gone" is said once (the subscription is disabled once); "failing" and "dead" once a day each.
      if (alert.reason !== 'gone') {
        const since = new Date(now.getTime() - DAY_MS)
        if (!(await repository.takeAlert(deps.db, alert.subscription.id, alert.reason, now, since))) return
      }
      const { client, adminEmails } = await repository.alertRecipients(
        deps.db,
        alert.subscription.clientId,
        deps.office.id,
      )
      const recipients = [...new Set([client?.contactEmail, ...adminEmails].filter((a): a is string => !!a))]
      const sent = await sendFailureAlert(
        deps.mail,
        recipients,
        failureAlert(alert, client?.name ?? alert.subscription.clientId, deps.publicUrl),
      )
      if (sent < recipients.length)
        deps.log?.warn(
          { subscription: alert.subscription.id, unsent: recipients.length - sent },
          'webhook alert not sent to every recipient',
        )
    },
  }
  const usecases: WebhooksDeps = {
    db: deps.db,
    clock: deps.clock,
    office: deps.office,
    changes: deps.changes,
    repository,
    policy,
    enqueue: (tx, deliveries) => enqueueDeliveries(deps.jobs, tx, deliveries),
    publicKey: async () => publicKeyOf(await signingKey()),
  }
  return {
    options,
    routes: (app: FastifyInstance) => app.register(webhookRoutesPlugin, { deps: usecases }),
    /** One round of the scheduled relay; a round still sending when the next is due is not overlapped. */
    async relayOnce() {
      if (running) return { sent: 0, failed: 0 }
      running = true
      try {
        await planOnce(relay)
        return await deliverOnce(relay)
      } finally {
        running = false
      }
    },
    /**
     * Plans every change committed before the call and sends what is due now (tests, catch-up);
     * what fails stays pending for its retry. Waits up to `patienceMs` for older open transactions.
     */
    async relayAll(patienceMs = 30_000) {
      const giveUpAt = Date.now() + patienceMs
      for (;;) {
        if (await planOnce(relay)) continue
        const position = await deps.feed.positionOf(deps.db, deps.office.id, 'webhook_relay')
        const pending = await deps.feed.countAfter(deps.db, deps.office.id, position)
        if (pending === 0 || Date.now() > giveUpAt) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      let total = { sent: 0, failed: 0 }
      for (;;) {
        const round = await deliverOnce(relay)
        total = { sent: total.sent + round.sent, failed: total.failed + round.failed }
        if (round.sent + round.failed === 0) return total
      }
    },
    pending: () => repository.pendingCount(deps.db, deps.office.id),
  }
}
export type WebhooksModule = ReturnType<typeof createWebhooksModule>
