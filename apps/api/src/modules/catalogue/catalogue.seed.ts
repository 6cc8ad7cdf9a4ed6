import { retiredServices, services } from '@pintu/catalogue'
import { officeDays, type OfficeDays, type ServiceDefinition } from '@pintu/contract'
import type { Executor } from '../../db/transaction.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { CatalogueRepository } from './catalogue.repository.ts'
import { SEED_ACTOR_ID } from './catalogue.mappers.ts'
import { searchTextOf } from './search-text.ts'

/**
 * A moment of the catalogue's history (`2017-07-01T00:00:00+07:00`: a decree's date and time as
 * written, in Bandung's zone where the template was drawn up) at the same date and time in the
 * office's own zone, so a service retired "from 1 July" is retired from 00:00 of that office's
 * 1 July, the day its clocks (officeDays) call 1 July.
 */
export function atOfficeTime(days: OfficeDays, written: string): Date {
  const wall = written.slice(0, 19)
  const date = wall.slice(0, 10)
  const sinceMidnight = Date.parse(`${wall}Z`) - Date.parse(`${date}T00:00:00Z`)
  return new Date(days.startOfDay(date).getTime() + sinceMidnight)
}

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
  const days = officeDays(office.timezone)
  // Retired services are dated from June 2015, when the office's online service began.
  const onlineSince = days.startOfDay('2015-06-01')
  for (const { definition, retiredAt, reason } of retiredServices) {
    await seed(definition, onlineSince, { at: atOfficeTime(days, retiredAt), reason })
  }
  // The catalogue in force dates from the 2017 SOP (Perwal Kota Bandung 235/2017), not from the moment of seeding,
  // so history and tests can place applications anywhere since then: from 1 January 2017 in each office's zone.
  const sop2017 = days.startOfDay('2017-01-01')
  for (const definition of services) await seed(definition, sop2017)
  return true
}
