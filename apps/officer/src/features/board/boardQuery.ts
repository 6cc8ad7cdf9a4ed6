import { stageKeys, type StageKey } from '@pintu/contract'
import type { LocationQuery } from 'vue-router'
import { filtersFromRoute, routeQueryForFilters, type WorkFilterValues } from '@/shared/workFilters.ts'

export interface BoardQuery extends WorkFilterValues {
  stage?: StageKey
  page: number
}

/** The board's filters live in the URL, so a supervisor can share or reload a view. Bad values are ignored. */
export function boardQueryFromRoute(query: LocationQuery): BoardQuery {
  const stage =
    typeof query.stage === 'string' && (stageKeys as readonly string[]).includes(query.stage)
      ? (query.stage as StageKey)
      : undefined
  const page = Number(query.page)
  return {
    ...(stage && { stage }),
    ...filtersFromRoute(query),
    page: Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1,
  }
}

export function routeQueryFor(query: BoardQuery): Record<string, string> {
  return {
    ...(query.stage && { stage: query.stage }),
    ...routeQueryForFilters(query),
    ...(query.page > 1 && { page: String(query.page) }),
  }
}
