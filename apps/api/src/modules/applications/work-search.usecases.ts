import {
  officeDays,
  stageKeys,
  type Board,
  type BoardHistory,
  type BoardQuery,
  type Queue,
  type QueueQuery,
} from '@pintu/contract'
import type { ApplicationsDeps, Caller } from './applications.deps.ts'
import { createWorkSearchRepository, type WorkSearchRepository } from './work-search.repository.ts'
import { toQueueItem } from './work.usecases.ts'

export interface WorkSearchDeps extends ApplicationsDeps {
  workSearch: WorkSearchRepository
}

/** The search's dependencies: the module's, and the search queries. */
export const workSearchDeps = (deps: ApplicationsDeps): WorkSearchDeps => ({
  ...deps,
  workSearch: createWorkSearchRepository(),
})

/** An officer's queue holds at most this many files at once (the assignment rule spreads the load). */
const QUEUE_LIMIT = 500

/** My queue, narrowed by the filters: never more than the files the system assigned to me. */
export async function searchMyQueue(deps: WorkSearchDeps, caller: Caller, query: QueueQuery): Promise<Queue> {
  const today = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  const [found, me] = await Promise.all([
    deps.workSearch.search(deps.db, {
      officeId: deps.office.id,
      assigneeId: caller.actor.id,
      filters: query,
      today,
      limit: QUEUE_LIMIT,
      offset: 0,
    }),
    deps.people.find(deps.db, caller.actor.id),
  ])
  return {
    onDuty: me?.onDuty ?? false,
    items: await Promise.all(found.rows.map((r) => toQueueItem(deps, deps.db, r.application, today, null))),
  }
}

/** Monday of the week that holds `date` (an office date), as an ISO date. */
export function mondayOf(date: string): string {
  const day = new Date(`${date}T00:00:00Z`)
  const back = (day.getUTCDay() + 6) % 7
  day.setUTCDate(day.getUTCDate() - back)
  return day.toISOString().slice(0, 10)
}

async function history(deps: WorkSearchDeps, today: string): Promise<BoardHistory> {
  const since = mondayOf(today)
  const [stages, outcomes] = await Promise.all([
    deps.workWeek.stagesFinishedSince(deps.db, deps.office.id, since),
    deps.workWeek.outcomesSince(deps.db, deps.office.id, since),
  ])
  const countOf = (status: string) => outcomes.find((o) => o.status === status)?.count ?? 0
  return {
    since,
    stagesFinished: stageKeys.map((stage) => ({ stage, count: stages.find((s) => s.stage === stage)?.count ?? 0 })),
    outcomes: {
      issued: countOf('issued'),
      rejected: countOf('rejected'),
      withdrawn: countOf('withdrawn'),
      expired: countOf('expired'),
    },
  }
}

/** The supervisor board: open files by stage, this week's history, and a filtered page of open files. */
export async function searchBoard(deps: WorkSearchDeps, query: BoardQuery): Promise<Board> {
  const today = officeDays(deps.office.timezone).dateOf(deps.clock.now())
  const page = query.page ?? 1
  const pageSize = query.pageSize ?? 20
  const { page: _page, pageSize: _size, ...filters } = query
  const [counts, found, reassignments, week] = await Promise.all([
    deps.applications.stageCounts(deps.db, deps.office.id, today),
    deps.workSearch.search(deps.db, {
      officeId: deps.office.id,
      filters,
      today,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    }),
    deps.applications.reassignmentCounts(deps.db, deps.office.id),
    history(deps, today),
  ])
  return {
    stages: counts.map((c) => ({
      stage: c.stage as Board['stages'][number]['stage'],
      count: c.count,
      overdue: c.overdue,
    })),
    reassignments,
    history: week,
    items: await Promise.all(found.rows.map((r) => toQueueItem(deps, deps.db, r.application, today, r.assigneeName))),
    total: found.total,
    page,
    pageSize,
  }
}
