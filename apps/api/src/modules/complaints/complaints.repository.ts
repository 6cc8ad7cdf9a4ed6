import { and, asc, desc, eq, gte, lte, ne, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'
import type { Executor } from '../../db/transaction.ts'
import { officeZoneSql } from '../offices/office-zone.ts'
import type { Office } from '../offices/offices.repository.ts'
import {
  complaintAttachments,
  complaintMessages,
  complaintNumbers,
  complaints,
  surveyAnswers,
} from './complaints.table.ts'
import { tryAdvisoryXactLock } from '../../db/advisory-lock.ts'

export type ComplaintRow = typeof complaints.$inferSelect
export type ComplaintMessageRow = typeof complaintMessages.$inferSelect
export type ComplaintAttachmentRow = typeof complaintAttachments.$inferSelect
export type SurveyAnswerRow = typeof surveyAnswers.$inferSelect

/** Queries only: the rules live in the use cases. */
export function createComplaintsRepository() {
  return {
    async nextNumber(ex: Executor): Promise<number> {
      const result = (await ex.execute(sql`select nextval(${complaintNumbers.seqName}) as n`)) as unknown as {
        rows: { n: string | number }[]
      }
      return Number(result.rows[0]!.n)
    },
    async insert(ex: Executor, values: typeof complaints.$inferInsert): Promise<ComplaintRow> {
      const [row] = await ex.insert(complaints).values(values).returning()
      return row!
    },
    async addMessage(ex: Executor, values: typeof complaintMessages.$inferInsert): Promise<void> {
      await ex.insert(complaintMessages).values(values)
    },
    async byNumber(ex: Executor, officeId: string, number: string): Promise<ComplaintRow | undefined> {
      const [row] = await ex
        .select()
        .from(complaints)
        .where(and(eq(complaints.officeId, officeId), eq(complaints.number, number)))
      return row
    },
    async find(ex: Executor, officeId: string, id: string): Promise<ComplaintRow | undefined> {
      const [row] = await ex
        .select()
        .from(complaints)
        .where(and(eq(complaints.officeId, officeId), eq(complaints.id, id)))
      return row
    },
    async messages(ex: Executor, complaintId: string): Promise<ComplaintMessageRow[]> {
      return ex
        .select()
        .from(complaintMessages)
        .where(eq(complaintMessages.complaintId, complaintId))
        .orderBy(asc(complaintMessages.at), asc(complaintMessages.id))
    },
    /** The complaint, locked until the transaction ends: attachments are counted under it. */
    async lock(ex: Executor, id: string): Promise<ComplaintRow | undefined> {
      const [row] = await ex.select().from(complaints).where(eq(complaints.id, id)).for('update')
      return row
    },
    /** The complainant's newest message, the complaint itself or their last reply: the last one `messages` lists. */
    async latestFromComplainant(ex: Executor, complaintId: string): Promise<ComplaintMessageRow | undefined> {
      const [row] = await ex
        .select()
        .from(complaintMessages)
        .where(and(eq(complaintMessages.complaintId, complaintId), eq(complaintMessages.from, 'complainant')))
        .orderBy(desc(complaintMessages.at), desc(complaintMessages.id))
        .limit(1)
      return row
    },
    async attachments(ex: Executor, complaintId: string): Promise<ComplaintAttachmentRow[]> {
      return ex
        .select()
        .from(complaintAttachments)
        .where(eq(complaintAttachments.complaintId, complaintId))
        .orderBy(asc(complaintAttachments.uploadedAt), asc(complaintAttachments.id))
    },
    async attachment(ex: Executor, complaintId: string, id: string): Promise<ComplaintAttachmentRow | undefined> {
      const [row] = await ex
        .select()
        .from(complaintAttachments)
        .where(and(eq(complaintAttachments.complaintId, complaintId), eq(complaintAttachments.id, id)))
      return row
    },
    async insertAttachment(
      ex: Executor,
      values: typeof complaintAttachments.$inferInsert,
    ): Promise<ComplaintAttachmentRow> {
      const [row] = await ex.insert(complaintAttachments).values(values).returning()
      return row!
    },
    /** A compare-and-set on the version: undefined when someone else changed it first. */
    async update(
      ex: Executor,
      row: Pick<ComplaintRow, 'id' | 'version'>,
      values: Partial<typeof complaints.$inferInsert>,
    ): Promise<ComplaintRow | undefined> {
      const [updated] = await ex
        .update(complaints)
        .set({ ...values, version: row.version + 1 })
        .where(and(eq(complaints.id, row.id), eq(complaints.version, row.version)))
        .returning()
      return updated
    },
    /** Open complaints, and the last closed ones, for a queue (pungli reports only when `withPungli`). */
    async queue(ex: Executor, officeId: string, withPungli: boolean): Promise<ComplaintRow[]> {
      const scope = withPungli
        ? eq(complaints.officeId, officeId)
        : and(eq(complaints.officeId, officeId), eq(complaints.pungli, false))
      const open = await ex
        .select()
        .from(complaints)
        .where(and(scope, ne(complaints.status, 'closed')))
        .orderBy(asc(complaints.filedAt))
        .limit(1000)
      const closed = await ex
        .select()
        .from(complaints)
        .where(and(scope, eq(complaints.status, 'closed')))
        .orderBy(desc(complaints.closedAt))
        .limit(100)
      return [...open, ...closed]
    },
    async open(ex: Executor, officeId: string): Promise<ComplaintRow[]> {
      return ex
        .select()
        .from(complaints)
        .where(and(eq(complaints.officeId, officeId), ne(complaints.status, 'closed')))
    },
    /** Every complaint, for the public figures (complaints number in the thousands a year, not millions). */
    async all(ex: Executor, officeId: string): Promise<ComplaintRow[]> {
      return ex.select().from(complaints).where(eq(complaints.officeId, officeId))
    },
    /** Takes the job's lock for this transaction; false when another process holds it. */
    tryJobLock: tryAdvisoryXactLock,

    async surveyAnswer(ex: Executor, applicationId: string): Promise<SurveyAnswerRow | undefined> {
      const [row] = await ex.select().from(surveyAnswers).where(eq(surveyAnswers.applicationId, applicationId))
      return row
    },
    /** Inserts the answer; undefined when the application already has one (a second answer is refused). */
    async insertSurveyAnswer(
      ex: Executor,
      values: typeof surveyAnswers.$inferInsert,
    ): Promise<SurveyAnswerRow | undefined> {
      const [row] = await ex.insert(surveyAnswers).values(values).onConflictDoNothing().returning()
      return row
    },
    /** Sums of each element per service and month (office time zone), with n: what the index is computed from. */
    async surveySums(ex: Executor, office: Office, from: Date | null, to: Date | null) {
      const officeId = office.id
      const month = sql<string>`to_char(${surveyAnswers.answeredAt} at time zone ${officeZoneSql(office)}, 'YYYY-MM')`
      const sum = (c: AnyPgColumn) => sql<number>`sum(${c})::int`
      return ex
        .select({
          serviceCode: surveyAnswers.serviceCode,
          period: month,
          n: sql<number>`count(*)::int`,
          s1: sum(surveyAnswers.u1),
          s2: sum(surveyAnswers.u2),
          s3: sum(surveyAnswers.u3),
          s4: sum(surveyAnswers.u4),
          s5: sum(surveyAnswers.u5),
          s6: sum(surveyAnswers.u6),
          s7: sum(surveyAnswers.u7),
          s8: sum(surveyAnswers.u8),
          s9: sum(surveyAnswers.u9),
        })
        .from(surveyAnswers)
        .where(
          and(
            eq(surveyAnswers.officeId, officeId),
            from ? gte(surveyAnswers.answeredAt, from) : undefined,
            to ? lte(surveyAnswers.answeredAt, to) : undefined,
          ),
        )
        .groupBy(surveyAnswers.serviceCode, month)
    },
  }
}
export type ComplaintsRepository = ReturnType<typeof createComplaintsRepository>
