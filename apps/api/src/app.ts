import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import fp from 'fastify-plugin'
import { randomUUID } from 'node:crypto'
import type { Clock } from './clock.ts'
import type { Database } from './db/database.ts'
import type { Executor } from './db/transaction.ts'
import { applicationRoutesPlugin } from './modules/applications/applications.routes.ts'
import { createApplicationsRepository } from './modules/applications/applications.repository.ts'
import { workRoutesPlugin } from './modules/applications/work.routes.ts'
import { handOverFilesOf } from './modules/applications/work.usecases.ts'
import { createSessionGuard } from './modules/identity/session-guard.ts'
import { createAuditRepository } from './modules/audit/audit.repository.ts'
import { createCatalogueRepository } from './modules/catalogue/catalogue.repository.ts'
import { catalogueRoutesPlugin } from './modules/catalogue/catalogue.routes.ts'
import type { DocumentStorage } from './modules/documents/document-storage.ts'
import { createIdempotencyRepository } from './modules/idempotency/idempotency.repository.ts'
import { createIdentityRepository } from './modules/identity/identity.repository.ts'
import type { RandomInt } from './modules/applications/assignment.ts'
import type { ApplicationsDeps } from './modules/applications/applications.deps.ts'
import { refreshStageDueDates } from './modules/applications/due-dates.ts'
import { createCalendarRepository } from './modules/calendar/calendar.repository.ts'
import { calendarRoutesPlugin } from './modules/calendar/calendar.routes.ts'
import { createNonWorkingDays } from './modules/calendar/non-working-days.ts'
import type { PermitKeys } from './modules/permits/permit-keys.ts'
import { createPermitsRepository } from './modules/permits/permits.repository.ts'
import { permitRoutesPlugin } from './modules/permits/permits.routes.ts'
import { issuePermit, type PermitsDeps } from './modules/permits/permits.usecases.ts'
import { bankSimulatorPlugin } from './modules/payments/bank-simulator.routes.ts'
import { createPaymentsRepository } from './modules/payments/payments.repository.ts'
import { paymentRoutesPlugin } from './modules/payments/payments.routes.ts'
import { issueInvoice, type PaymentsDeps } from './modules/payments/payments.usecases.ts'
import { createContinuityRepository } from './modules/continuity/continuity.repository.ts'
import { continuityRoutesPlugin } from './modules/continuity/continuity.routes.ts'
import { closedDates, runEscalations, type ContinuityDeps } from './modules/continuity/continuity.usecases.ts'
import { createDelegationsRepository } from './modules/delegations/delegations.repository.ts'
import { delegationRoutesPlugin } from './modules/delegations/delegations.routes.ts'
import { activeDelegation, withdrawDelegationsTo, type DelegationsDeps } from './modules/delegations/delegations.usecases.ts'
import { identityRoutes } from './modules/identity/identity.routes.ts'
import type { Office } from './modules/offices/offices.repository.ts'
import { systemRoutesPlugin } from './modules/system/system.routes.ts'
import { authPlugin } from './plugins/auth.ts'
import { contextPlugin } from './plugins/context.ts'
import { errorsPlugin, frameworkError } from './plugins/errors.ts'
import { openapiPlugin } from './plugins/openapi.ts'
import { securityPlugin } from './plugins/security.ts'
import { spaPlugin, type SpaOptions } from './plugins/spa.ts'
import { validationPlugin } from './plugins/validation.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /** Runs the escalation and deemed-approval job once (it also runs on an interval when configured). */
    runEscalations(): ReturnType<typeof runEscalations>
  }
}

export interface PintuOptions {
  database: Database
  office: Office
  clock: Clock
  jwtSecret: string
  corsOrigins?: string[]
  registerLimitPerMinute?: number
  trackLimitPerMinute?: number
  /** Where uploaded documents are kept. */
  storage: DocumentStorage
  /** The office's Ed25519 key for signing permits. */
  permitKeys: PermitKeys
  /** Public address of the citizen site, for the QR code on permits. */
  publicUrl: string
  /** Shared secret of the bank's signed payment callbacks. */
  bankCallbackSecret: string
  /** Serve the clearly named bank simulator (demos, browser tests); never in production. */
  bankSimulator?: boolean
  /** How often the escalation job runs; 0 leaves it to the caller (tests call app.runEscalations()). */
  jobIntervalMs?: number
  /** Source of randomness for work assignment; crypto by default. */
  random?: RandomInt
  /** Answer an error code the route does not declare with 500 (tests), instead of only logging it. */
  strictErrorContract?: boolean
  /** Built SPAs to serve; omitted in API-only tests. */
  spa?: SpaOptions
}

/**
 * Pintu as a Fastify plugin: infrastructure first, then one feature plugin per domain module.
 * Not encapsulated, so the host instance sees its decorators (signAccessToken, swagger).
 */
export const pintu = fp(async (app: FastifyInstance, options: PintuOptions) => {
  const db = options.database.db
  const identity = createIdentityRepository()
  const sessions = createSessionGuard({ db, identity })
  await app.register(contextPlugin, { database: options.database, clock: options.clock, office: options.office })
  await app.register(validationPlugin)
  await app.register(errorsPlugin, { strictErrorContract: options.strictErrorContract ?? false })
  await app.register(securityPlugin, { corsOrigins: options.corsOrigins ?? [] })
  await app.register(authPlugin, { secret: options.jwtSecret, sessions })
  await app.register(openapiPlugin)
  await app.register(systemRoutesPlugin, { simulators: options.bankSimulator ? ['bank'] : [] })
  const calendar = createCalendarRepository()
  const continuity = createContinuityRepository()
  // Closed days come from the continuity module, which needs the deps built below: resolved lazily.
  let continuityDeps: ContinuityDeps | undefined
  const nonWorkingDays = createNonWorkingDays({ repo: calendar, officeId: options.office.id, extraDates: (ex) => closedDates(continuityDeps!, ex) })
  const applicationsDeps: ApplicationsDeps = {
    db, clock: options.clock, office: options.office, storage: options.storage, random: options.random, nonWorkingDays,
    applications: createApplicationsRepository(), catalogue: createCatalogueRepository(), identity,
    audit: createAuditRepository(), idempotency: createIdempotencyRepository(),
  }
  const delegationsDeps: DelegationsDeps = { applicationsDeps, delegations: createDelegationsRepository() }
  await app.register(identityRoutes, {
    registerLimitPerMinute: options.registerLimitPerMinute ?? 10, sessions,
    handOverFilesOf: (tx, officerId, requestId) => handOverFilesOf(applicationsDeps, tx, officerId, 'officer deactivated', requestId),
    withdrawDelegationsTo: (tx, officerId, requestId) => withdrawDelegationsTo(delegationsDeps, tx, officerId, requestId),
  })
  const areRelated = (ex: Executor, a: string, b: string) => identity.areRelated(ex, a, b)
  await app.register(catalogueRoutesPlugin, { areRelated })
  await app.register(calendarRoutesPlugin, {
    deps: {
      db, clock: options.clock, office: options.office, calendar, audit: applicationsDeps.audit, nonWorkingDays,
      onChanged: (tx, fromDate) => refreshStageDueDates(applicationsDeps, tx, fromDate),
    },
  })
  const permitsDeps: PermitsDeps = {
    db, clock: options.clock, office: options.office, permits: createPermitsRepository(), identity: applicationsDeps.identity,
    audit: applicationsDeps.audit, keys: options.permitKeys, publicUrl: options.publicUrl, applicationsDeps,
  }
  applicationsDeps.onIssued = (tx, app, definition, signerId, now) => issuePermit(permitsDeps, tx, app, definition, signerId, now)
  await app.register(applicationRoutesPlugin, { deps: applicationsDeps })
  await app.register(permitRoutesPlugin, { deps: permitsDeps, lookupLimitPerMinute: options.trackLimitPerMinute ?? 60 })
  const paymentsDeps: PaymentsDeps = {
    db, clock: options.clock, office: options.office, payments: createPaymentsRepository(), audit: applicationsDeps.audit, applicationsDeps,
    callbackSecret: options.bankCallbackSecret, areRelated,
  }
  applicationsDeps.onAwaitingPayment = (tx, app, now) => issueInvoice(paymentsDeps, tx, app, now)
  await app.register(paymentRoutesPlugin, { deps: paymentsDeps })
  if (options.bankSimulator) await app.register(bankSimulatorPlugin, { deps: paymentsDeps })
  applicationsDeps.actingSigner = (ex, date) => activeDelegation(delegationsDeps, ex, date)
  await app.register(delegationRoutesPlugin, { deps: delegationsDeps })
  continuityDeps = { applicationsDeps, continuity }
  await app.register(continuityRoutesPlugin, { deps: continuityDeps })
  app.decorate('runEscalations', () => runEscalations(continuityDeps!))
  if (options.jobIntervalMs) {
    let timer: NodeJS.Timeout | undefined
    app.addHook('onReady', async () => {
      timer = setInterval(() => void runEscalations(continuityDeps!).catch((err) => app.log.error({ err }, 'escalation job failed')), options.jobIntervalMs)
      timer.unref()
    })
    app.addHook('onClose', async () => clearInterval(timer))
  }
  await app.register(workRoutesPlugin, { deps: applicationsDeps, trackLimitPerMinute: options.trackLimitPerMinute ?? 60 })
  if (options.spa) await app.register(spaPlugin, options.spa)
}, { name: 'pintu' })

/** Request ids: the caller's X-Request-Id when it is a sane token, otherwise a new UUID. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id']
  return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID()
}

export const JSON_BODY_LIMIT = 256 * 1024

export function createFastify(logger: FastifyServerOptions['logger'] = false, trustProxy = false) {
  return Fastify({
    logger,
    genReqId: requestId,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkError,
  }).withTypeProvider<TypeBoxTypeProvider>()
}

/** Builds a ready app; tests call this and use `inject`, the server adds `listen`. */
export async function buildApp(options: PintuOptions & { logger?: FastifyServerOptions['logger']; trustProxy?: boolean }) {
  const app = createFastify(options.logger ?? false, options.trustProxy)
  await app.register(pintu, options)
  await app.ready()
  return app
}
