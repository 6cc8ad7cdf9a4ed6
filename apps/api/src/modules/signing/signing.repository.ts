import { and, desc, eq, isNotNull, isNull } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { users } from '../identity/identity.table.ts'
import type { CaMaterial } from './simulator-ca.ts'
import { signers, signingSimulatorCa } from './signing.table.ts'

export type SignerRow = typeof signers.$inferSelect

export function createSigningRepository() {
  return {
    async list(ex: Executor, officeId: string) {
      return ex
        .select({ signer: signers, officerName: users.fullName })
        .from(signers)
        .innerJoin(users, eq(users.id, signers.officerId))
        .where(eq(signers.officeId, officeId))
        .orderBy(desc(signers.enrolledAt))
    },
    async byId(ex: Executor, officeId: string, id: string) {
      const [row] = await ex
        .select({ signer: signers, officerName: users.fullName })
        .from(signers)
        .innerJoin(users, eq(users.id, signers.officerId))
        .where(and(eq(signers.officeId, officeId), eq(signers.id, id)))
      return row
    },
    /** The officer's enrolment in force, else their latest revoked one. */
    async ofOfficer(ex: Executor, officeId: string, officerId: string): Promise<SignerRow | undefined> {
      const rows = await ex
        .select()
        .from(signers)
        .where(and(eq(signers.officeId, officeId), eq(signers.officerId, officerId)))
        .orderBy(desc(signers.enrolledAt))
      return rows.find((r) => r.revokedAt === null) ?? rows[0]
    },
    async insert(ex: Executor, values: typeof signers.$inferInsert): Promise<SignerRow> {
      const [row] = await ex.insert(signers).values(values).returning()
      return row!
    },
    async revoke(ex: Executor, id: string, values: { revokedAt: Date; revokedBy: string; revokeReason: string }) {
      const [row] = await ex
        .update(signers)
        .set(values)
        .where(and(eq(signers.id, id), isNull(signers.revokedAt)))
        .returning()
      return row
    },
    async revokedSerials(ex: Executor, officeId: string) {
      return ex
        .select({ serial: signers.certificateSerial, at: signers.revokedAt })
        .from(signers)
        .where(and(eq(signers.officeId, officeId), isNotNull(signers.revokedAt), isNotNull(signers.certificateSerial)))
    },
    async simulatorCa(ex: Executor, officeId: string): Promise<CaMaterial | undefined> {
      const [row] = await ex.select().from(signingSimulatorCa).where(eq(signingSimulatorCa.officeId, officeId))
      return row?.material
    },
    /** Keeps the first CA made: two processes starting at once agree on one. */
    async insertSimulatorCa(ex: Executor, officeId: string, material: CaMaterial, at: Date) {
      await ex.insert(signingSimulatorCa).values({ officeId, material, createdAt: at }).onConflictDoNothing()
    },
  }
}
export type SigningRepository = ReturnType<typeof createSigningRepository>
