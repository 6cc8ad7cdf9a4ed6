import { and, count, eq, gte, inArray, isNotNull, notInArray, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applications } from '../applications/applications.table.ts'
import { applicationEvents } from './changes.table.ts'

/** Reads of the application history for the supervisor board: what the office finished lately. */
export function createWorkHistoryReader() {
  return {
    /** Stages finished since `since`, by stage: people's actions that moved a file on from a stage. */
    async stagesFinishedSince(ex: Executor, officeId: string, since: Date) {
      return ex
        .select({ stage: applicationEvents.stage, count: count() })
        .from(applicationEvents)
        .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
        .where(
          and(
            eq(applications.officeId, officeId),
            gte(applicationEvents.at, since),
            isNotNull(applicationEvents.stage),
            // Hand-overs move a stage between officers; they finish nothing.
            notInArray(applicationEvents.action, ['assign', 'reassign', 'escalate']),
            sql`${applicationEvents.toStatus} is distinct from ${applicationEvents.fromStatus}`,
          ),
        )
        .groupBy(applicationEvents.stage)
    },

    /** Files that reached a final status since `since`, by that status. */
    async outcomesSince(ex: Executor, officeId: string, since: Date) {
      return ex
        .select({ status: applicationEvents.toStatus, count: count() })
        .from(applicationEvents)
        .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
        .where(
          and(
            eq(applications.officeId, officeId),
            gte(applicationEvents.at, since),
            inArray(applicationEvents.toStatus, ['issued', 'rejected', 'withdrawn', 'expired']),
          ),
        )
        .groupBy(applicationEvents.toStatus)
    },
  }
}
export type WorkHistoryReader = ReturnType<typeof createWorkHistoryReader>
