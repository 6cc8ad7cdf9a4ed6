import { stageKeys, type StageKey } from '@pintu/contract'
import type { LocationQuery } from 'vue-router'

export interface BoardQuery {
  stage?: StageKey
  page: number
}

/** The board's filter lives in the URL, so a supervisor can share or reload a view. Bad values are ignored. */
export function boardQueryFromRoute(query: LocationQuery): BoardQuery {
  const stage =
    typeof query.stage === 'string' && (stageKeys as readonly string[]).includes(query.stage)
      ? (query.stage as StageKey)
      : undefined
  const page = Number(query.page)
  return { ...(stage && { stage }), page: Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1 }
}

export function routeQueryFor(query: BoardQuery): Record<string, string> {
  return { ...(query.stage && { stage: query.stage }), ...(query.page > 1 && { page: String(query.page) }) }
}
