// One office's module set: the wiring every served office gets, apart from how offices share a deployment (app.ts).
import type { FastifyInstance } from 'fastify'
import { createHmac } from 'node:crypto'
import type { PintuOptions } from './app-options.ts'
import type { Office } from './modules/offices/offices.repository.ts'
import { createPublicReads } from './db/public-reads.ts'
import type { Executor } from './db/transaction.ts'
import { createApplicationsModule } from './modules/applications/applications.module.ts'
import { createBackEntryModule } from './modules/backentry/backentry.module.ts'
import { createCalendarReader } from './modules/calendar/calendar.module.ts'
import { createCatalogueModule } from './modules/catalogue/catalogue.module.ts'
import { createChangesModule } from './modules/changes/changes.module.ts'
import { createStatsModule } from './modules/stats/stats.module.ts'
import type { CellFigures } from './modules/stats/stats-rollup.usecases.ts'
import { createStatusModule } from './modules/status/status.module.ts'
import { createClosuresReader } from './modules/continuity/continuity.module.ts'
import { createComplaintsModule } from './modules/complaints/complaints.module.ts'
import { createDelegationsReader } from './modules/delegations/delegations.module.ts'
import { createIntegrationsModule } from './modules/integrations/integrations.module.ts'
import { createIdempotencyRepository } from './modules/idempotency/idempotency.repository.ts'
import { createIdentityRepository } from './modules/identity/identity.repository.ts'
import { createAccountCodesRepository } from './modules/identity/account-codes.repository.ts'
import type { MailSender } from './modules/messaging/mail-sender.ts'
import { noSmsSender } from './modules/messaging/sms-sender.ts'
import {
  createNotificationsModule,
  notificationQueues,
  notifierOptionsOf,
} from './modules/notifications/notifications.module.ts'
import { createWebhooksModule, webhookQueues, webhooksOptionsOf } from './modules/webhooks/webhooks.module.ts'
import { startJobQueue } from './db/job-queue.ts'
import { createProvisionalModule } from './modules/provisional/provisional.module.ts'
import { createSharedRateCounters } from './modules/rate-limits/rate-limits.module.ts'
import { identityRoutes } from './modules/identity/identity.routes.ts'
import { createPeople } from './modules/identity/people.ts'
import { createSessionGuard } from './modules/identity/session-guard.ts'
import { KNOWN_ADDRESS_MS } from './modules/identity/login-throttle.ts'
import { ACCESS_TOKEN_TTL_SECONDS } from './modules/identity/tokens.ts'
import { createInvoicing } from './modules/payments/payments.module.ts'
import { createPermitIssuer } from './modules/permits/permits.module.ts'
import { createSigningModule } from './modules/signing/signing.module.ts'
import type { TransparencyLog } from './modules/transparency/transparency.module.ts'
import { systemRoutesPlugin } from './modules/system/system.routes.ts'
import { authPlugin } from './plugins/auth.ts'
import { contextPlugin } from './plugins/context.ts'
import { errorsPlugin } from './plugins/errors.ts'
import { openapiPlugin } from './plugins/openapi.ts'
import { readConsistencyPlugin } from './plugins/read-consistency.ts'
import { securityPlugin } from './plugins/security.ts'
import { deploymentRateCounters } from './plugins/rate-limit.ts'
import type { RateCounters } from './plugins/rate-counters.ts'
import { compressionPlugin } from './plugins/compression.ts'
import { validationPlugin } from './plugins/validation.ts'

const IDEMPOTENCY_RETENTION_MS = 86_400_000

const noMailSender: MailSender = {
  description: 'none',
  async send() {
    throw new Error('no mail sender is configured')
  },
}

/**
 * How an office's module set is placed: whether it answers the 404s, how its scheduled jobs are
 * run, and the cell's one transparency log it writes into and serves (cell-log.ts).
 */
export interface OfficeSetting {
  notFound: boolean
  schedule: Schedule
  log: TransparencyLog
  /** The deployment's public figures, to which this office adds its own (the statistics roll-ups). */
  figures: CellFigures
  /** Every office the deployment serves, the default first (GET /api/v1/offices lists them from any office). */
  served: readonly Office[]
  /** The deployment's rate-limit counters when several offices share them; else the set makes its own. */
  rateCounters?: RateCounters
}

/**
 * The rate-limit counters of the deployment, made once per process whatever the number of offices
 * (the quotas are a caller's, not an office's). Several API processes share one PostgreSQL
 * database; PGlite belongs to one process.
 */
export function rateCountersOf(app: FastifyInstance, options: PintuOptions): RateCounters {
  const shared = options.rateLimits?.shared ?? options.database.engine === 'postgres'
  return deploymentRateCounters(app, {
    shared: shared ? createSharedRateCounters({ db: options.database.db }) : undefined,
    syncIntervalMs: options.rateLimits?.syncIntervalMs,
  })
}

/** Runs a job on an interval when one is configured (0 or none: only when called, as tests do). */
export type Schedule = (name: string, intervalMs: number | undefined, run: () => Promise<unknown>) => Promise<void>

/**
 * One office's module set, and its wiring diagram: each module is made once, from what it needs,
 * in the order they need each other. Readers other modules depend on come first (who may sign
 * today, which days do not count, published definitions), then the effects the transition writer
 * runs (invoices, permits), then the applications module, then the modules that move applications
 * (payments, delegations, calendar, closures and the job, officer administration).
 */
export async function serveOffice(app: FastifyInstance, options: PintuOptions, setting: OfficeSetting) {
  const { clock, office } = options
  const db = options.database.db
  // The public read routes read here: the streaming replica when one is configured, else the primary.
  const reads = createPublicReads({ primary: options.database, replica: options.replica })
  const closures = createClosuresReader({ clock, office })
  const calendar = createCalendarReader({ office, closedDates: closures.closedDates })
  const stats = createStatsModule(
    { db, clock, office, nonWorkingDays: calendar.nonWorkingDays },
    { reads, cell: setting.figures },
  )
  const { changes, history, feed } = createChangesModule({ office, clock, subscribers: [stats.recorder] })
  const status = createStatusModule({
    db,
    clock,
    office,
    changes,
    slowDownMs: options.status?.slowDownMs,
    metricsToken: options.status?.metricsToken,
    reads,
    served: setting.served,
  })
  const identity = createIdentityRepository()
  const codes = createAccountCodesRepository()
  const people = createPeople({ identity })
  const sessions = createSessionGuard({ db, identity })
  const areRelated = (ex: Executor, a: string, b: string) => identity.areRelated(ex, a, b)
  const idempotency = createIdempotencyRepository()

  const catalogue = createCatalogueModule({ db, clock, office, changes, areRelated }, { reads })
  const signing = createDelegationsReader({ office })
  const invoicing = createInvoicing({ clock, office, changes })
  const certified = createSigningModule(
    { db, clock, office, people, changes, publicUrl: options.publicUrl },
    options.signing ?? { service: 'none' },
  )
  const issuer = createPermitIssuer({
    signing: certified,
    clock,
    office,
    people,
    history,
    actingSigner: signing.actingSigner,
    changes,
    keys: options.permitKeys,
    publicUrl: options.publicUrl,
  })

  const provisional = createProvisionalModule({ db, clock, office, changes })
  const applications = createApplicationsModule(
    {
      db,
      clock,
      office,
      catalogue: catalogue.reads,
      people,
      changes,
      history,
      workWeek: stats.workWeek,
      idempotency,
      storage: options.storage,
      nonWorkingDays: calendar.nonWorkingDays,
      publishedThroughOf: calendar.publishedThroughOf,
      actingSigner: signing.actingSigner,
      random: options.random,
      effects: { issueInvoice: invoicing.issueInvoice, issuePermit: issuer.issuePermit },
      provisional: provisional.receipts,
      // Its own key, derived from the session secret every process of a deployment shares (see docs/api.md).
      trackingKey: createHmac('sha256', options.jwtSecret).update('pintu/tracking-codes/v1').digest(),
    },
    { trackLimitPerMinute: options.trackLimitPerMinute ?? 60, reads },
  )

  const transparencyLog = setting.log.forOffice({ office, feed })
  const payments = invoicing.payments(
    { db, applications, people, catalogue: catalogue.reads, callbackSecret: options.bankCallbackSecret, areRelated },
    { bankSimulator: options.bankSimulator ?? false },
  )
  const permits = issuer.permits(
    { db, applications, catalogue: catalogue.reads, logEntries: transparencyLog.entriesOf },
    { lookupLimitPerMinute: options.trackLimitPerMinute ?? 60 },
  )
  const integrations = createIntegrationsModule({
    db,
    clock,
    office,
    changes,
    catalogue: catalogue.reads,
    publicUrl: options.publicUrl,
  })
  const delegations = signing.delegations({ db, clock, people, changes, applications })
  const holidays = calendar.calendar({ db, clock, changes, onChanged: applications.refreshDueDates })
  const continuity = closures.continuity({
    db,
    changes,
    nonWorkingDays: calendar.nonWorkingDays,
    catalogue: catalogue.reads,
    applications,
    async purge(tx, now) {
      await idempotency.purgeOlderThan(tx, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS))
      await identity.purgeLoginRecords(
        tx,
        new Date(now.getTime() - KNOWN_ADDRESS_MS),
        new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS),
      )
      await codes.purgeThrottle(tx, new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS))
    },
  })

  const backEntries = createBackEntryModule({
    db,
    clock,
    office,
    changes,
    people,
    applications,
    closedDates: closures.closedDates,
    areRelated,
  })

  const complaints = createComplaintsModule(
    {
      db,
      clock,
      office,
      changes,
      storage: options.storage,
      nonWorkingDays: calendar.nonWorkingDays,
      catalogue: catalogue.reads,
      applications,
    },
    { limitPerMinute: options.trackLimitPerMinute ?? 60 },
  )

  await app.register(contextPlugin, { database: options.database, clock, office })
  app.addHook('onClose', async () => reads.close())
  await app.register(readConsistencyPlugin, { reads })
  await app.register(validationPlugin)
  status.measure(app)
  await app.register(errorsPlugin, {
    strictErrorContract: options.strictErrorContract ?? false,
    notFound: setting.notFound,
  })
  await app.register(securityPlugin, {
    corsOrigins: options.corsOrigins ?? [],
    rateCounters: setting.rateCounters ?? rateCountersOf(app, options),
  })
  await app.register(compressionPlugin)
  await app.register(authPlugin, {
    secret: options.jwtSecret,
    officeCode: office.code,
    accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
    sessions,
    clients: { guard: integrations.guard, audience: integrations.audience },
  })
  await app.register(openapiPlugin)
  await app.register(systemRoutesPlugin, {
    simulators: [
      ...(options.bankSimulator ? (['bank'] as const) : []),
      ...(options.signing?.service === 'simulator' ? (['signing_ca'] as const) : []),
    ],
    certifiedSigning: options.signing?.service ?? 'none',
    officeContact: options.officeContact ?? { hours: null, phone: null, email: null },
    publicReads: reads.source,
    served: setting.served,
  })
  await app.register(identityRoutes, {
    registerLimitPerMinute: options.registerLimitPerMinute ?? 10,
    sessions,
    changes,
    identity,
    codes,
    mail: options.mail ?? noMailSender,
    sms: options.sms ?? noSmsSender,
    publicUrl: options.publicUrl,
    handOverFilesOf: (tx, officerId, requestId) =>
      applications.handOverFilesOf(tx, officerId, 'officer deactivated', requestId),
    withdrawDelegationsTo: delegations.withdrawDelegationsTo,
  })
  for (const module of [
    catalogue,
    holidays,
    applications,
    provisional,
    permits,
    certified,
    payments,
    delegations,
    continuity,
    backEntries,
    complaints,
    stats,
    status,
    transparencyLog.web({ files: applications, trackLimitPerMinute: options.trackLimitPerMinute ?? 60, reads }),
  ])
    await module.routes(app)
  await integrations.routes(app, {
    trackForClient: applications.trackForClient,
    agentIntake: applications.agentIntake,
    applicantIdByNik: async (nik) => {
      const person = await identity.findByNik(db, nik)
      // Applicants are national; the client's consent (at this office) is what lets it file.
      return person?.kind === 'applicant' && !person.deactivatedAt ? person.id : undefined
    },
  })
  const every = setting.schedule
  app.decorate('runEscalations', continuity.runEscalations)
  await every('escalation job', options.jobIntervalMs, continuity.runEscalations)
  app.decorate('runStatsRollups', stats.runRollups)
  await every('statistics rollups', options.jobIntervalMs, stats.runRollups)
  app.decorate('runComplaintEscalations', complaints.runEscalations)
  await every('complaint escalation job', options.jobIntervalMs, complaints.runEscalations)
  const webhookOptions = webhooksOptionsOf(options.webhooks)
  const notifierOptions = notifierOptionsOf(options.notifications)
  // pg-boss upkeep runs where a consumer runs on a timer (servers); tests drive them by hand.
  const jobs = await startJobQueue(options.database, {
    queues: [...notificationQueues(notifierOptions), ...webhookQueues(webhookOptions)],
    supervise: webhookOptions.intervalMs > 0 || !!options.notifications?.intervalMs,
    onError: (err) => app.log.error({ err }, 'job queue failed'),
  })
  // Registered after the database's own close hook, so it runs before it (onClose runs last-in first).
  app.addHook('onClose', async () => jobs.stop({ graceful: true, timeout: 5_000 }))
  const notifications = createNotificationsModule({
    db,
    clock,
    office,
    feed,
    changes,
    jobs,
    mail: options.mail ?? noMailSender,
    sms: options.sms ?? noSmsSender,
    publicUrl: options.publicUrl,
    options: notifierOptions,
    log: app.log,
  })
  await notifications.routes(app)
  app.decorate('notifyApplicants', () => notifications.notifyAll())
  await every('applicant notifier', options.notifications?.intervalMs, notifications.notifyOnce)
  const webhooks = createWebhooksModule({
    db,
    clock,
    office,
    feed,
    changes,
    jobs,
    mail: options.mail ?? noMailSender,
    publicUrl: options.publicUrl,
    options: webhookOptions,
    log: app.log,
  })
  await webhooks.routes(app)
  app.decorate('relayWebhooks', () => webhooks.relayAll())
  await every('webhook relay', webhooks.options.intervalMs, webhooks.relayOnce)
  app.decorate('flushStatus', status.flush)
  app.decorate('probeStatus', () => status.probe(app))
  app.decorate('summarizeStatus', status.summarize)
  await every('status latency flush', options.status?.flushIntervalMs, status.flush)
  await every('status probe', options.status?.probeIntervalMs, async () => {
    await status.probe(app)
    await status.summarize()
  })
  app.addHook('onClose', async () => status.flush().catch(() => undefined))
}
