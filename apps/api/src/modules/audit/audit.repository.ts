import type { Executor } from '../../db/transaction.ts'
import { auditLog } from './audit.table.ts'

export interface AuditEntry {
  officeId: string
  occurredAt: Date
  actorId: string | null
  action: string
  entityType: string
  entityId: string
  details?: Record<string, unknown>
  requestId?: string | null
}

/** Appends audit entries; callers pass their transaction so the entry commits with the change or not at all. */
export function createAuditRepository() {
  return {
    async append(executor: Executor, entry: AuditEntry): Promise<void> {
      await executor.insert(auditLog).values({ ...entry, details: entry.details ?? {}, requestId: entry.requestId ?? null })
    },
  }
}
export type AuditRepository = ReturnType<typeof createAuditRepository>
