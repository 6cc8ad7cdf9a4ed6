import { and, desc, eq, isNull } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applications } from '../applications/applications.table.ts'
import { closures, escalations } from './continuity.table.ts'
import { tryAdvisoryXactLock } from '../../db/advisory-lock.ts'

export type ClosureRow = typeof closures.$inferSelect

export function createContinuityRepository() {
  return {
    async closures(ex: Executor, officeId: string): Promise<ClosureRow[]> {
      return ex.select().from(closures).where(eq(closures.officeId, officeId)).orderBy(desc(closures.startsOn))
    },
    async insertClosure(ex: Executor, values: typeof closures.$inferInsert): Promise<ClosureRow> {
      const [row] = await ex.insert(closures).values(values).returning()
      return row!
    },
    async endClosure(
      ex: Executor,
      officeId: string,
      id: string,
      endsOn: string,
      endedBy: string,
    ): Promise<ClosureRow | undefined> {
      const [row] = await ex
        .update(closures)
        .set({ endsOn, endedBy })
        .where(and(eq(closures.officeId, officeId), eq(closures.id, id), isNull(closures.endsOn)))
        .returning()
      return row
    },
    async findClosure(ex: Executor, officeId: string, id: string): Promise<ClosureRow | undefined> {
      const [row] = await ex
        .select()
        .from(closures)
        .where(and(eq(closures.officeId, officeId), eq(closures.id, id)))
      return row
    },
    /** Takes the office's job lock for this transaction; false when another process holds it. */
    tryJobLock: tryAdvisoryXactLock,
    /** Records an escalation once; false when it was already recorded. */
    async escalate(ex: Executor, values: typeof escalations.$inferInsert): Promise<boolean> {
      const rows = await ex.insert(escalations).values(values).onConflictDoNothing().returning({ id: escalations.id })
      return rows.length === 1
    },
    async notifications(ex: Executor, officeId: string) {
      return ex
        .select({ escalation: escalations, registrationNo: applications.registrationNo })
        .from(escalations)
        .innerJoin(applications, eq(applications.id, escalations.applicationId))
        .where(eq(escalations.officeId, officeId))
        .orderBy(desc(escalations.createdAt))
        .limit(200)
    },
  }
}
export type ContinuityRepository = ReturnType<typeof createContinuityRepository>
