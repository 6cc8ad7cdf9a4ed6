import type { FastifyInstance } from 'fastify'
import type { Executor } from '../../db/transaction.ts'
import type { ActingSigner } from '../applications/applications.deps.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createDelegationsRepository } from './delegations.repository.ts'
import { delegationRoutesPlugin } from './delegations.routes.ts'
import { activeDelegation, withdrawDelegationsTo, type DelegationsDeps } from './delegations.usecases.ts'

/**
 * Who signs today is read by the applications module (assignment, the signer role of an acting
 * official), so the reader is made first; granting and withdrawing move files, so they come after.
 */
export function createDelegationsReader(deps: { office: Office }) {
  const delegations = createDelegationsRepository()
  const actingSigner: ActingSigner = (ex, date) => activeDelegation({ delegations, office: deps.office }, ex, date)
  return {
    actingSigner,
    delegations(more: Omit<DelegationsDeps, 'delegations' | 'office'>) {
      const full: DelegationsDeps = { ...more, office: deps.office, delegations }
      return {
        routes: (app: FastifyInstance) => app.register(delegationRoutesPlugin, { deps: full }),
        withdrawDelegationsTo: (tx: Executor, officerId: string, requestId: string) =>
          withdrawDelegationsTo(full, tx, officerId, requestId),
      }
    },
  }
}
