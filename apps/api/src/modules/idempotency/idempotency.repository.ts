import { createHash } from 'node:crypto'
import { and, eq, lt } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { AppError } from '../../errors/app-error.ts'
import { idempotencyKeys } from './idempotency.table.ts'

export type Claim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: unknown }

/**
 * Whose key it is: the caller that sent it (the applicant, or the agent filing for them) and the
 * applicant it acts for. A key is only ever matched within one scope.
 */
export interface KeyScope {
  callerId: string
  ownerId: string
}

/** The scope of a request by `ownerId`, or by an agent on their behalf. */
export const scopeOf = (ownerId: string, agentId?: string): KeyScope => ({ callerId: agentId ?? ownerId, ownerId })

const inScope = (scope: KeyScope, key: string) =>
  and(
    eq(idempotencyKeys.callerId, scope.callerId),
    eq(idempotencyKeys.ownerId, scope.ownerId),
    eq(idempotencyKeys.key, key),
  )

export const hashRequest = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex')

export function createIdempotencyRepository() {
  return {
    /**
     * Claims a key inside the caller's transaction. A concurrent request with the same key waits
     * on the unique index until the first commits, then replays its stored result.
     */
    async claim(tx: Executor, scope: KeyScope, key: string, requestHash: string, now: Date): Promise<Claim> {
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ ...scope, key, requestHash, createdAt: now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key })
        .prepare('idempotency_claim')
        .execute()
      if (inserted.length === 1) return { kind: 'claimed' }
      const [row] = await tx.select().from(idempotencyKeys).where(inScope(scope, key))
      if (!row || row.responseStatus === null) throw new AppError('idempotency.in_progress')
      if (row.requestHash !== requestHash) throw new AppError('idempotency.key_reused')
      return { kind: 'replay', status: row.responseStatus, body: row.responseBody }
    },

    /**
     * Forgets results older than `before`: a client retries within minutes, and a stored receipt holds a tracking code.
     */
    async purgeOlderThan(ex: Executor, before: Date): Promise<number> {
      const rows = await ex
        .delete(idempotencyKeys)
        .where(lt(idempotencyKeys.createdAt, before))
        .returning({ key: idempotencyKeys.key })
      return rows.length
    },

    async complete(tx: Executor, scope: KeyScope, key: string, status: number, body: unknown): Promise<void> {
      await tx
        .update(idempotencyKeys)
        .set({ responseStatus: status, responseBody: body })
        .where(inScope(scope, key))
        .prepare('idempotency_complete')
        .execute()
    },
  }
}
export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>
