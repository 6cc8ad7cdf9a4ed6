import { describe, expect, it } from 'vitest'
import { idempotencyKeys, newIdempotencyKey } from './idempotencyKey.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('idempotency keys', () => {
  it('are UUID v4 (which the API accepts: 8–128 visible ASCII characters), different each time', () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4)
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey())
  })

  it('still work where crypto.randomUUID is missing (plain HTTP on an office LAN)', () => {
    const original = Object.getOwnPropertyDescriptor(crypto, 'randomUUID')
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true })
    try {
      expect(newIdempotencyKey()).toMatch(UUID_V4)
    } finally {
      if (original) Object.defineProperty(crypto, 'randomUUID', original)
      else delete (crypto as { randomUUID?: unknown }).randomUUID
    }
  })

  it('a resent payload keeps its key, so the server can answer with the first result', () => {
    const keys = idempotencyKeys()
    expect(keys.keyFor({ version: 3, report: 'abc' })).toBe(keys.keyFor({ version: 3, report: 'abc' }))
  })

  it('a changed payload gets a new key, and so does the next request after an answer', () => {
    const keys = idempotencyKeys()
    const first = keys.keyFor({ version: 3 })
    const changed = keys.keyFor({ version: 4 })
    expect(changed).not.toBe(first)
    keys.settle()
    expect(keys.keyFor({ version: 4 })).not.toBe(changed)
  })
})
