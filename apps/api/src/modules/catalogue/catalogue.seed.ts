import { retiredServices, services } from '@pintu/catalogue'
import type { ServiceDefinition } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CatalogueRepository } from './catalogue.repository.ts'
import { SEED_ACTOR_ID } from './catalogue.mappers.ts'
import { searchTextOf } from './search-text.ts'

/**
 * Seeds the catalogue once, on an office with no service types: every service in force as
 * published version 1, and the retired ones with their retirement, so history is complete.
 */
export async function seedCatalogue(
  ex: Executor,
  repo: CatalogueRepository,
  office: Office,
  now: Date,
): Promise<boolean> {
  if ((await repo.countTypes(ex, office.id)) > 0) return false
  const seed = async (
    definition: ServiceDefinition,
    validFrom: Date,
    retired?: { at: Date; reason: { id: string; en: string } },
  ) => {
    const type = await repo.insertType(ex, {
      officeId: office.id,
      code: definition.code,
      kind: definition.kind,
      sector: definition.sector,
      createdAt: now,
      retiredAt: retired?.at ?? null,
      retiredReason: retired?.reason ?? null,
    })
    await repo.insertVersion(ex, {
      serviceTypeId: type.id,
      version: 1,
      status: 'published',
      revision: 1,
      definition,
      searchText: searchTextOf(definition),
      validFrom,
      validTo: retired?.at ?? null,
      createdBy: SEED_ACTOR_ID,
      updatedBy: SEED_ACTOR_ID,
      editorIds: [SEED_ACTOR_ID],
      publishedBy: SEED_ACTOR_ID,
      createdAt: now,
      updatedAt: now,
    })
  }
  // Retired services are dated from June 2015, when the office's online service began.
  const onlineSince = new Date('2015-06-01T00:00:00+07:00')
  for (const { definition, retiredAt, reason } of retiredServices) {
    await seed(definition, onlineSince, { at: new Date(retiredAt), reason })
  }
  // The catalogue in force dates from the 2017 SOP (Perwal Kota Bandung 235/2017), not from the moment of seeding,
  // so history and tests can place applications anywhere since then.
  const sop2017 = new Date('2017-01-01T00:00:00+07:00')
  for (const definition of services) await seed(definition, sop2017)
  return true
}
