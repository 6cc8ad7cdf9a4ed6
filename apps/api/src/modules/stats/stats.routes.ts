import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { statsRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { PublicReads } from '../../db/public-reads.ts'
import { consistencyToken } from '../../plugins/read-consistency.ts'
import { fromContract } from '../../plugins/route.ts'
import { backlogCsv, csvNames, dailyCsv, officerBacklogCsv, slaCsv, slaRollupCsv } from './stats-csv.ts'
import { officerBacklog } from './stats-officer.usecases.ts'
import type { CellFigures } from './stats-rollup.usecases.ts'
import * as stats from './stats.usecases.ts'

/** JSON, or CSV when the caller asks for it with `Accept: text/csv`. Public figures: caches may keep them a minute. */
function answer<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  report: T,
  toCsv: (r: T) => string,
  name: string,
  cache = 'public, max-age=60',
) {
  // The same address answers JSON or CSV: caches must keep them apart.
  reply.header('cache-control', cache).header('vary', 'Accept')
  if (!/\btext\/csv\b/.test(request.headers.accept ?? '')) return report
  return reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(toCsv(report) as never)
}

export async function statsRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: stats.StatsDeps; reads: PublicReads; cell: CellFigures },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  // The public figures are public reads: from the replica when there is one (see db/public-reads.ts).
  const publicRead = <T>(request: FastifyRequest, step: (d: stats.StatsDeps) => Promise<T>) =>
    options.reads.run(consistencyToken(request), (db) => step({ ...deps, db }))
  app.route({
    ...fromContract(statsRoutes.backlog),
    handler: async (request, reply) => {
      const report = await publicRead(request, (d) => stats.backlog(d, request.query))
      return answer(request, reply, report, backlogCsv, csvNames.backlog(report))
    },
  })
  app.route({
    ...fromContract(statsRoutes.officerBacklog),
    handler: async (request, reply) => {
      const report = await officerBacklog(deps, request.query)
      // Officer identities: never kept by a shared cache.
      return answer(
        request,
        reply,
        report,
        officerBacklogCsv,
        `laporan-tunggakan-${report.asOf}.csv`,
        'private, no-store',
      )
    },
  })
  app.route({
    ...fromContract(statsRoutes.daily),
    handler: async (request, reply) => {
      const report = await publicRead(request, (d) => stats.daily(d, request.query))
      return answer(request, reply, report, dailyCsv, csvNames.daily(report))
    },
  })
  // Every office's figures added up: the same answer whichever office the request was routed to.
  app.route({
    ...fromContract(statsRoutes.backlogRollup),
    handler: async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60')
      return options.cell.backlog(consistencyToken(request), request.query)
    },
  })
  app.route({
    ...fromContract(statsRoutes.dailyRollup),
    handler: async (request, reply) => {
      reply.header('cache-control', 'public, max-age=60')
      return options.cell.daily(consistencyToken(request), request.query)
    },
  })
  app.route({
    ...fromContract(statsRoutes.sla),
    handler: async (request, reply) => {
      const report = await publicRead(request, (d) => stats.sla(d, request.query))
      return answer(request, reply, report, slaCsv, csvNames.sla(report))
    },
  })
  app.route({
    ...fromContract(statsRoutes.slaRollup),
    handler: async (request, reply) => {
      const report = await options.cell.sla(consistencyToken(request), request.query)
      return answer(request, reply, report, slaRollupCsv, csvNames.slaRollup(report))
    },
  })
}
