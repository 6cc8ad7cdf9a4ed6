import { sectors, serviceKinds, type Sector, type ServiceKind } from '@pintu/contract'
import type { LocationQuery, LocationQueryRaw } from 'vue-router'

/** What the catalogue shows, as kept in the address bar (`/layanan?q=reklame&kind=izin&page=2`). */
export interface CatalogueQuery {
  q: string
  kind: ServiceKind | null
  sector: Sector | null
  page: number
}

export const PAGE_SIZE = 20
const MAX_Q_LENGTH = 100 // the API refuses longer searches

function first(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value
  return typeof raw === 'string' ? raw : ''
}

function oneOf<T extends string>(values: readonly T[], value: string): T | null {
  return (values as readonly string[]).includes(value) ? (value as T) : null
}

/** Reads the address bar leniently: a hand-edited or stale link shows results instead of an error. */
export function parseCatalogueQuery(query: LocationQuery): CatalogueQuery {
  const page = Number(first(query.page))
  return {
    q: first(query.q).trim().slice(0, MAX_Q_LENGTH),
    kind: oneOf(serviceKinds, first(query.kind)),
    sector: oneOf(sectors, first(query.sector)),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
  }
}

/** The address-bar form: empty parts and page 1 are left out so links stay short and shareable. */
export function toRouteQuery(query: CatalogueQuery): LocationQueryRaw {
  return {
    ...(query.q && { q: query.q }),
    ...(query.kind && { kind: query.kind }),
    ...(query.sector && { sector: query.sector }),
    ...(query.page > 1 && { page: String(query.page) }),
  }
}

/** The API query for a catalogue state. */
export function toApiQuery(query: CatalogueQuery) {
  return {
    ...(query.q && { q: query.q }),
    ...(query.kind && { kind: query.kind }),
    ...(query.sector && { sector: query.sector }),
    page: query.page,
    pageSize: PAGE_SIZE,
  }
}
