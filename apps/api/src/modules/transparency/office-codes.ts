// Each log entry names its office by Kemendagri code; the outbox holds the office's row id. The
// codes are read once and again only for an office not seen yet (an office's id never changes code).
import type { Executor } from '../../db/transaction.ts'

export interface OfficeCodes {
  /** The code of the office with this id; throws for an id no office has (a broken foreign key). */
  codeOf(ex: Executor, officeId: string): Promise<string>
}

export function createOfficeCodes(read: (ex: Executor) => Promise<Map<string, string>>): OfficeCodes {
  let known = new Map<string, string>()
  return {
    async codeOf(ex, officeId) {
      if (!known.has(officeId)) known = await read(ex)
      const code = known.get(officeId)
      if (!code) throw new Error(`no office has the id ${officeId}`)
      return code
    },
  }
}
