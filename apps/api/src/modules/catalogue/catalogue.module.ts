import type { FastifyInstance } from 'fastify'
import type { PublicReads } from '../../db/public-reads.ts'
import { createCatalogueRepository } from './catalogue.repository.ts'
import { catalogueRoutesPlugin } from './catalogue.routes.ts'
import type { CatalogueDeps } from './catalogue.usecases.ts'

/** The catalogue: published versions others pin and read, and dual-control administration. */
export function createCatalogueModule(deps: Omit<CatalogueDeps, 'catalogue'>, web: { reads: PublicReads }) {
  const full: CatalogueDeps = { ...deps, catalogue: createCatalogueRepository() }
  const { findType, currentVersion, pinnedDefinition } = full.catalogue
  return {
    routes: (app: FastifyInstance) => app.register(catalogueRoutesPlugin, { deps: full, reads: web.reads }),
    /** What applications read: the service types in force and the versions they pin (cached once published). */
    reads: { findType, currentVersion, pinnedDefinition },
  }
}
