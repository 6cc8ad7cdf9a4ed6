import type { ClientScope } from '@pintu/contract'
import type { Db } from '../../db/database.ts'
import type { Office } from '../offices/offices.repository.ts'
import type { IntegrationsRepository } from './integrations.repository.ts'

/** How long one process trusts what it read about a client; other processes see a revocation within this. */
export const CLIENT_CACHE_MS = 2_000
const MAX_ENTRIES = 10_000

export interface ClientState {
  scopes: ClientScope[]
  serviceCodes: string[]
  rateLimitPerMinute: number
}

export interface ClientGuard {
  /** The client's current grants, or undefined when it is unknown or revoked. */
  current(clientId: string): Promise<ClientState | undefined>
  forget(clientId: string): void
}

/**
 * Client tokens live 5 minutes, but a revocation must stop them at once: each request reads the
 * client's row, cached briefly per process (with several processes a revocation reaches the others
 * within CLIENT_CACHE_MS). The client's per-minute quota is counted by the rate-limit plugin, for
 * the deployment like the address limits.
 */
export function createClientGuard(deps: {
  db: Db
  office: Office
  clients: IntegrationsRepository
  now?: () => number
}): ClientGuard {
  const now = deps.now ?? Date.now
  const cache = new Map<string, { at: number; state: Promise<ClientState | undefined> }>()
  return {
    current(clientId) {
      const hit = cache.get(clientId)
      if (hit && now() - hit.at < CLIENT_CACHE_MS) return hit.state
      if (cache.size >= MAX_ENTRIES) cache.clear()
      const state = deps.clients.find(deps.db, deps.office.id, clientId).then((row) =>
        row && !row.revokedAt
          ? {
              scopes: row.scopes as ClientScope[],
              serviceCodes: row.serviceCodes,
              rateLimitPerMinute: row.rateLimitPerMinute,
            }
          : undefined,
      )
      cache.set(clientId, { at: now(), state })
      state.catch(() => cache.delete(clientId))
      return state
    },
    forget(clientId) {
      cache.delete(clientId)
    },
  }
}
