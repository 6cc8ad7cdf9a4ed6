import { factsOf } from '../offices/office-facts.ts'
import { systemRoutes, type Site } from '@pintu/contract'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { PublicReadsSource } from '../../db/public-reads.ts'
import { AppError } from '../../errors/app-error.ts'
import { fromContract } from '../../plugins/route.ts'

export async function systemRoutesPlugin(
  instance: FastifyInstance,
  options: {
    simulators: Site['simulators']
    officeContact: Pick<Site['office'], 'hours' | 'phone' | 'email'>
    certifiedSigning: NonNullable<Site['certifiedSigning']>
    /** Which database serves the public reads now, when a replica is configured. */
    publicReads: () => PublicReadsSource
  },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { simulators } = options
  app.route({ ...fromContract(systemRoutes.health), handler: async () => ({ status: 'ok' as const }) })
  app.route({
    ...fromContract(systemRoutes.ready),
    handler: async () => {
      // The same answer as any request meeting the outage: a load balancer and a client read one code.
      if (!(await app.ctx.database.ping()))
        throw new AppError('service.unavailable', { headers: { 'retry-after': '5' } })
      const publicReads = options.publicReads()
      return {
        status: 'ready' as const,
        database: app.ctx.database.engine,
        simulators,
        ...(publicReads && { publicReads }),
      }
    },
  })
  app.route({
    ...fromContract(systemRoutes.site),
    handler: async () => ({
      officeCode: app.ctx.office.code,
      // The served office's name and address from the registry (the contacts are the deployment's).
      office: {
        name: { ...factsOf(app.ctx.office).name },
        address: factsOf(app.ctx.office).address,
        timezone: app.ctx.office.timezone,
        ...options.officeContact,
      },
      simulators,
      // The officer SPA asks the signer for their passphrase when a certified signing service is in use.
      certifiedSigning: options.certifiedSigning,
    }),
  })
}
