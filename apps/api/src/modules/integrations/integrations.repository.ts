import { and, asc, desc, eq, gt, inArray, isNull, lt, or } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { integrationClientAssertions, integrationClients, integrationClientSecrets } from './integrations.table.ts'

export type ClientRow = typeof integrationClients.$inferSelect
export type SecretRow = typeof integrationClientSecrets.$inferSelect

/** Secrets that work at `at`: not expired (a null expiry never expires by itself). */
const liveAt = (at: Date) => or(isNull(integrationClientSecrets.expiresAt), gt(integrationClientSecrets.expiresAt, at))

export function createIntegrationsRepository() {
  return {
    async list(ex: Executor, officeId: string): Promise<ClientRow[]> {
      return ex
        .select()
        .from(integrationClients)
        .where(eq(integrationClients.officeId, officeId))
        .orderBy(desc(integrationClients.createdAt))
    },
    async find(ex: Executor, officeId: string, id: string): Promise<ClientRow | undefined> {
      const [row] = await ex
        .select()
        .from(integrationClients)
        .where(and(eq(integrationClients.officeId, officeId), eq(integrationClients.id, id)))
      return row
    },
    async insert(ex: Executor, values: typeof integrationClients.$inferInsert): Promise<ClientRow> {
      const [row] = await ex.insert(integrationClients).values(values).returning()
      return row!
    },
    async insertSecret(ex: Executor, values: typeof integrationClientSecrets.$inferInsert): Promise<SecretRow> {
      const [row] = await ex.insert(integrationClientSecrets).values(values).returning()
      return row!
    },
    async liveSecrets(ex: Executor, clientIds: string[], at: Date): Promise<SecretRow[]> {
      if (clientIds.length === 0) return []
      return ex
        .select()
        .from(integrationClientSecrets)
        .where(and(inArray(integrationClientSecrets.clientId, clientIds), liveAt(at)))
        .orderBy(asc(integrationClientSecrets.createdAt))
    },
    /** Ends every live secret of a client at `until` (a rotation's overlap, or now). */
    async expireSecrets(ex: Executor, clientId: string, at: Date, until: Date): Promise<void> {
      await ex
        .update(integrationClientSecrets)
        .set({ expiresAt: until })
        .where(and(eq(integrationClientSecrets.clientId, clientId), liveAt(at)))
    },
    /** Notes an assertion's jti; false when it was used before (a replay). Drops the client's expired ones. */
    async useAssertion(ex: Executor, clientId: string, jti: string, expiresAt: Date, at: Date): Promise<boolean> {
      await ex
        .delete(integrationClientAssertions)
        .where(and(eq(integrationClientAssertions.clientId, clientId), lt(integrationClientAssertions.expiresAt, at)))
      const rows = await ex
        .insert(integrationClientAssertions)
        .values({ clientId, jti, expiresAt })
        .onConflictDoNothing()
        .returning({ jti: integrationClientAssertions.jti })
      return rows.length === 1
    },
    async revoke(ex: Executor, officeId: string, id: string, by: string, at: Date): Promise<ClientRow | undefined> {
      const [row] = await ex
        .update(integrationClients)
        .set({ revokedAt: at, revokedBy: by })
        .where(
          and(
            eq(integrationClients.officeId, officeId),
            eq(integrationClients.id, id),
            isNull(integrationClients.revokedAt),
          ),
        )
        .returning()
      return row
    },
  }
}
export type IntegrationsRepository = ReturnType<typeof createIntegrationsRepository>
