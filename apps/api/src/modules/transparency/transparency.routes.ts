import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { transparencyRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor, type Actor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Db } from '../../db/database.ts'
import type { PublicReads } from '../../db/public-reads.ts'
import type { Executor } from '../../db/transaction.ts'
import { consistencyToken } from '../../plugins/read-consistency.ts'
import { applicationEntries, type FileLogDeps } from './entry-proofs.usecases.ts'
import * as transparency from './transparency.usecases.ts'
import { verifyOneAtATime, type LogVerifier } from './verify-one-at-a-time.ts'

/** C2SP tlog-tiles: the checkpoint is mutable (a few seconds of cache), tiles never change. */
const CHECKPOINT_CACHE = 'public, max-age=5'
const TILE_CACHE = 'public, max-age=31536000, immutable'

/** What the log needs of the applications module: who may see which file. */
export interface FileAccess {
  /** The id of the submitted application a tracking code opens; 404 `tracking.not_found` otherwise. */
  trackedId(registrationNo: string, code: string, db?: Db): Promise<string>
  /** Throws 404/403 unless this caller may see the application. */
  loadVisible(ex: Executor, id: string, actor: Actor): Promise<unknown>
}

export async function transparencyRoutesPlugin(
  instance: FastifyInstance,
  options: {
    deps: FileLogDeps
    files: FileAccess
    verify: LogVerifier
    trackLimitPerMinute: number
    reads: PublicReads
  },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps, files } = options
  const verify = verifyOneAtATime(options.verify)
  // The log's public face is read from the replica when there is one (see db/public-reads.ts):
  // a checkpoint read there is consistent with the tiles read there.
  const publicRead = <T>(request: FastifyRequest, step: (d: FileLogDeps) => Promise<T>) =>
    options.reads.run(consistencyToken(request), (db) => step({ ...deps, db }))
  app.route({
    ...fromContract(transparencyRoutes.checkpoint),
    handler: async (request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .header('cache-control', CHECKPOINT_CACHE)
        .send(await publicRead(request, (d) => transparency.checkpointNote(d))),
  })
  app.route({
    ...fromContract(transparencyRoutes.tile),
    handler: async (request, reply) => {
      const data = await publicRead(request, (d) => transparency.tileAt(d, request.params['*']))
      return reply
        .type('application/octet-stream')
        .header('cache-control', TILE_CACHE)
        .send(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as never)
    },
  })
  app.route({
    ...fromContract(transparencyRoutes.vkey),
    handler: async (_request, reply) => reply.type('text/plain; charset=utf-8').send(`${deps.vkey}\n`),
  })
  app.route({
    ...fromContract(transparencyRoutes.state),
    handler: async (request) => publicRead(request, (d) => transparency.logState(d)),
  })
  app.route({
    ...fromContract(transparencyRoutes.inclusionProof),
    handler: async (request) => publicRead(request, (d) => transparency.inclusionProof(d, request.query)),
  })
  app.route({
    ...fromContract(transparencyRoutes.consistencyProof),
    handler: async (request) => publicRead(request, (d) => transparency.consistencyProof(d, request.query)),
  })

  const trackedLog = fromContract(transparencyRoutes.trackedLog)
  app.route({
    ...trackedLog,
    // The tracking code opens this as it opens /track, so guessing it is as slow here.
    config: {
      ...trackedLog.config,
      rateLimit: { name: 'tracking', max: options.trackLimitPerMinute, windowSeconds: 60 },
    },
    handler: async (request) =>
      publicRead(request, async (d) =>
        applicationEntries(
          d,
          await files.trackedId(request.params.registrationNo, request.query.code, d.db),
          request.query.after,
        ),
      ),
  })
  app.route({
    ...fromContract(transparencyRoutes.applicationLog),
    handler: async (request) => {
      await files.loadVisible(deps.db, request.params.id, requireActor(request))
      return applicationEntries(deps, request.params.id, request.query.after)
    },
  })
  app.route({
    ...fromContract(transparencyRoutes.verify),
    // A POST that only computes: its answer needs no consistency token.
    config: { ...fromContract(transparencyRoutes.verify).config, changesNothing: true },
    handler: async (request) => verify(request.body.witnessCheckpoints ?? []),
  })
}
