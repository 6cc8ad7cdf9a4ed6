// The counting behind the rate-limit plugin: fixed windows per quota and client key, counted in
// this process and, with several API processes, added up for the whole deployment in PostgreSQL.

/** A count one process sends to the shared counters: its requests of one key not yet reported. */
export interface RateDelta {
  policy: string
  key: string
  windowStartedAt: number
  expiresAt: number
  count: number
}

/** The deployment's window and count of one key, after the deltas were added. */
export type RateTotal = RateDelta

/** Where the processes of a deployment add up their counts (a PostgreSQL table). */
export interface SharedRateCounters {
  /** Adds the deltas (distinct keys) and answers each key's deployment total, in one round trip. */
  add(deltas: readonly RateDelta[], now: number): Promise<RateTotal[]>
  /** Forgets windows that ended before `before`. */
  prune(before: number): Promise<void>
}

export interface RateQuota {
  name: string
  max: number
  windowSeconds: number
}

export interface RateVerdict {
  allowed: boolean
  remaining: number
  resetSeconds: number
}

/** Counters kept at most; past it the oldest windows are dropped rather than let memory grow. */
export const MAX_KEYS = 100_000
/**
 * The share of a quota a process spends on what it knows locally. Below it a request is answered
 * from memory (the hot path: a citizen tracking a file never waits for the database); above it each
 * admitted request is first counted in the shared table, so the quota's last half is exact across
 * processes. What the other processes admitted locally and have not reported yet is the overshoot:
 * at most this share of the quota per other process, and in practice what they admitted in the last
 * sync interval.
 */
export const LOCAL_SHARE = 0.5
/** Rows are kept this long after their window ended (a slow process may still report to them). */
const PRUNE_AFTER_MS = 60_000
/** Largest batch of one statement. */
const SYNC_BATCH = 5_000

interface Entry {
  policy: string
  key: string
  windowStartedAt: number
  expiresAt: number
  /** The deployment's count as last answered by the shared counters (own reported counts included). */
  known: number
  /** This process's counts not yet sent. */
  unsynced: number
  /** This process's counts sent and not yet answered. */
  inFlight: number
}

const estimate = (e: Entry) => e.known + e.unsynced + e.inFlight

function verdict(quota: RateQuota, e: Entry, count: number, at: number): RateVerdict {
  return {
    allowed: count <= quota.max,
    remaining: Math.max(0, quota.max - count),
    resetSeconds: Math.max(1, Math.ceil((e.expiresAt - at) / 1000)),
  }
}

/** Takes the deployment's answer for an entry: its window (another process may have started it) and count. */
function learn(e: Entry, total: RateTotal) {
  if (total.windowStartedAt !== e.windowStartedAt) {
    e.windowStartedAt = total.windowStartedAt
    e.expiresAt = total.expiresAt
    e.known = total.count
  } else {
    e.known = Math.max(e.known, total.count)
  }
}

/**
 * A fixed-window counter per quota and key. Without `shared` it counts for this process alone
 * (PGlite: one process). With it, every key's window is the deployment's: the first process to
 * report a count in a new window starts it and the others join it.
 */
export function createRateCounters(options: { now: () => number; shared?: SharedRateCounters }) {
  const { now, shared } = options
  const entries = new Map<string, Entry>()

  function current(quota: RateQuota, key: string, at: number): Entry {
    const id = `${quota.name}|${key}`
    const existing = entries.get(id)
    if (existing && at < existing.expiresAt) return existing
    entries.delete(id)
    if (entries.size >= MAX_KEYS) entries.delete(entries.keys().next().value!)
    const fresh = {
      policy: quota.name,
      key,
      windowStartedAt: at,
      expiresAt: at + quota.windowSeconds * 1000,
      known: 0,
      unsynced: 0,
      inFlight: 0,
    }
    entries.set(id, fresh)
    return fresh
  }

  /** Counts the request in the shared table before answering: the exact path near the limit. */
  async function takeShared(store: SharedRateCounters, quota: RateQuota, e: Entry, at: number) {
    const delta = e.unsynced + 1
    e.unsynced = 0
    e.inFlight += delta
    try {
      const [total] = await store.add([{ ...windowOf(e), count: delta }], at)
      e.inFlight -= delta
      learn(e, total!)
      return verdict(quota, e, total!.count, at)
    } catch {
      // The database is unreachable: the request is answered from what this process knows (it
      // will most likely fail on the database anyway); the count is reported later.
      e.inFlight -= delta
      e.unsynced += delta
      return verdict(quota, e, estimate(e), at)
    }
  }

  const windowOf = (e: Entry) => ({
    policy: e.policy,
    key: e.key,
    windowStartedAt: e.windowStartedAt,
    expiresAt: e.expiresAt,
  })

  let lastPrune = 0

  return {
    /** Counts one request of `key` against `quota` (refused ones count too) and says whether it may pass. */
    take(quota: RateQuota, key: string): RateVerdict | Promise<RateVerdict> {
      const at = now()
      const e = current(quota, key, at)
      // What the deployment has surely counted: the last total it answered and what is unsent
      // here. Counts only grow within a window, so past the quota memory can refuse at once. (An
      // answer may already include counts still in flight, so those are left out of this bound.)
      const surely = e.known + e.unsynced + 1
      const count = estimate(e) + 1
      if (!shared || surely > quota.max || count <= Math.floor(quota.max * LOCAL_SHARE)) {
        e.unsynced += 1
        return verdict(quota, e, surely > quota.max ? surely : count, at)
      }
      return takeShared(shared, quota, e, at)
    },

    /**
     * Reports this process's unsent counts to the shared table and learns the deployment's totals
     * of those keys (the plugin runs it every second); prunes ended windows once a minute.
     */
    async sync(): Promise<void> {
      if (!shared) return
      const at = now()
      const due = [...entries.values()].filter((e) => e.unsynced > 0 && e.expiresAt > at)
      for (let i = 0; i < due.length; i += SYNC_BATCH) {
        const batch = due.slice(i, i + SYNC_BATCH).map((e) => ({ e, delta: e.unsynced }))
        for (const { e, delta } of batch) {
          e.unsynced -= delta
          e.inFlight += delta
        }
        try {
          const totals = await shared.add(
            batch.map(({ e, delta }) => ({ ...windowOf(e), count: delta })),
            at,
          )
          const byKey = new Map(totals.map((t) => [`${t.policy}|${t.key}`, t]))
          for (const { e, delta } of batch) {
            e.inFlight -= delta
            const total = byKey.get(`${e.policy}|${e.key}`)
            if (total) learn(e, total)
          }
        } catch (err) {
          for (const { e, delta } of batch) {
            e.inFlight -= delta
            e.unsynced += delta
          }
          throw err
        }
      }
      if (at - lastPrune >= PRUNE_AFTER_MS) {
        lastPrune = at
        await shared.prune(at - PRUNE_AFTER_MS)
      }
    },

    /** Keys counted in memory (bounded by MAX_KEYS). */
    size: () => entries.size,
  }
}
export type RateCounters = ReturnType<typeof createRateCounters>
