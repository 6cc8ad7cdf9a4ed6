import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { privacyRoutes } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { requireActor } from '../../plugins/auth.ts'
import { fromContract } from '../../plugins/route.ts'
import type { ApplicationsDeps } from './applications.deps.ts'
import { exportMyData } from './my-data.usecases.ts'

/** HTTP wiring only: the applicant's own data as a JSON download. */
export async function myDataRoutesPlugin(instance: FastifyInstance, options: { deps: ApplicationsDeps }) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  app.route({
    ...fromContract(privacyRoutes.myData),
    handler: async (request, reply) => {
      const data = await exportMyData(options.deps, { actor: requireActor(request), requestId: request.id })
      return reply
        .header('content-disposition', 'attachment; filename="pintu-data-saya.json"')
        .header('cache-control', 'private, no-store')
        .send(data)
    },
  })
}
