import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { transparencyRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { fromContract } from '../../plugins/route.ts'
import * as transparency from './transparency.usecases.ts'

/** C2SP tlog-tiles: the checkpoint is mutable (a few seconds of cache), tiles never change. */
const CHECKPOINT_CACHE = 'public, max-age=5'
const TILE_CACHE = 'public, max-age=31536000, immutable'

export async function transparencyRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: transparency.TransparencyReadDeps },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
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
}
