// The webhook relay: a consumer of the outbox with its own kept position, like the notifier.
// Planning reads committed changes in the sequencer's commit-safe order and writes one delivery
// per change × matching subscription, its pg-boss job and the position, in one transaction:
// nothing committed is skipped, nothing is planned twice, no job exists without its row. Delivering
// takes the jobs pg-boss hands out (the head of each application's stream), POSTs each outside any
// transaction and records the outcome on the row and the job together: delivered, due again, or dead.
import { webhookEventTypes, type WebhookEvent, type WebhookEventType } from '@pintu/contract'
import type { KeyObject } from 'node:crypto'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import { completeJob, delaySecondsUntil, retryJobAfter, type JobQueue } from '../../db/job-queue.ts'
import type { Executor } from '../../db/transaction.ts'
import type { ChangeFeed } from '../changes/changes.module.ts'
import type { Office } from '../offices/offices.repository.ts'
import { DELIVERY_QUEUE, enqueueDeliveries, fairFetch, type DeliveryJob } from './delivery-jobs.ts'
import type { AttemptOutcome, WebhookPoster } from './sender.ts'
import { signWebhook } from './signatures.ts'
import type {
  ApplicationFacts,
  Delivery,
  NewDelivery,
  Subscription,
  WebhooksRepository,
} from './webhooks.repository.ts'

/** Arbitrary constant naming the webhook planner among PostgreSQL advisory locks. */
const PLANNER_LOCK_KEY = 7_303_277
const PLAN_BATCH = 500
const SEND_BATCH = 50
/**
 * The most of a round's SEND_BATCH slots one client gets while other clients have deliveries due:
 * a client with many slow or failing endpoints cannot delay everyone else's events by a round.
 * Slots the others leave unused still go to it.
 */
export const CLIENT_SHARE = 10

/**
 * The delays before each attempt, the first immediate: Standard Webhooks' example schedule,
 * about three days in all. After the last one fails the delivery is dead.
 */
export const STANDARD_WEBHOOKS_SCHEDULE_MS = [
  0,
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  14 * 3_600_000,
  20 * 3_600_000,
  24 * 3_600_000,
]

export interface RelayOptions {
  scheduleMs: readonly number[]
  /** How long a claimed delivery is left to its sender before another process may try it. */
  claimMs: number
  /**
   * pg-boss holds a failed delivery's job until its next attempt is due (the relay's clock and the
   * database's agree). Off, the job is handed out at once and the relay's clock alone says whether
   * it is due: tests that move a hand-set clock need that, since the database's time does not move with it.
   */
  deferInQueue: boolean
  /** The failed attempts after which the client's contact and the admins are told (once a day). */
  alertAfterAttempts: number
}

export interface FailureAlert {
  subscription: Subscription
  delivery: Delivery
  reason: 'failing' | 'dead' | 'gone'
}

export interface RelayDeps {
  db: Db
  clock: Clock
  office: Office
  feed: ChangeFeed
  repository: WebhooksRepository
  jobs: JobQueue
  post: WebhookPoster
  signingKey: () => Promise<KeyObject>
  /** The CloudEvents `source` of this office's events. */
  source: string
  options: RelayOptions
  onAlert: (alert: FailureAlert) => Promise<void>
  /** Records, in the disabling transaction, that an endpoint answered 410 Gone (a change by the system). */
  onGone: (tx: Executor, subscription: Subscription) => Promise<void>
}

const eventTypes = new Set<string>(webhookEventTypes)
const str = (value: unknown) => (typeof value === 'string' ? value : undefined)

interface PlannedChange {
  outboxId: number
  action: string
  applicationId: string | null
  occurredAt: Date
  details: Record<string, unknown>
}

/** The event of one change, or null when it is not an event clients hear of (or the file is a draft). */
export function eventOf(
  change: PlannedChange,
  facts: ApplicationFacts | undefined,
  office: Office,
  source: string,
): Omit<WebhookEvent, 'sequence'> | null {
  if (!eventTypes.has(change.action) || !change.applicationId || !facts) return null
  const d = change.details
  const isTransition = change.action.startsWith('application.')
  const registrationNo = (isTransition ? str(d.registrationNo) : undefined) ?? facts.registrationNo
  if (!registrationNo) return null
  return {
    specversion: '1.0',
    id: `evt_${office.code.replace(/[^A-Za-z0-9]/g, '')}_${change.outboxId}`,
    source,
    type: change.action as WebhookEventType,
    subject: change.applicationId,
    time: change.occurredAt.toISOString(),
    datacontenttype: 'application/json',
    data: {
      applicationId: change.applicationId,
      registrationNo,
      serviceCode: facts.serviceCode,
      status: (isTransition ? str(d.to) : undefined) ?? facts.status,
      previousStatus: (isTransition ? str(d.from) : undefined) ?? null,
      ...(change.action === 'payment.invoice_issued' && str(d.number) ? { invoiceNumber: str(d.number) } : {}),
      ...(change.action.startsWith('permit.') && str(d.number) ? { permitNumber: str(d.number) } : {}),
    },
  }
}

/** Plans the deliveries of up to PLAN_BATCH committed changes; null when another process is planning. */
export async function planOnce(deps: RelayDeps): Promise<number | null> {
  return deps.db.transaction(async (tx) => {
    if (!(await deps.repository.tryLock(tx, PLANNER_LOCK_KEY))) return null
    const position = await deps.feed.positionOf(tx, deps.office.id, 'webhook_relay')
    const changes = await deps.feed.changesAfter(tx, deps.office.id, position, PLAN_BATCH)
    if (changes.length === 0) return 0
    const subscriptions = await deps.repository.activeSubscriptions(tx, deps.office.id)
    const relevant = changes.filter((c) => c.applicationId && eventTypes.has(c.action))
    const facts =
      subscriptions.length > 0
        ? await deps.repository.applicationFacts(tx, [...new Set(relevant.map((c) => c.applicationId!))])
        : new Map<string, ApplicationFacts>()
    const now = deps.clock.now()
    const rows: NewDelivery[] = []
    for (const change of relevant) {
      const event = eventOf(change, facts.get(change.applicationId!), deps.office, deps.source)
      if (!event) continue
      for (const { subscription, clientServiceCodes } of subscriptions) {
        const wanted =
          subscription.eventTypes.includes(event.type) &&
          subscription.serviceCodes.includes(event.data.serviceCode) &&
          clientServiceCodes.includes(event.data.serviceCode)
        if (!wanted) continue
        rows.push({
          officeId: deps.office.id,
          subscriptionId: subscription.id,
          outboxId: change.outboxId,
          eventId: event.id,
          eventType: event.type,
          applicationId: event.subject,
          event,
          nextAttemptAt: now,
          createdAt: now,
        })
      }
    }
    const clientOf = new Map(subscriptions.map(({ subscription }) => [subscription.id, subscription.clientId]))
    const planned = await deps.repository.plan(tx, rows)
    await enqueueDeliveries(
      deps.jobs,
      tx,
      planned.map((d) => ({ ...d, clientId: clientOf.get(d.subscriptionId)! })),
    )
    const last = changes[changes.length - 1]!
    await deps.feed.keepPosition(tx, deps.office.id, 'webhook_relay', { xid: last.xid, id: last.outboxId })
    return changes.length
  })
}

/** When to try again after `attempts` failed ones, or null when the schedule is spent (dead). */
export function nextAttemptAt(
  options: Pick<RelayOptions, 'scheduleMs'>,
  attempts: number,
  now: Date,
  retryAfterMs: number | null,
  random = Math.random,
): Date | null {
  const delay = options.scheduleMs[attempts]
  if (delay === undefined) return null
  // Up to 10 % jitter, so endpoints failing together are not retried in step; a longer
  // Retry-After asked by the endpoint is honoured, up to the schedule's longest delay.
  const longest = Math.max(...options.scheduleMs)
  const jittered = delay + Math.floor(delay * 0.1 * random())
  return new Date(now.getTime() + Math.max(jittered, Math.min(retryAfterMs ?? 0, longest)))
}

/** The body sent: the planned event with its place in the subscription's order. */
export const bodyOf = (delivery: Delivery) =>
  JSON.stringify({ ...delivery.event, sequence: delivery.id.toString().padStart(20, '0') } satisfies WebhookEvent)

/** What became of one claimed job: an attempt recorded, or nothing sent (not due yet, or no longer sendable). */
type Handled = 'sent' | 'failed' | 'skipped'

interface Claim {
  job: { id: string; retryCount: number }
  delivery: Delivery
  subscription: Subscription
}

/** Signs and POSTs one delivery. */
async function attempt(deps: RelayDeps, delivery: Delivery, subscription: Subscription) {
  const body = bodyOf(delivery)
  const headers = signWebhook({
    id: delivery.eventId,
    timestamp: deps.clock.now(),
    body,
    secret: subscription.secret,
    signingKey: await deps.signingKey(),
  })
  return deps.post({ url: subscription.url, headers: { ...headers }, body })
}

/** Puts a claimed job back until `at` without recording an attempt (it keeps holding its stream). */
const putBack = (deps: RelayDeps, tx: Executor, job: Claim['job'], at: Date) =>
  retryJobAfter(
    deps.jobs,
    tx,
    DELIVERY_QUEUE,
    job,
    delaySecondsUntil(at, deps.clock.now(), deps.options.deferInQueue),
    { waiting: true },
  )

const complete = (deps: RelayDeps, tx: Executor, job: Claim['job'], output: object) =>
  completeJob(deps.jobs, tx, DELIVERY_QUEUE, job, output)

/**
 * Sends one delivery and records the outcome with its job's, in one transaction and only while
 * this process still holds the job (a late answer after the claim lapsed records nothing: the
 * process that took the job over records its own). An attempt that throws counts as a failed one.
 */
async function deliver(deps: RelayDeps, { job, delivery, subscription }: Claim): Promise<Handled> {
  const outcome: AttemptOutcome = await attempt(deps, delivery, subscription).catch(() => ({
    ok: false,
    statusCode: null,
    error: 'internal',
    retryAfterMs: null,
    gone: false,
  }))
  const now = deps.clock.now()
  if (outcome.ok) {
    await deps.db.transaction(async (tx) => {
      if (await complete(deps, tx, job, { statusCode: outcome.statusCode }))
        await deps.repository.markDelivered(tx, delivery.id, outcome.statusCode, now)
    })
    return 'sent'
  }
  const attempts = delivery.attempts + 1
  const retryAt = outcome.gone ? null : nextAttemptAt(deps.options, attempts, now, outcome.retryAfterMs)
  const recorded = await deps.db.transaction(async (tx) => {
    // A dead delivery's job is completed, not failed: a failed job would hold the application's
    // later events back for good, and the delivery's dead state (replayable) is the record.
    const held = retryAt ? await putBack(deps, tx, job, retryAt) : await complete(deps, tx, job, { dead: true })
    if (held) await deps.repository.markFailed(tx, delivery.id, { ...outcome, retryAt })
    return held
  })
  if (!recorded) return 'failed'
  const failed = {
    ...delivery,
    attempts,
    status: retryAt ? ('pending' as const) : ('dead' as const),
    lastError: outcome.error,
  }
  if (outcome.gone) {
    // Disabled once, recorded with it; a second 410 of the same batch finds it disabled already.
    const disabled = await deps.db.transaction(async (tx) => {
      const ended = await deps.repository.endSubscription(tx, subscription.id, 'disabled', 'dead', now)
      if (ended !== null) await deps.onGone(tx, subscription)
      return ended !== null
    })
    if (disabled) await deps.onAlert({ subscription, delivery: failed, reason: 'gone' })
  } else if (!retryAt) await deps.onAlert({ subscription, delivery: failed, reason: 'dead' })
  else if (attempts >= deps.options.alertAfterAttempts)
    await deps.onAlert({ subscription, delivery: failed, reason: 'failing' })
  return 'failed'
}

/** One claimed job: sent when due, put back when not yet, completed unsent when it may no longer be sent. */
async function handle(
  deps: RelayDeps,
  job: Claim['job'],
  found: (Omit<Claim, 'job'> & { sendable: boolean }) | undefined,
): Promise<Handled> {
  if (!found || !found.sendable) {
    // Cancelled, dead with its subscription, or its client revoked: nothing is sent, the stream moves on.
    await deps.db.transaction((tx) => complete(deps, tx, job, { sent: false }))
    return 'skipped'
  }
  const due = found.delivery.nextAttemptAt
  if (due && due > deps.clock.now()) {
    await deps.db.transaction((tx) => putBack(deps, tx, job, due))
    return 'skipped'
  }
  return deliver(deps, { job, ...found })
}

/**
 * Sends what is due: takes up to SEND_BATCH jobs from pg-boss (at most one per application and
 * subscription, the oldest, so order holds; locked, so no other process gets them; at most
 * CLIENT_SHARE per client while other clients have work), POSTs them at once and records each
 * outcome. A crash between sending and recording sends it again once pg-boss expires the claim:
 * at least once.
 */
export async function deliverOnce(deps: RelayDeps): Promise<{ sent: number; failed: number }> {
  const jobs = await fairFetch<DeliveryJob>(deps.jobs, SEND_BATCH, CLIENT_SHARE)
  const found = new Map(
    (
      await deps.repository.claimed(
        deps.db,
        jobs.map((j) => j.data.deliveryId),
      )
    ).map((row) => [row.delivery.id, row]),
  )
  const outcomes = await Promise.all(
    jobs.map((job) => handle(deps, { id: job.id, retryCount: job.retryCount }, found.get(job.data.deliveryId))),
  )
  return {
    sent: outcomes.filter((o) => o === 'sent').length,
    failed: outcomes.filter((o) => o === 'failed').length,
  }
}
