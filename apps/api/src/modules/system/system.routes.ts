import { OFFICE } from '@pintu/catalogue'
import { systemRoutes, type Site } from '@pintu/contract'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { fromContract } from '../../plugins/route.ts'

export async function systemRoutesPlugin(
  instance: FastifyInstance,
  options: {
    simulators: Site['simulators']
    officeContact: Pick<Site['office'], 'hours' | 'phone' | 'email'>
    certifiedSigning: NonNullable<Site['certifiedSigning']>
  },
) {
  const app = instance.withTypeProvider<TypeBoxTypeProvider>()
  const { simulators } = options
  app.route({ ...fromContract(systemRoutes.health), handler: async () => ({ status: 'ok' as const }) })
  app.route({
    ...fromContract(systemRoutes.ready),
    handler: async (_request, reply) => {
      const ok = await app.ctx.database.ping()
      return reply
        .status(ok ? 200 : 503)
        .send({ status: ok ? 'ready' : 'unavailable', database: app.ctx.database.engine, simulators })
    },
  })
  app.route({
    ...fromContract(systemRoutes.site),
    handler: async () => ({
      officeCode: app.ctx.office.code,
      // One office per deployment for now, seeded from the catalogue's OFFICE: its name and address.
      office: { name: { ...OFFICE.name }, address: OFFICE.address, ...options.officeContact },
      simulators,
      // The officer SPA asks the signer for their passphrase when a certified signing service is in use.
      certifiedSigning: options.certifiedSigning,
    }),
  })
}
