import { describe, expect, it } from 'vitest'
import { newIdempotencyKey } from './idempotencyKey.ts'

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('idempotency keys', () => {
  it('are UUID v4, different each time', () => {
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
})
