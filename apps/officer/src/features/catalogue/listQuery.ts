import type { AdminServiceListQuery } from '@pintu/contract'
import type { LocationQuery } from 'vue-router'

export type StatusFilter = NonNullable<AdminServiceListQuery['status']>
export const statusFilters: readonly StatusFilter[] = ['active', 'draft', 'retired']
export const pageSize = 20

/**
 * The catalogue list keeps its search in the URL, so Back returns to the same page of results and a
 * filtered list can be shared with a colleague. Anything malformed falls back to the default.
 */
export function listQueryFromRoute(
  query: LocationQuery,
): Required<Pick<AdminServiceListQuery, 'page' | 'pageSize'>> & AdminServiceListQuery {
  const q = typeof query.q === 'string' ? query.q.trim().slice(0, 100) : ''
  const status = statusFilters.find((value) => value === query.status)
  const page =
    typeof query.page === 'string' && /^\d{1,4}$/.test(query.page) && Number(query.page) >= 1 ? Number(query.page) : 1
  return { ...(q && { q }), ...(status && { status }), page, pageSize }
}

/** The URL query for a list request, leaving out defaults to keep links short. */
export function routeQueryFor(query: AdminServiceListQuery): Record<string, string> {
  return {
    ...(query.q && { q: query.q }),
    ...(query.status && { status: query.status }),
    ...(query.page && query.page > 1 && { page: String(query.page) }),
  }
}

export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size))
}
