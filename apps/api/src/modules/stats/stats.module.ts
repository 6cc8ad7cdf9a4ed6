import type { FastifyInstance } from 'fastify'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { PublicReads } from '../../db/public-reads.ts'
import type { NonWorkingDays } from '../calendar/non-working-days.ts'
import type { Office } from '../offices/offices.repository.ts'
import { createStatsRecorder } from './stats-recorder.ts'
import { runRollups } from './stats-rollups.ts'
import { createStatsOfficerRollupsRepository } from './stats-officer-rollups.repository.ts'
import { createStatsRollupsRepository } from './stats-rollups.repository.ts'
import { createStatsRepository } from './stats.repository.ts'
import { officeDays } from '@pintu/contract'
import type { CellFigures } from './stats-rollup.usecases.ts'
import { statsRoutesPlugin } from './stats.routes.ts'
import * as stats from './stats.usecases.ts'
import { createWorkWeekReader } from './work-week.ts'

/**
 * Public statistics. Made before the changes module: its recorder subscribes to the change record,
 * which calls it in the transaction of every change; its routes only read what the recorder kept.
 */
export function createStatsModule(
  deps: { db: Db; clock: Clock; office: Office; nonWorkingDays: NonWorkingDays },
  web: { reads: PublicReads; cell: CellFigures },
) {
  const repository = createStatsRepository()
  const rollups = createStatsRollupsRepository()
  const officerRollups = createStatsOfficerRollupsRepository()
  const statsDeps = { ...deps, stats: repository, rollups, officerRollups }
  // This office's public figures, for the deployment's roll-ups (read as its own routes read them).
  const publicRead = <T>(consistency: string | undefined, step: (d: stats.StatsDeps) => Promise<T>) =>
    web.reads.run(consistency, (db) => step({ ...statsDeps, db }))
  web.cell.add({
    office: deps.office,
    today: () => officeDays(deps.office.timezone).dateOf(deps.clock.now()),
    backlog: (consistency, query) => publicRead(consistency, (d) => stats.backlog(d, query)),
    daily: (consistency, query) => publicRead(consistency, (d) => stats.daily(d, query)),
    sla: (consistency, query) => publicRead(consistency, (d) => stats.slaTallies(d, query)),
  })
  return {
    recorder: createStatsRecorder({ repository, office: deps.office, nonWorkingDays: deps.nonWorkingDays }),
    /** What the office finished lately, for the supervisor board (from the same counters). */
    workWeek: createWorkWeekReader(),
    /** Folds finished days into their snapshots and folded counters (the rollup job). */
    runRollups: () => runRollups(statsDeps),
    routes: (app: FastifyInstance) =>
      app.register(statsRoutesPlugin, { deps: statsDeps, reads: web.reads, cell: web.cell }),
  }
}
