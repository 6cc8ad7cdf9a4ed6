// The applicant's notifier: a consumer of the outbox with its own kept position, in two steps that
// never hold a request up. Planning reads committed changes in the sequencer's commit-safe order
// ((xid, id), only below the oldest running transaction, so a late commit is never passed over)
// and writes one delivery per change × channel, its pg-boss job and the position, in one
// transaction. Delivering takes the jobs pg-boss hands out, sends each outside any transaction and
// records it on the row and the job together: sent, or due again later.
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import { completeJob, delaySecondsUntil, retryJobAfter, type JobAttempt, type JobQueue } from '../../db/job-queue.ts'
import type { Executor } from '../../db/transaction.ts'
import type { ChangeFeed } from '../changes/changes.module.ts'
import type { MailSender } from '../messaging/mail-sender.ts'
import type { SmsSender } from '../messaging/sms-sender.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { Delivery, NewDelivery, NotificationsRepository } from './notifications.repository.ts'
import { enqueueNotifications, NOTIFICATION_QUEUE, type NotificationJob } from './notification-jobs.ts'
import { render, type NotificationKind } from './templates.ts'

/** Arbitrary constant naming the notifier's planner among PostgreSQL advisory locks. */
const PLANNER_LOCK_KEY = 7_303_276
const PLAN_BATCH = 500
const SEND_BATCH = 50

export interface NotifierOptions {
  /** The first retry's delay; each further one doubles, up to `retryMaxMs`. Deliveries are never dropped. */
  retryBaseMs: number
  retryMaxMs: number
  /** How long a claimed delivery is left to its sender before another may try it (a crashed process). */
  claimMs: number
  /**
   * As the webhook relay's: pg-boss holds a retry until it is due; off (hand-moved test clocks), the
   * notifier's clock alone decides.
   */
  deferInQueue: boolean
  /** The failed attempts of one message after which its channel counts as failing and the admins are told. */
  alertAfterAttempts: number
}

/** A failed send as it is reported: ids and counts, never an address. */
export interface FailedDelivery {
  id: number
  channel: Delivery['channel']
  kind: string
  attempts: number
}

export interface NotifierDeps {
  db: Db
  clock: Clock
  office: Office
  feed: ChangeFeed
  repository: NotificationsRepository
  jobs: JobQueue
  mail: MailSender
  sms: SmsSender
  publicUrl: string
  options: NotifierOptions
  /** Where a failed send is reported: the delivery id and the error's class only. */
  onFailure?: (delivery: FailedDelivery, error: string) => void
  /** Told of each failed send, to alert when a channel keeps failing (`channel-alerts.ts`). */
  onChannelFailure?: (delivery: FailedDelivery, error: string) => Promise<void>
  /** Told once a round of each channel that sent something, to clear its alert. */
  onChannelSent?: (channel: Delivery['channel']) => Promise<void>
}

/** What a message is about: an application, or a complaint filed from an account. */
type Classified =
  | { kind: Exclude<NotificationKind, 'complaint_answered'>; applicationId: string; subjectRef: string | null }
  | { kind: 'complaint_answered'; complaintId: string; subjectRef: 'responded' | 'info_requested' | 'closed' }

/** The changes that matter to the applicant, and what each message is about. */
export function classify(change: { action: string; entityId: string; details: Record<string, unknown> }) {
  const d = change.details
  const str = (v: unknown) => (typeof v === 'string' ? v : null)
  const result = (
    kind: Exclude<NotificationKind, 'complaint_answered'>,
    applicationId: string | null,
    subjectRef: string | null,
  ): Classified | null => (applicationId ? { kind, applicationId, subjectRef } : null)
  const answered = (step: 'responded' | 'info_requested' | 'closed'): Classified => ({
    kind: 'complaint_answered',
    complaintId: change.entityId,
    subjectRef: step,
  })
  switch (change.action) {
    case 'application.submit':
      return result('received', change.entityId, null)
    case 'application.return':
      return result('returned', change.entityId, null)
    case 'application.approve':
    case 'application.deem_approve':
      return result('decided', change.entityId, 'approved')
    case 'application.reject':
      return result('decided', change.entityId, 'rejected')
    case 'payment.invoice_issued':
      return result('invoice_issued', str(d.applicationId), str(d.number))
    case 'permit.issued':
      return result('permit_issued', str(d.applicationId), str(d.number))
    case 'complaint.responded':
      return answered('responded')
    case 'complaint.info_requested':
      return answered('info_requested')
    case 'complaint.closed':
      return answered('closed')
    default:
      return null
  }
}

async function deliveriesFor(
  deps: NotifierDeps,
  ex: Executor,
  outboxId: number,
  what: Classified,
  now: Date,
): Promise<NewDelivery[]> {
  const recipientId =
    what.kind === 'complaint_answered'
      ? await deps.repository.complainantOf(ex, what.complaintId)
      : await deps.repository.applicantOf(ex, what.applicationId)
  if (!recipientId) return []
  const prefs = await deps.repository.preferences(ex, recipientId)
  const channels: ('email' | 'sms')[] =
    prefs.channels === 'both' ? ['email', 'sms'] : prefs.channels === 'sms' ? ['sms'] : ['email']
  return channels.map((channel) => ({
    officeId: deps.office.id,
    outboxId,
    channel,
    kind: what.kind,
    ...(what.kind === 'complaint_answered' ? { complaintId: what.complaintId } : { applicationId: what.applicationId }),
    recipientId,
    subjectRef: what.subjectRef,
    nextAttemptAt: now,
  }))
}

/** Plans the deliveries of up to PLAN_BATCH committed changes; null when another process is planning. */
export async function planOnce(deps: NotifierDeps): Promise<number | null> {
  return deps.db.transaction(async (tx) => {
    if (!(await deps.repository.tryLock(tx, PLANNER_LOCK_KEY))) return null
    const position = await deps.feed.positionOf(tx, deps.office.id, 'notifier')
    const changes = await deps.feed.changesAfter(tx, deps.office.id, position, PLAN_BATCH)
    if (changes.length === 0) return 0
    const now = deps.clock.now()
    const rows: NewDelivery[] = []
    for (const change of changes) {
      const what = classify(change)
      if (what) rows.push(...(await deliveriesFor(deps, tx, change.outboxId, what, now)))
    }
    await enqueueNotifications(deps.jobs, tx, await deps.repository.plan(tx, rows))
    const last = changes[changes.length - 1]!
    await deps.feed.keepPosition(tx, deps.office.id, 'notifier', { xid: last.xid, id: last.outboxId })
    return changes.length
  })
}

/** The delay before attempt `attempts + 1`. */
export function backoffMs(options: NotifierOptions, attempts: number): number {
  return Math.min(options.retryMaxMs, options.retryBaseMs * 2 ** Math.min(attempts, 30))
}

async function sendOne(deps: NotifierDeps, delivery: Delivery): Promise<void> {
  const facts = await deps.repository.facts(deps.db, delivery)
  if (!facts) throw new Error('the application is gone')
  const prefs = await deps.repository.preferences(deps.db, delivery.recipientId)
  // A decision's outcome is the one recorded with the change, not the file's status when sent.
  const status = delivery.kind === 'decided' && delivery.subjectRef === 'rejected' ? 'rejected' : facts.status
  const message = render(delivery.kind, prefs.locale, { ...facts, status }, deps.publicUrl)
  if (delivery.channel === 'email') {
    await deps.mail.send({ to: facts.email, subject: message.subject, text: message.text })
  } else if (facts.phone) {
    await deps.sms.send({ to: facts.phone, text: message.sms })
  } else {
    // SMS chosen but no mobile number on the account: the email carries it, so nothing is lost.
    await deps.mail.send({ to: facts.email, subject: message.subject, text: message.text })
  }
}

/** What a round did with one fetched job, and on which channel. */
type Outcome = { result: 'sent' | 'failed'; channel: Delivery['channel'] } | null

/**
 * Sends one fetched delivery when it is due and records the outcome with its job's; null when nothing was tried.
 * The row is read right before sending, not when the batch was fetched: a message another sender
 * sent meanwhile (after this job's claim lapsed once) is seen sent and not sent again.
 */
async function handle(deps: NotifierDeps, job: JobAttempt, deliveryId: number, fetchedAt: number): Promise<Outcome> {
  const settle = (record: (tx: Executor) => Promise<boolean>) => deps.db.transaction(record)
  const waitFor = (at: Date) => delaySecondsUntil(at, deps.clock.now(), deps.options.deferInQueue)
  // A job waits in its batch while the ones before it are sent; one whose claim is half gone is put
  // back rather than sent, so no send starts that could outlast the claim and be made again by the
  // process that takes the job over (on a loaded machine a batch of slow sends can take that long).
  if (Date.now() - fetchedAt > deps.options.claimMs / 2) {
    await settle((tx) => retryJobAfter(deps.jobs, tx, NOTIFICATION_QUEUE, job, 0, { waiting: true, claim: 'half' }))
    return null
  }
  const [delivery] = await deps.repository.byIds(deps.db, [deliveryId])
  if (!delivery || delivery.sentAt) {
    await settle((tx) => completeJob(deps.jobs, tx, NOTIFICATION_QUEUE, job, { sent: false }))
    return null
  }
  if (delivery.nextAttemptAt > deps.clock.now()) {
    await settle((tx) =>
      retryJobAfter(deps.jobs, tx, NOTIFICATION_QUEUE, job, waitFor(delivery.nextAttemptAt), { waiting: true }),
    )
    return null
  }
  try {
    await sendOne(deps, delivery)
  } catch (err) {
    const error = err instanceof Error ? err.constructor.name : 'Error'
    const retryAt = new Date(deps.clock.now().getTime() + backoffMs(deps.options, delivery.attempts))
    await settle(async (tx) => {
      const held = await retryJobAfter(deps.jobs, tx, NOTIFICATION_QUEUE, job, waitFor(retryAt), { error })
      if (held) await deps.repository.markFailed(tx, delivery.id, retryAt, error)
      return held
    })
    const failed = { id: delivery.id, channel: delivery.channel, kind: delivery.kind, attempts: delivery.attempts + 1 }
    deps.onFailure?.(failed, error)
    await deps.onChannelFailure?.(failed, error)
    return { result: 'failed', channel: delivery.channel }
  }
  // Sent is recorded even when the claim lapsed meanwhile: the message went out, and the process
  // holding the job now reads it sent and completes it unsent (at least once, not twice).
  await settle(async (tx) => {
    await deps.repository.markSent(tx, delivery.id, deps.clock.now())
    return completeJob(deps.jobs, tx, NOTIFICATION_QUEUE, job, { sent: true })
  })
  return { result: 'sent', channel: delivery.channel }
}

/**
 * Sends what is due: takes up to SEND_BATCH jobs from pg-boss (locked, so two processes never send
 * one at once), sends each outside any transaction, and records it sent or due again after the
 * backoff. A crash between sending and recording sends it again once pg-boss expires the claim: at
 * least once.
 */
export async function deliverOnce(deps: NotifierDeps): Promise<{ sent: number; failed: number }> {
  const jobs = await deps.jobs.fetch<NotificationJob>(NOTIFICATION_QUEUE, { batchSize: SEND_BATCH })
  // Real time, as pg-boss times the claim (the notifier's clock may be a test's hand-set one).
  const fetchedAt = Date.now()
  let sent = 0
  let failed = 0
  const sentOn = new Set<Delivery['channel']>()
  // Jobs of one planning share their creation time, which is all pg-boss orders them by: sent in
  // the order they were planned, one application's messages arrive in the order of its changes.
  jobs.sort((a, b) => a.data.deliveryId - b.data.deliveryId)
  for (const job of jobs) {
    const outcome = await handle(deps, { id: job.id, retryCount: job.retryCount }, job.data.deliveryId, fetchedAt)
    if (outcome?.result === 'failed') failed++
    if (outcome?.result === 'sent') {
      sent++
      sentOn.add(outcome.channel)
    }
  }
  // A channel that sends again has recovered: its alert, if one is raised, is cleared.
  for (const channel of sentOn) await deps.onChannelSent?.(channel)
  return { sent, failed }
}

/** One round of both steps (the scheduled job). */
export async function notifyOnce(deps: NotifierDeps) {
  const planned = await planOnce(deps)
  const delivered = await deliverOnce(deps)
  return { planned: planned ?? 0, ...delivered }
}
