import type { FastifyInstance } from 'fastify'
import type { Executor } from '../../db/transaction.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { Clock } from '../../clock.ts'
import { createContinuityRepository } from './continuity.repository.ts'
import { continuityRoutesPlugin } from './continuity.routes.ts'
import { closedDates, runEscalations, type ContinuityDeps } from './continuity.usecases.ts'

/**
 * Closed days are read by the calendar (due dates skip them), so the reader is made first; declaring
 * closures and the scheduled job move files, so the rest of the module comes after applications.
 */
export function createClosuresReader(deps: { clock: Clock; office: Office }) {
  const continuity = createContinuityRepository()
  return {
    closedDates: (ex: Executor) => closedDates({ ...deps, continuity }, ex),
    continuity(more: Omit<ContinuityDeps, 'continuity' | 'clock' | 'office'>) {
      const full: ContinuityDeps = { ...more, ...deps, continuity }
      return {
        routes: (app: FastifyInstance) => app.register(continuityRoutesPlugin, { deps: full }),
        runEscalations: () => runEscalations(full),
      }
    },
  }
}
