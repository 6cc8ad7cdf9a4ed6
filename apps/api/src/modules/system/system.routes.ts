import { factsOf } from '../offices/office-facts.ts'
import { systemRoutes, type ServedOffice, type Site } from '@pintu/contract'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { PublicReadsSource } from '../../db/public-reads.ts'
import { AppError } from '../../errors/app-error.ts'
import { fromContract } from '../../plugins/route.ts'
import type { Office } from '../offices/offices.repository.ts'

/** A served office as the public list shows it: the registry's facts, nothing of the people who work there. */
function servedOffice(office: Office, isDefault: boolean): ServedOffice {
  const facts = factsOf(office)
  return {
    code: office.code,
    bpsCode: facts.bpsCode,
    province: { code: facts.provinceCode, name: { ...facts.provinceName } },
    region: { ...facts.regionName },
    name: { ...facts.name },
    shortName: facts.shortName,
    address: facts.address,
    timezone: facts.timezone,
    isDefault,
  }
}

export async function systemRoutesPlugin(
  instance: FastifyInstance,
  options: {
    simulators: Site['simulators']
    officeContact: Pick<Site['office'], 'hours' | 'phone' | 'email'>
    certifiedSigning: NonNullable<Site['certifiedSigning']>
    /** Which database serves the public reads now, when a replica is configured. */
    publicReads: () => PublicReadsSource
    /** Every office the deployment serves, the default first. */
    served: readonly Office[]
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
        shortName: factsOf(app.ctx.office).shortName,
        region: { ...factsOf(app.ctx.office).regionName },
        address: factsOf(app.ctx.office).address,
        timezone: app.ctx.office.timezone,
        ...options.officeContact,
      },
      simulators,
      // The officer SPA asks the signer for their passphrase when a certified signing service is in use.
      certifiedSigning: options.certifiedSigning,
      officesServed: options.served.length,
    }),
  })
  // Every office's module set answers this alike, so a client may ask whichever office it is routed to.
  const offices = { offices: options.served.map((office, index) => servedOffice(office, index === 0)) }
  app.route({
    ...fromContract(systemRoutes.offices),
    handler: async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=300')
      return offices
    },
  })
}
