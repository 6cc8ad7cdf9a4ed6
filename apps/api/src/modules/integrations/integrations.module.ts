import { clientTokenAudience } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import { createClientGuard } from './client-guard.ts'
import { createConsentsRepository } from './consents.repository.ts'
import { consentRoutesPlugin } from './consents.routes.ts'
import type { FilingReads } from './filing.usecases.ts'
import { createIntegrationsRepository } from './integrations.repository.ts'
import { integrationRoutesPlugin, type IntegrationReads } from './integrations.routes.ts'
import type { IntegrationsDeps } from './integrations.usecases.ts'

/**
 * Integration clients. The guard is made first: the auth plugin asks it, on every client call,
 * what the client may do now; the routes come later, with what they read from other modules.
 */
export function createIntegrationsModule(
  deps: Omit<IntegrationsDeps, 'clients' | 'consents' | 'guard' | 'audience'> & { publicUrl: string },
) {
  const clients = createIntegrationsRepository()
  const guard = createClientGuard({ db: deps.db, office: deps.office, clients })
  const full: IntegrationsDeps = {
    ...deps,
    clients,
    consents: createConsentsRepository(),
    guard,
    audience: clientTokenAudience(deps.publicUrl),
  }
  return {
    guard,
    audience: full.audience,
    routes: async (app: FastifyInstance, reads: IntegrationReads & FilingReads) => {
      await app.register(integrationRoutesPlugin, { deps: full, reads })
      await app.register(consentRoutesPlugin, { deps: full, reads })
    },
  }
}
