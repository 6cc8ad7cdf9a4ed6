import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { transparencyRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { requireActor, type Actor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Executor } from '../../db/transaction.ts'
import { applicationEntries } from './entry-proofs.usecases.ts'
import * as transparency from './transparency.usecases.ts'
import { verifyOneAtATime, type LogVerifier } from './verify-one-at-a-time.ts'

/** C2SP tlog-tiles: the checkpoint is mutable (a few seconds of cache), tiles never change. */
const CHECKPOINT_CACHE = 'public, max-age=5'
const TILE_CACHE = 'public, max-age=31536000, immutable'

/** What the log needs of the applications module: who may see which file. */
export interface FileAccess {
  /** The id of the submitted application a tracking code opens; 404 `tracking.not_found` otherwise. */
  trackedId(registrationNo: string, code: string): Promise<string>
  /** Throws 404/403 unless this caller may see the application. */
  loadVisible(ex: Executor, id: string, actor: Actor): Promise<unknown>
}

export async function transparencyRoutesPlugin(
  instance: FastifyInstance,
  options: {
    deps: transparency.TransparencyReadDeps
    files: FileAccess
    verify: LogVerifier
    trackLimitPerMinute: number
  },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps, files } = options
  const verify = verifyOneAtATime(options.verify)
  app.route({
    ...fromContract(transparencyRoutes.checkpoint),
    handler: async (_request, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .header('cache-control', CHECKPOINT_CACHE)
        .send(await transparency.checkpointNote(deps)),
  })
  app.route({
    ...fromContract(transparencyRoutes.tile),
    handler: async (request, reply) => {
      const data = await transparency.tileAt(deps, request.params['*'])
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
  app.route({ ...fromContract(transparencyRoutes.state), handler: async () => transparency.logState(deps) })
  app.route({
    ...fromContract(transparencyRoutes.inclusionProof),
    handler: async (request) => transparency.inclusionProof(deps, request.query),
  })
  app.route({
    ...fromContract(transparencyRoutes.consistencyProof),
    handler: async (request) => transparency.consistencyProof(deps, request.query),
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
      applicationEntries(
        deps,
        await files.trackedId(request.params.registrationNo, request.query.code),
        request.query.after,
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
    handler: async (request) => verify(request.body.witnessCheckpoints ?? []),
  })
}
