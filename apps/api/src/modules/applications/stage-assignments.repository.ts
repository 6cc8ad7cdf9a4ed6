import { and, count, eq, gte, isNotNull, isNull, notInArray, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import { applications, officeReassignments, officerLoads, stageAssignments } from './applications.table.ts'

/** Who holds a file at each stage, who may be given one, and the kept load of each officer. */
export function createStageAssignmentsRepository() {
  return {
    async everAssigned(ex: Executor, applicationId: string, officerId: string): Promise<boolean> {
      const [row] = await ex
        .select({ n: count() })
        .from(stageAssignments)
        .where(and(eq(stageAssignments.applicationId, applicationId), eq(stageAssignments.officerId, officerId)))
      return (row?.n ?? 0) > 0
    },

    /** Officers on duty with the role (and the sector, where they are limited to some), with their kept load. */
    async eligibleOfficers(
      ex: Executor,
      p: { officeId: string; role: string; sector: string; excluded: string[]; alsoEligible?: string },
    ) {
      return ex
        .select({ id: users.id, load: sql<number>`coalesce(sum(${officerLoads.openFiles}), 0)`.mapWith(Number) })
        .from(users)
        .leftJoin(officerLoads, and(eq(officerLoads.officeId, users.officeId), eq(officerLoads.officerId, users.id)))
        .where(
          and(
            eq(users.officeId, p.officeId),
            eq(users.kind, 'officer'),
            eq(users.onDuty, true),
            isNull(users.deactivatedAt),
            sql`(${users.roles} @> array[${p.role}]::text[] or ${users.id} = ${p.alsoEligible ?? null}::uuid)`,
            sql`(${users.sectors} is null or ${p.sector} = any(${users.sectors}))`,
            p.excluded.length ? notInArray(users.id, p.excluded) : undefined,
          ),
        )
        .groupBy(users.id)
    },

    /**
     * Adds each delta to one slot of the officer's kept load, in one statement. Rows are taken in
     * (officer, slot) order so two transactions moving files between the same officers cannot deadlock.
     */
    async adjustLoads(
      ex: Executor,
      officeId: string,
      deltas: readonly { officerId: string; slot: number; delta: number }[],
    ): Promise<void> {
      if (deltas.length === 0) return
      const rows = [...deltas]
        .sort((a, b) => (a.officerId < b.officerId ? -1 : a.officerId > b.officerId ? 1 : a.slot - b.slot))
        .map((d) => ({ officeId, officerId: d.officerId, slot: d.slot, openFiles: d.delta }))
      await ex
        .insert(officerLoads)
        .values(rows)
        .onConflictDoUpdate({
          target: [officerLoads.officeId, officerLoads.officerId, officerLoads.slot],
          set: { openFiles: sql`${officerLoads.openFiles} + excluded.open_files` },
        })
    },

    /**
     * Ends the open assignment of the file and starts the new one, in one statement; a
     * reassignment (a supervisor's request or a reason) also adds to the office's kept count.
     */
    async handOverAssignment(
      ex: Executor,
      v: Omit<typeof stageAssignments.$inferInsert, 'id' | 'endedAt'> & {
        requestedBy: string | null
        reason: string | null
      },
    ): Promise<void> {
      await ex.execute(sql`
        with ended as (
          update ${stageAssignments} set ended_at = ${v.assignedAt}
          where application_id = ${v.applicationId} and ended_at is null)
        , assigned as (
          insert into ${stageAssignments} (application_id, stage, officer_id, assigned_at, requested_by, reason)
          values (${v.applicationId}, ${v.stage}, ${v.officerId}, ${v.assignedAt}, ${v.requestedBy}, ${v.reason}))
        insert into ${officeReassignments} as counts (office_id, by_supervisor, by_system)
        select office_id, ${v.requestedBy !== null ? 1 : 0}::int, ${v.requestedBy === null ? 1 : 0}::int
          from ${applications} where id = ${v.applicationId} and ${v.reason !== null || v.requestedBy !== null}::boolean
        on conflict (office_id) do update set
          by_supervisor = counts.by_supervisor + excluded.by_supervisor,
          by_system = counts.by_system + excluded.by_system`)
    },

    async endAssignments(ex: Executor, applicationId: string, at: Date): Promise<void> {
      await ex
        .update(stageAssignments)
        .set({ endedAt: at })
        .where(and(eq(stageAssignments.applicationId, applicationId), isNull(stageAssignments.endedAt)))
    },

    /** Supervisors who reassigned the file since `since`. */
    async reassignedBySince(ex: Executor, applicationId: string, since: Date): Promise<string[]> {
      const rows = await ex
        .select({ by: stageAssignments.requestedBy })
        .from(stageAssignments)
        .where(
          and(
            eq(stageAssignments.applicationId, applicationId),
            isNotNull(stageAssignments.requestedBy),
            gte(stageAssignments.assignedAt, since),
          ),
        )
      return rows.map((r) => r.by!)
    },

    /** Reassignments in this office: asked by a supervisor (requested_by set) or done by the system (reason only). */
    async reassignmentCounts(ex: Executor, officeId: string) {
      const [row] = await ex
        .select({ bySupervisor: officeReassignments.bySupervisor, bySystem: officeReassignments.bySystem })
        .from(officeReassignments)
        .where(eq(officeReassignments.officeId, officeId))
      return row ?? { bySupervisor: 0, bySystem: 0 }
    },
  }
}
