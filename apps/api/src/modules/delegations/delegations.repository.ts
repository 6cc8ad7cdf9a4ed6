import { and, desc, eq, gte, isNull, lte } from 'drizzle-orm'
import { alias } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import { delegations } from './delegations.table.ts'

export type DelegationRow = typeof delegations.$inferSelect
const delegate = alias(users, 'delegate')
const granter = alias(users, 'granter')

export function createDelegationsRepository() {
  return {
    async list(ex: Executor, officeId: string) {
      return ex
        .select({ delegation: delegations, delegateName: delegate.fullName, createdByName: granter.fullName })
        .from(delegations)
        .innerJoin(delegate, eq(delegate.id, delegations.delegateId))
        .innerJoin(granter, eq(granter.id, delegations.createdBy))
        .where(eq(delegations.officeId, officeId))
        .orderBy(desc(delegations.startsOn))
    },
    /** Delegations in force whose window touches [from, to]. */
    async overlapping(ex: Executor, officeId: string, from: string, to: string): Promise<DelegationRow[]> {
      return ex
        .select()
        .from(delegations)
        .where(
          and(
            eq(delegations.officeId, officeId),
            isNull(delegations.revokedAt),
            lte(delegations.startsOn, to),
            gte(delegations.endsOn, from),
          ),
        )
    },
    async insert(ex: Executor, values: typeof delegations.$inferInsert): Promise<DelegationRow> {
      const [row] = await ex.insert(delegations).values(values).returning()
      return row!
    },
    /** Delegations to an officer not withdrawn yet, current or future. */
    async toDelegate(ex: Executor, officeId: string, delegateId: string): Promise<DelegationRow[]> {
      return ex
        .select()
        .from(delegations)
        .where(
          and(
            eq(delegations.officeId, officeId),
            eq(delegations.delegateId, delegateId),
            isNull(delegations.revokedAt),
          ),
        )
    },
    async revoke(
      ex: Executor,
      officeId: string,
      id: string,
      revokedBy: string | null,
      at: Date,
    ): Promise<DelegationRow | undefined> {
      const [row] = await ex
        .update(delegations)
        .set({ revokedAt: at, revokedBy })
        .where(and(eq(delegations.officeId, officeId), eq(delegations.id, id), isNull(delegations.revokedAt)))
        .returning()
      return row
    },
  }
}
export type DelegationsRepository = ReturnType<typeof createDelegationsRepository>
