import type { ServiceDefinition } from '@pintu/contract'
import type { FastifyInstance } from 'fastify'
import type { Executor } from '../../db/transaction.ts'
import type { ApplicationRow } from '../applications/applications.repository.ts'
import { createPermitsRepository } from './permits.repository.ts'
import { permitRoutesPlugin } from './permits.routes.ts'
import { issuePermit, type PermitIssuingDeps, type PermitsDeps } from './permits.usecases.ts'

/**
 * Issuing runs as an effect of the transition into issued, so it is made before the applications
 * module; verification, the PDF and revocation read applications, so they are made after.
 */
export function createPermitIssuer(deps: Omit<PermitIssuingDeps, 'permits'>) {
  const issuing: PermitIssuingDeps = { ...deps, permits: createPermitsRepository() }
  return {
    issuePermit: (
      tx: Executor,
      app: ApplicationRow,
      definition: ServiceDefinition,
      signerId: string,
      requestId: string | null,
      passphrase?: string,
    ) => issuePermit(issuing, tx, app, definition, signerId, requestId, passphrase),
    permits(more: Omit<PermitsDeps, keyof PermitIssuingDeps>, options: { lookupLimitPerMinute: number }) {
      const full: PermitsDeps = { ...issuing, ...more }
      return {
        routes: (app: FastifyInstance) =>
          app.register(permitRoutesPlugin, { deps: full, lookupLimitPerMinute: options.lookupLimitPerMinute }),
      }
    },
  }
}
