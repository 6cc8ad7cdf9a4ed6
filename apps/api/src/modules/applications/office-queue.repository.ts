import { and, asc, eq, isNull, sql, type SQL } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import { applications, heldByOffice } from './applications.table.ts'

/** The office's files it holds (a new condition each call: Drizzle's conditions are parts of one query). */
function heldIn(officeId: string, ...more: (SQL | undefined)[]) {
  return and(eq(applications.officeId, officeId), heldByOffice(applications.status), ...more)
}

/**
 * The two deadlines a calendar change can move: the stage's (files the office holds) and the
 * applicant's to fix a returned file. Each query below reads one of them on one side of a date.
 */
const deadlines = {
  stage: { files: (officeId: string) => heldIn(officeId), due: applications.stageDueDate },
  fix: {
    files: (officeId: string) => and(eq(applications.officeId, officeId), eq(applications.status, 'returned')),
    due: applications.returnDueDate,
  },
}

function filesByDeadline(
  ex: Executor,
  p: { officeId: string; deadline: keyof typeof deadlines; side: 'from' | 'before'; date: string },
) {
  const { files, due } = deadlines[p.deadline]
  const side = p.side === 'from' ? sql`${due} >= ${p.date}` : sql`${due} < ${p.date}`
  return ex
    .select()
    .from(applications)
    .where(and(files(p.officeId), side))
}

/** The office's work queue: the files it holds, by officer, stage and due date. */
export function createOfficeQueueRepository() {
  return {
    async assignedTo(ex: Executor, officerId: string) {
      return ex
        .select()
        .from(applications)
        .where(and(eq(applications.assigneeId, officerId), heldByOffice(applications.status)))
        .orderBy(asc(applications.stageDueDate), asc(applications.stageStartedAt))
    },

    /** Files an officer holds, with what decides whether the holder may still act on them. */
    async heldWithHolder(ex: Executor, officeId: string) {
      const rows = await ex
        .select({ application: applications, holderRoles: users.roles, holderDeactivatedAt: users.deactivatedAt })
        .from(applications)
        .innerJoin(users, eq(users.id, applications.assigneeId))
        .where(heldIn(officeId))
      return rows.map((r) => ({
        application: r.application,
        holderRoles: r.holderRoles,
        holderDeactivated: r.holderDeactivatedAt !== null,
      }))
    },

    async stageCounts(ex: Executor, officeId: string, today: string) {
      return ex
        .select({
          stage: sql<string>`case when ${applications.assigneeId} is null then 'unassigned' else ${applications.currentStage} end`,
          count: sql<number>`count(*)`.mapWith(Number),
          overdue: sql<number>`count(*) filter (where ${applications.stageDueDate} < ${today})`.mapWith(Number),
        })
        .from(applications)
        .where(heldIn(officeId))
        .groupBy(sql`1`)
    },

    /** Open files waiting for an officer of this office. */
    async unassigned(ex: Executor, officeId: string) {
      return ex
        .select()
        .from(applications)
        .where(heldIn(officeId, isNull(applications.assigneeId)))
    },

    /** Files in a stage whose due date falls on or after `date`: a calendar change there can move it. */
    async heldDueFrom(ex: Executor, officeId: string, date: string) {
      return filesByDeadline(ex, { officeId, deadline: 'stage', side: 'from', date })
    },

    /** Files in a stage whose due date is before `date`: past the close of their last working day. */
    async heldDueBefore(ex: Executor, officeId: string, date: string) {
      return filesByDeadline(ex, { officeId, deadline: 'stage', side: 'before', date })
    },

    /** Returned files whose deadline to fix them falls on or after `date`: a calendar change there can move it. */
    async returnedDueFrom(ex: Executor, officeId: string, date: string) {
      return filesByDeadline(ex, { officeId, deadline: 'fix', side: 'from', date })
    },

    /** Returned files past the close of their deadline to fix them. */
    async returnedDueBefore(ex: Executor, officeId: string, date: string) {
      return filesByDeadline(ex, { officeId, deadline: 'fix', side: 'before', date })
    },

    /** Due dates are derived data: recomputing one is not a change of the application, so the version stays. */
    async setStageDueDate(ex: Executor, id: string, stageDueDate: string): Promise<void> {
      await ex.update(applications).set({ stageDueDate }).where(eq(applications.id, id))
    },

    async setReturnDueDate(ex: Executor, id: string, returnDueDate: string): Promise<void> {
      await ex.update(applications).set({ returnDueDate }).where(eq(applications.id, id))
    },
  }
}
