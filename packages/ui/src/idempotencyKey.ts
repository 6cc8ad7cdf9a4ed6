/**
 * A fresh Idempotency-Key (a UUID v4). crypto.randomUUID exists only in secure contexts, and an
 * office may first run Pintu over plain HTTP on its LAN; getRandomValues works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Idempotency keys for the submissions of one form. Resending the same payload (after a network
 * failure, when nobody knows whether the server acted) reuses its key, so the server answers with
 * the first result instead of acting twice. A changed payload gets a new key: the server refuses
 * a key reused with a different body (`idempotency.key_reused`).
 */
export function idempotencyKeys(makeKey: () => string = newIdempotencyKey) {
  let last: { payload: string; key: string } | null = null
  return {
    keyFor(payload: unknown): string {
      const text = JSON.stringify(payload)
      if (last?.payload !== text) last = { payload: text, key: makeKey() }
      return last.key
    },
    /** The server answered for good (done or refused): the next submission is a new request. */
    settle() {
      last = null
    },
  }
}
