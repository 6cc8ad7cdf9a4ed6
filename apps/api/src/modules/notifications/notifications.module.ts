import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { JobQueue } from '../../db/job-queue.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { ChangeFeed } from '../changes/changes.module.ts'
import type { MailSender } from '../messaging/mail-sender.ts'
import type { SmsSender } from '../messaging/sms-sender.ts'
import type { Office } from '../offices/offices.repository.ts'
import { NOTIFICATION_DEFAULTS, notificationQueue } from './notification-jobs.ts'
import { deliverOnce, notifyOnce, planOnce, type NotifierDeps, type NotifierOptions } from './notifier.ts'
import { createNotificationsRepository } from './notifications.repository.ts'
import { createChannelAlertsRepository } from './channel-alerts.repository.ts'
import { channelAlerts } from './channel-alerts.ts'
import { notificationRoutesPlugin } from './notifications.routes.ts'

export const DEFAULT_NOTIFIER_OPTIONS: NotifierOptions = {
  ...NOTIFICATION_DEFAULTS,
  deferInQueue: true,
  // As a webhook endpoint's: five failed attempts in a row.
  alertAfterAttempts: 5,
}

export const notifierOptionsOf = (given?: Partial<NotifierOptions>): NotifierOptions => ({
  ...DEFAULT_NOTIFIER_OPTIONS,
  ...given,
})

/** The pg-boss queues the notifier uses, at these options (made before the module, which needs them running). */
export const notificationQueues = (options: NotifierOptions) => [notificationQueue(options)]

/** The applicant notifications: the outbox consumer that sends email and SMS, and its gauges. */
export function createNotificationsModule(deps: {
  db: Db
  clock: Clock
  office: Office
  feed: ChangeFeed
  changes: ChangeRecord
  jobs: JobQueue
  mail: MailSender
  sms: SmsSender
  publicUrl: string
  options?: Partial<NotifierOptions>
  log?: { warn(details: object, message: string): void }
}) {
  const repository = createNotificationsRepository()
  const options = notifierOptionsOf(deps.options)
  const alerts = channelAlerts({
    ...deps,
    repository: createChannelAlertsRepository(),
    alertAfterAttempts: options.alertAfterAttempts,
  })
  const notifier: NotifierDeps = {
    ...deps,
    repository,
    options,
    onFailure: (delivery, error) =>
      deps.log?.warn({ delivery, error }, 'notification not sent; it will be retried after its backoff'),
    onChannelFailure: alerts.onFailure,
    onChannelSent: alerts.onSent,
  }
  let running = false
  const preferences = { db: deps.db, clock: deps.clock, changes: deps.changes, repository }
  return {
    routes: (app: FastifyInstance) => app.register(notificationRoutesPlugin, { deps: preferences }),
    /**
     * One round of the scheduled notifier; a round still sending when the next is due is not
     * overlapped (overlapping rounds on a 2 s timer piled up on a loaded machine, each holding
     * connections and claims while the ones before them still sent).
     */
    async notifyOnce() {
      if (running) return { planned: 0, sent: 0, failed: 0 }
      running = true
      try {
        return await notifyOnce(notifier)
      } finally {
        running = false
      }
    },
    /**
     * Plans every change committed before the call and sends what is due (tests, catch-up); what
     * fails stays due for its retry. Waits up to `patienceMs` for older open transactions, as the sequencer does.
     */
    async notifyAll(patienceMs = 30_000) {
      const giveUpAt = Date.now() + patienceMs
      for (;;) {
        const planned = await planOnce(notifier)
        if (planned) continue
        const pending = await deps.feed.countAfter(
          deps.db,
          deps.office.id,
          await deps.feed.positionOf(deps.db, deps.office.id, 'notifier'),
        )
        if (pending === 0 || Date.now() > giveUpAt) break
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      let total = { sent: 0, failed: 0 }
      for (;;) {
        const round = await deliverOnce(notifier)
        total = { sent: total.sent + round.sent, failed: total.failed + round.failed }
        if (round.sent + round.failed === 0) return total
      }
    },
    /** Deliveries not sent yet. */
    pending: () => repository.pendingCount(deps.db, deps.office.id),
  }
}
export type NotificationsModule = ReturnType<typeof createNotificationsModule>
