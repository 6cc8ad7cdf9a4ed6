import { createHash } from 'node:crypto'
import { and, eq, lt } from 'drizzle-orm'
import type { Executor } from '../../db/transaction.ts'
import { AppError } from '../../errors/app-error.ts'
import { idempotencyKeys } from './idempotency.table.ts'

export type Claim = { kind: 'claimed' } | { kind: 'replay'; status: number; body: unknown }

export const hashRequest = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex')

export function createIdempotencyRepository() {
  return {
    /**
     * Claims a key inside the caller's transaction. A concurrent request with the same key waits
     * on the unique index until the first commits, then replays its stored result.
     */
    async claim(tx: Executor, ownerId: string, key: string, requestHash: string, now: Date): Promise<Claim> {
      const inserted = await tx
        .insert(idempotencyKeys)
        .values({ ownerId, key, requestHash, createdAt: now })
        .onConflictDoNothing()
        .returning({ key: idempotencyKeys.key })
        .prepare('idempotency_claim')
        .execute()
      if (inserted.length === 1) return { kind: 'claimed' }
      const [row] = await tx
        .select()
        .from(idempotencyKeys)
        .where(and(eq(idempotencyKeys.ownerId, ownerId), eq(idempotencyKeys.key, key)))
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

    async complete(tx: Executor, ownerId: string, key: string, status: number, body: unknown): Promise<void> {
      await tx
        .update(idempotencyKeys)
        .set({ responseStatus: status, responseBody: body })
        .where(and(eq(idempotencyKeys.ownerId, ownerId), eq(idempotencyKeys.key, key)))
        .prepare('idempotency_complete')
        .execute()
    },
  }
}
export type IdempotencyRepository = ReturnType<typeof createIdempotencyRepository>
