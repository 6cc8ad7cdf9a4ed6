import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { notificationRoutes } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Caller } from '../applications/applications.deps.ts'
import * as preferences from './notifications.usecases.ts'

export async function notificationRoutesPlugin(
  instance: FastifyInstance,
  options: { deps: preferences.PreferencesDeps },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { deps } = options
  const caller = (request: FastifyRequest): Caller => ({ actor: requireActor(request), requestId: request.id })
  app.route({
    ...fromContract(notificationRoutes.preferences),
    handler: async (request) => preferences.getPreferences(deps, caller(request)),
  })
  app.route({
    ...fromContract(notificationRoutes.setPreferences),
    handler: async (request) => preferences.setPreferences(deps, request.body, caller(request)),
  })
}
