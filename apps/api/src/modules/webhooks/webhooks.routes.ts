import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { webhookRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor, requireClient } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import * as webhooks from './webhooks.usecases.ts'

/** A route both clients (their own deliveries) and officers (every client's) may call. */
function callerOf(request: FastifyRequest): webhooks.WebhookCaller {
  if (request.client) return { kind: 'client', client: request.client, requestId: request.id }
  const actor = requireActor(request)
  const role = actor.roles.includes('admin') ? 'admin' : 'auditor'
  return { kind: 'officer', officerId: actor.id, role, requestId: request.id }
}

export async function webhookRoutesPlugin(instance: FastifyInstance, options: { deps: webhooks.WebhooksDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  app.route({
    ...fromContract(webhookRoutes.subscribe),
    handler: async (request, reply) =>
      reply.status(201).send(await webhooks.subscribe(deps, requireClient(request), request.body, request.id)),
  })
  app.route({
    ...fromContract(webhookRoutes.subscriptions),
    handler: async (request) => webhooks.listSubscriptions(deps, requireClient(request)),
  })
  app.route({
    ...fromContract(webhookRoutes.unsubscribe),
    handler: async (request, reply) => {
      await webhooks.unsubscribe(deps, requireClient(request), request.params.id, request.id)
      return reply.status(204).send(null)
    },
  })
  app.route({
    ...fromContract(webhookRoutes.deliveries),
    handler: async (request) => webhooks.listDeliveries(deps, callerOf(request), request.query),
  })
  app.route({
    ...fromContract(webhookRoutes.replay),
    handler: async (request) => webhooks.replay(deps, callerOf(request), request.params.id),
  })
  app.route({ ...fromContract(webhookRoutes.publicKey), handler: async () => webhooks.publicKey(deps) })
}
