import type { Db } from '../../db/database.ts'
import type { IdentityRepository } from './identity.repository.ts'
import type { AccessClaims } from './tokens.ts'

/** How long one process trusts what it read about a session; other processes see a change within this. */
export const SESSION_CACHE_MS = 2_000
/** Entries kept at most; beyond it the cache starts afresh rather than grow without bound. */
const MAX_ENTRIES = 50_000

export interface SessionGuard {
  /**
   * Whether the token's account still exists and is active, its session version current and its family not logged out.
   */
  isCurrent(claims: AccessClaims): Promise<boolean>
  /** Forgets what this process knows of an account, right after changing it here. */
  forget(userId: string): void
}

/**
 * Access tokens live 15 minutes, but logout, revocation and deactivation must take effect at once:
 * every request checks the session against the database, cached briefly per process.
 */
export function createSessionGuard(deps: { db: Db; identity: IdentityRepository; now?: () => number }): SessionGuard {
  const now = deps.now ?? Date.now
  const cache = new Map<string, { at: number; current: Promise<boolean> }>()
  return {
    isCurrent(claims) {
      const key = `${claims.sub}|${claims.fam}|${claims.sv}`
      const hit = cache.get(key)
      if (hit && now() - hit.at < SESSION_CACHE_MS) return hit.current
      if (cache.size >= MAX_ENTRIES) cache.clear()
      const current = deps.identity
        .sessionState(deps.db, claims.sub, claims.fam)
        .then(
          (state) =>
            state !== undefined && !state.deactivated && !state.familyRevoked && state.sessionVersion === claims.sv,
        )
      cache.set(key, { at: now(), current })
      current.catch(() => cache.delete(key))
      return current
    },
    forget(userId) {
      for (const key of cache.keys()) if (key.startsWith(`${userId}|`)) cache.delete(key)
    },
  }
}
