import type { FastifyInstance } from 'fastify'
import { createBackEntryRepository } from './backentry.repository.ts'
import { backEntryRoutesPlugin } from './backentry.routes.ts'
import type { BackEntryDeps } from './backentry.usecases.ts'

/**
 * Paper back-entry under two-person control (SPEC §9): made after applications, whose drafts it brings in
 * through their own submission, and with the closures reader, whose days are the only ones it accepts.
 */
export function createBackEntryModule(deps: Omit<BackEntryDeps, 'backEntries'>) {
  const full: BackEntryDeps = { ...deps, backEntries: createBackEntryRepository() }
  return { routes: (app: FastifyInstance) => app.register(backEntryRoutesPlugin, { deps: full }) }
}
