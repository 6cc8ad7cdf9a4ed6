import { and, arrayContains, desc, eq, gt, isNull, sql } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applicantConsents, integrationClients } from './integrations.table.ts'

export type ConsentRow = typeof applicantConsents.$inferSelect
export interface ConsentWithClient {
  consent: ConsentRow
  client: { id: string; name: string; ownerOrganisation: string }
}

const clientSummary = {
  id: integrationClients.id,
  name: integrationClients.name,
  ownerOrganisation: integrationClients.ownerOrganisation,
}

/** Consents of applicants to integration clients: written by the applicant, read at every filing step. */
export function createConsentsRepository() {
  return {
    /** Clients that may file for someone: not revoked, holding `applications:write`. */
    async filingClients(ex: Executor, officeId: string) {
      return ex
        .select({ ...clientSummary, serviceCodes: integrationClients.serviceCodes })
        .from(integrationClients)
        .where(
          and(
            eq(integrationClients.officeId, officeId),
            isNull(integrationClients.revokedAt),
            arrayContains(integrationClients.scopes, ['applications:write']),
          ),
        )
        .orderBy(integrationClients.name)
    },

    async insert(ex: Executor, values: typeof applicantConsents.$inferInsert): Promise<ConsentRow> {
      const [row] = await ex.insert(applicantConsents).values(values).returning()
      return row!
    },

    async ofApplicant(ex: Executor, applicantId: string, id?: string): Promise<ConsentWithClient[]> {
      return ex
        .select({ consent: applicantConsents, client: clientSummary })
        .from(applicantConsents)
        .innerJoin(integrationClients, eq(integrationClients.id, applicantConsents.clientId))
        .where(and(eq(applicantConsents.applicantId, applicantId), id ? eq(applicantConsents.id, id) : undefined))
        .orderBy(desc(applicantConsents.grantedAt))
    },

    /** Ends the applicant's consents in force to this client; answers their ids. */
    async revokeActive(ex: Executor, applicantId: string, clientId: string, at: Date): Promise<string[]> {
      const rows = await ex
        .update(applicantConsents)
        .set({ revokedAt: at })
        .where(
          and(
            eq(applicantConsents.applicantId, applicantId),
            eq(applicantConsents.clientId, clientId),
            isNull(applicantConsents.revokedAt),
            gt(applicantConsents.expiresAt, at),
          ),
        )
        .returning({ id: applicantConsents.id })
      return rows.map((row) => row.id)
    },

    async revoke(ex: Executor, id: string, at: Date): Promise<ConsentRow | undefined> {
      const [row] = await ex
        .update(applicantConsents)
        .set({ revokedAt: at })
        .where(and(eq(applicantConsents.id, id), isNull(applicantConsents.revokedAt)))
        .returning()
      return row
    },

    /** Whether the applicant's consent lets the client file this service type now. */
    async allows(ex: Executor, clientId: string, applicantId: string, serviceCode: string, at: Date) {
      const [row] = await ex
        .select({ id: applicantConsents.id })
        .from(applicantConsents)
        .where(
          and(
            eq(applicantConsents.clientId, clientId),
            eq(applicantConsents.applicantId, applicantId),
            isNull(applicantConsents.revokedAt),
            gt(applicantConsents.expiresAt, at),
            sql`${serviceCode} = any(${applicantConsents.serviceCodes})`,
          ),
        )
        .limit(1)
      return row !== undefined
    },
  }
}
export type ConsentsRepository = ReturnType<typeof createConsentsRepository>
