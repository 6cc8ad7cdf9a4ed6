import { and, asc, eq, isNull } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { applicationDocuments } from './applications.table.ts'

export type DocumentRow = typeof applicationDocuments.$inferSelect

/** The documents uploaded for an application: the current one per requirement, and the retired ones. */
export function createApplicationDocumentsRepository() {
  return {
    async documents(ex: Executor, applicationId: string): Promise<DocumentRow[]> {
      return ex
        .select()
        .from(applicationDocuments)
        .where(and(eq(applicationDocuments.applicationId, applicationId), isNull(applicationDocuments.removedAt)))
        .orderBy(asc(applicationDocuments.uploadedAt))
        .prepare('application_documents_current')
        .execute()
    },

    async findDocument(ex: Executor, applicationId: string, documentId: string): Promise<DocumentRow | undefined> {
      const [row] = await ex
        .select()
        .from(applicationDocuments)
        .where(and(eq(applicationDocuments.applicationId, applicationId), eq(applicationDocuments.id, documentId)))
      return row
    },

    async insertDocument(ex: Executor, values: typeof applicationDocuments.$inferInsert): Promise<DocumentRow> {
      const [row] = await ex.insert(applicationDocuments).values(values).returning()
      return row!
    },

    /** Retires the current document of a requirement (or one document); returns what was retired. */
    async removeDocuments(
      ex: Executor,
      applicationId: string,
      at: Date,
      which: { requirementKey?: string; id?: string },
    ): Promise<DocumentRow[]> {
      return ex
        .update(applicationDocuments)
        .set({ removedAt: at })
        .where(
          and(
            eq(applicationDocuments.applicationId, applicationId),
            isNull(applicationDocuments.removedAt),
            which.requirementKey ? eq(applicationDocuments.requirementKey, which.requirementKey) : undefined,
            which.id ? eq(applicationDocuments.id, which.id) : undefined,
          ),
        )
        .returning()
    },
  }
}
