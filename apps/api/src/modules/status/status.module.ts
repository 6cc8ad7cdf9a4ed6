import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { statsRoutes, VITALS_BODY_LIMIT } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { setTimeout as sleep } from 'node:timers/promises'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { PublicReads } from '../../db/public-reads.ts'
import { AppError, notFound } from '../../errors/app-error.ts'
import { consistencyToken } from '../../plugins/read-consistency.ts'
import { fromContract } from '../../plugins/route.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import { journeyOf } from './journeys.ts'
import { createLatencyRecorder } from './latency-recorder.ts'
import { createPrometheus, hasMetricsToken } from './prometheus.ts'
import { createStatusRepository } from './status.repository.ts'
import { status, summarizeLastHour } from './status.usecases.ts'
import { createVitalsRecorder, type VitalsRecorder } from './vitals-recorder.ts'

/** The probe's own requests carry this header, so they are not measured as a citizen's. */
const PROBE_HEADER = 'x-pintu-probe'
const PROBE_TIMEOUT_MS = 5_000
const MINUTE_MS = 60_000

/**
 * The status page that measures itself: every request of a citizen journey is timed into this
 * process's histograms, flushed to the shared per-minute rows; a probe once a minute asks the API
 * what a citizen would (is the database there, does the catalogue answer) and records the outcome.
 */
export function createStatusModule(deps: {
  db: Db
  clock: Clock
  office: Office
  changes: ChangeRecord
  /** Test-only: every request waits this long first, to show that the measured latency moves. */
  slowDownMs?: number
  /** The operator's token for `/metrics`; without one `/metrics` does not answer. */
  metricsToken?: string
  /** Where the status page reads its figures: the replica when there is one. */
  reads: PublicReads
  /** Every office the deployment serves: the roll-up adds up their histograms. */
  served: readonly Office[]
}) {
  const prometheus = createPrometheus()
  const repository = createStatusRepository()
  const recorder = createLatencyRecorder({ db: deps.db, clock: deps.clock, office: deps.office, repository })
  const vitals = createVitalsRecorder({ db: deps.db, clock: deps.clock, office: deps.office, repository })
  let pendingProbes: { minute: Date; ok: boolean }[] = []
  return {
    /** Hooks on the root instance, before any route is added, so every route is measured. */
    measure(app: FastifyInstance) {
      const delay = deps.slowDownMs ?? 0
      if (delay > 0)
        app.addHook('onRequest', async (request) => {
          if (!request.url.startsWith('/api/v1/status')) await sleep(delay)
        })
      app.addHook('onResponse', async (request, reply) => {
        if (request.headers[PROBE_HEADER]) return
        const journey = journeyOf(request.method, request.routeOptions.url, request.params)
        if (!journey) return
        recorder.observe(journey, reply.elapsedTime)
        prometheus.observe(journey, reply.elapsedTime)
      })
    },
    async flush() {
      // Both, even when the first fails: the second's counts need not wait for the first's rows.
      const outcomes = await Promise.allSettled([recorder.flush(), vitals.flush()])
      for (const o of outcomes) if (o.status === 'rejected') throw o.reason
    },
    /** The last finished hour into the change record, once per deployment (run after each probe). */
    summarize: () => summarizeLastHour({ ...deps, status: repository }),
    /** One probe; its outcome is kept until it can be written (a probe during a database outage counts as failed). */
    async probe(app: FastifyInstance) {
      const minute = new Date(Math.floor(deps.clock.now().getTime() / MINUTE_MS) * MINUTE_MS)
      const started = performance.now()
      let ok: boolean
      try {
        const headers = { [PROBE_HEADER]: '1' }
        const ready = await app.inject({ method: 'GET', url: '/ready', headers })
        const catalogue = await app.inject({ method: 'GET', url: '/api/v1/services', headers })
        ok = ready.statusCode === 200 && catalogue.statusCode === 200 && performance.now() - started <= PROBE_TIMEOUT_MS
      } catch {
        ok = false
      }
      prometheus.probed(ok)
      pendingProbes.push({ minute, ok })
      const toWrite = pendingProbes
      pendingProbes = []
      try {
        for (const p of toWrite) await repository.addProbe(deps.db, deps.office.id, p.minute, p.ok)
      } catch (err) {
        pendingProbes = [...toWrite, ...pendingProbes]
        throw err
      }
      return ok
    },
    async routes(instance: FastifyInstance) {
      const app = instance.withTypeProvider<TypeBoxTypeProvider>()
      const statusDeps = { ...deps, status: repository }
      app.route({
        ...fromContract(statsRoutes.status),
        handler: async (request, reply) => {
          reply.header('cache-control', 'public, max-age=30')
          return deps.reads.run(consistencyToken(request), (db) => status({ ...statusDeps, db }))
        },
      })
      // Every served office's histograms merged: the same answer whichever office the request names.
      app.route({
        ...fromContract(statsRoutes.statusRollup),
        handler: async (request, reply) => {
          reply.header('cache-control', 'public, max-age=30')
          return deps.reads.run(consistencyToken(request), (db) => status({ ...statusDeps, db }, deps.served))
        },
      })
      await app.register(vitalsRoutePlugin, { vitals })
      app.route({
        ...fromContract(statsRoutes.metrics),
        handler: async (request, reply) => {
          if (!hasMetricsToken(request.headers.authorization, deps.metricsToken)) throw notFound()
          return reply
            .type(prometheus.contentType)
            .header('cache-control', 'no-store')
            .send((await prometheus.text()) as never)
        },
      })
    },
  }
}

/** Reports per minute per client address: enough for a person's visits, too few to skew the figures. */
const VITALS_PER_MINUTE = 30

/**
 * Real-user timings, in their own scope: `navigator.sendBeacon` can only send JSON as `text/plain`,
 * so this route alone reads that type as JSON (and `application/json`); any other is refused with
 * 415 by Fastify before the handler. The handler only counts: the sender is never looked at.
 */
async function vitalsRoutePlugin(instance: FastifyInstance, options: { vitals: VitalsRecorder }) {
  instance.removeAllContentTypeParsers()
  instance.addContentTypeParser(
    ['application/json', 'text/plain'],
    { parseAs: 'string', bodyLimit: VITALS_BODY_LIMIT },
    (_request, body, done) => {
      if (body === '') return done(new AppError('request.empty_body'), undefined)
      try {
        done(null, JSON.parse(body as string))
      } catch {
        done(new AppError('request.malformed_json'), undefined)
      }
    },
  )
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const route = fromContract(statsRoutes.vitals)
  app.route({
    ...route,
    // Counted in memory, flushed later: the answer needs no consistency token.
    config: {
      ...route.config,
      rateLimit: { name: 'vitals', max: VITALS_PER_MINUTE, windowSeconds: 60 },
      changesNothing: true,
    },
    handler: async (request, reply) => {
      options.vitals.observe(request.body)
      return reply.status(204).header('cache-control', 'no-store').send(null)
    },
  })
}
