import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import fp from 'fastify-plugin'
import { randomUUID } from 'node:crypto'
import type { PintuOptions } from './app-options.ts'
import type { LogVerification } from '@pintu/contract'
import type { RollupsMade } from './modules/stats/stats-rollups.ts'
import { errorsPlugin, frameworkError } from './plugins/errors.ts'
import { loadSheddingPlugin, type LoadSheddingOptions } from './plugins/load-shedding.ts'
import { scheduledJob } from './plugins/scheduled-job.ts'
import { spaPlugin } from './plugins/spa.ts'
import { officeConstraint, sayRoutedByOffice } from './plugins/office-routing.ts'
import type { Database } from './db/database.ts'
import type { Office } from './modules/offices/offices.repository.ts'
import { rateCountersOf, serveOffice, type Schedule } from './office-app.ts'
import { createCellLog } from './cell-log.ts'
import { createCellFigures, type CellFigures } from './modules/stats/stats-rollup.usecases.ts'
import type { TransparencyLog } from './modules/transparency/transparency.module.ts'

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Each served office's module set by Kemendagri code (the app itself when it serves one):
     * the jobs below are called on these, e.g. `app.offices.get('73.71').runEscalations()`.
     */
    offices: ReadonlyMap<string, FastifyInstance>
    /**
     * Runs the scheduled job once (escalation, deemed approval, expiry; it also runs on an interval when configured).
     */
    runEscalations(): Promise<{ escalated: number; deemedApproved: number; expired: number } | null>
    /** Folds finished days into the statistics' rollups once (also on the job's interval when configured). */
    runStatsRollups(): Promise<RollupsMade>
    /** Runs the complaint escalation job once (it also runs on the job's interval when configured). */
    runComplaintEscalations(): Promise<{ escalated: number } | null>
    /** Plans and sends the applicant notifications of every committed change (tests); failures stay due. */
    notifyApplicants(): Promise<{ sent: number; failed: number }>
    /** Plans and sends the webhooks of every committed change that are due now (tests); failures stay pending. */
    relayWebhooks(): Promise<{ sent: number; failed: number }>
    /** Integrates every office's committed changes into the cell's transparency log and signs a checkpoint (tests). */
    integrateLog(): Promise<number>
    /** Verifies the cell's whole transparency log (the auditor's check; `pnpm audit:verify` runs the same). */
    verifyLog(witnessNotes?: readonly string[]): Promise<LogVerification>
    /** Writes this process's measured latencies to the shared histograms (also on an interval when configured). */
    flushStatus(): Promise<void>
    /** Runs the availability probe once (also every minute when configured); true when it passed. */
    probeStatus(): Promise<boolean>
    /** Appends the last finished hour's status figures to the change record, once (also after each scheduled probe). */
    summarizeStatus(): Promise<string | null>
  }
}

export type { PintuOptions } from './app-options.ts'

/**
 * Pintu as a Fastify plugin: one office's module set (serveOffice), or one per office when the
 * deployment serves several (serveOffices), with the SPAs' files after them.
 */
export const pintu = fp(
  async (app: FastifyInstance, options: PintuOptions) => {
    const others = options.otherOffices ?? []
    const log = createCellLog(options)
    // Every office adds its public figures here as it is served; the roll-up routes add them up.
    const figures = createCellFigures()
    // On the root, so every office's context inherits the same cell log's (app.offices.get(code).integrateLog()).
    app.decorate('integrateLog', log.integrateAll)
    app.decorate('verifyLog', log.verify)
    await scheduleOnce(app)('transparency log sequencer', options.transparencyLog.intervalMs, log.integrateOnce)
    if (others.length === 0) {
      app.decorate('offices', new Map([[options.office.code, app]]))
      await serveOffice(app, options, {
        notFound: true,
        schedule: scheduleOnce(app),
        log,
        figures,
        served: [options.office],
      })
      if (options.spa) await app.register(spaPlugin, options.spa)
      return
    }
    await serveOffices(app, options, [options.office, ...others], { log, figures })
  },
  { name: 'pintu' },
)

const scheduleOnce =
  (app: FastifyInstance): Schedule =>
  async (name, intervalMs, run) => {
    if (intervalMs) await app.register(scheduledJob, { name, intervalMs, run })
  }

/**
 * Several offices in one deployment: one module set per office, each in its own encapsulated
 * context whose routes carry the constraint `office: <code>` (plugins/office-routing.ts), all on
 * the one database pool. A module is still made for one office, as when a deployment serves one, so
 * the office scoping every repository already does is the isolation; the router picks the set.
 * Each scheduled job has one timer that runs every office's turn in sequence, so one office's run
 * never holds the job's advisory lock while another's is due (the locks name the job, not the office).
 * The transparency log is the cell's, not an office's: one for all of them (cell-log.ts).
 */
async function serveOffices(
  app: FastifyInstance,
  options: PintuOptions,
  offices: readonly Office[],
  { log, figures }: { log: TransparencyLog; figures: CellFigures },
) {
  const keepOpen = (database: Database): Database => ({ ...database, close: async () => undefined })
  // Closed once, after every office's own close hooks (onClose runs last-registered first).
  app.addHook('onClose', async () => {
    await options.replica?.close()
    await options.database.close()
  })
  app.addConstraintStrategy(officeConstraint(options.office.code) as Parameters<typeof app.addConstraintStrategy>[0])
  // The root answers what no office's routes match: 404s, and an office this deployment does not serve.
  await app.register(errorsPlugin, { strictErrorContract: options.strictErrorContract ?? false })
  sayRoutedByOffice(app, (request) => request.is404)
  const jobs = new Map<string, { intervalMs: number; runs: (() => Promise<unknown>)[] }>()
  const schedule: Schedule = async (name, intervalMs, run) => {
    if (!intervalMs) return
    const job = jobs.get(name) ?? { intervalMs, runs: [] }
    job.runs.push(run)
    jobs.set(name, job)
  }
  // One set of counters for every office: switching X-Pintu-Office gives no caller a fresh quota.
  // Made after the database's close hook above, so its last sync runs before the pool closes.
  const rateCounters = rateCountersOf(app, options)
  const served = new Map<string, FastifyInstance>()
  for (const office of offices) {
    await app.register(async (scoped) => {
      scoped.addHook('onRoute', (route) => {
        route.constraints = { ...route.constraints, office: office.code }
      })
      sayRoutedByOffice(scoped)
      const database = keepOpen(options.database)
      const replica = options.replica && keepOpen(options.replica)
      await serveOffice(
        scoped,
        { ...options, office, database, replica, spa: undefined },
        { notFound: false, schedule, log, figures, served: offices, rateCounters },
      )
      served.set(office.code, scoped)
    })
  }
  app.decorate('offices', served)
  for (const [name, job] of jobs)
    await app.register(scheduledJob, {
      name,
      intervalMs: job.intervalMs,
      run: async () => {
        for (const run of job.runs) await run()
      },
    })
  if (options.spa) await app.register(spaPlugin, options.spa)
}

/** Request ids: the caller's X-Request-Id when it is a sane token, otherwise a new UUID. */
function requestId(request: { headers: Record<string, string | string[] | undefined> }): string {
  const given = request.headers['x-request-id']
  return typeof given === 'string' && /^[A-Za-z0-9._-]{8,64}$/.test(given) ? given : randomUUID()
}

export const JSON_BODY_LIMIT = 256 * 1024

export function createFastify(
  logger: FastifyServerOptions['logger'] = false,
  trustProxy = false,
  requestTimeoutMs = 120_000,
) {
  return Fastify({
    logger,
    // A client that never finishes sending its request is cut off instead of holding a socket forever.
    requestTimeout: requestTimeoutMs,
    genReqId: requestId,
    bodyLimit: JSON_BODY_LIMIT,
    trustProxy,
    routerOptions: { maxParamLength: 200 },
    frameworkErrors: frameworkError,
  }).withTypeProvider<TypeBoxTypeProvider>()
}

/** Builds a ready app; tests call this and use `inject`, the server adds `listen`. */
export async function buildApp(
  options: PintuOptions & {
    logger?: FastifyServerOptions['logger']
    trustProxy?: boolean
    requestTimeoutMs?: number
    /** The load-shedding guard; omitted in API tests, where a busy test machine must not shed. */
    loadShedding?: LoadSheddingOptions
  },
) {
  const app = createFastify(options.logger ?? false, options.trustProxy, options.requestTimeoutMs)
  // First, so its onRequest hook refuses excess load before any other work is done on it.
  if (options.loadShedding) await app.register(loadSheddingPlugin, options.loadShedding)
  await app.register(pintu, options)
  await app.ready()
  return app
}
