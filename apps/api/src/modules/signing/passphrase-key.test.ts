import { randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { openKey, sealKey } from './passphrase-key.ts'
import { createPassphraseThrottle } from './passphrase-throttle.ts'

describe("a signer's key sealed under their passphrase", () => {
  it('opens with the passphrase only, and a changed byte of the sealed key opens nothing', async () => {
    const key = randomBytes(138)
    const sealed = await sealKey(key, 'kata sandi panjang')
    expect(JSON.stringify(sealed)).not.toContain(key.toString('base64'))
    expect(await openKey(sealed, 'kata sandi panjang')).toEqual(key)
    expect(await openKey(sealed, 'kata sandi panjanG')).toBeNull()
    const data = Buffer.from(sealed.data, 'base64')
    data[0] = data[0]! ^ 1
    expect(await openKey({ ...sealed, data: data.toString('base64') }, 'kata sandi panjang')).toBeNull()
  })
})

describe('wrong passphrases per signer', () => {
  it('block after the limit inside the window, per signer, and free again when the window has passed', () => {
    const throttle = createPassphraseThrottle({ max: 3, windowMs: 60_000 })
    const t0 = new Date('2026-12-01T00:00:00Z')
    for (let i = 0; i < 3; i += 1) throttle.failed('a', t0)
    expect(throttle.blocked('a', t0)).toBe(true)
    expect(throttle.blocked('b', t0)).toBe(false)
    expect(throttle.blocked('a', new Date(t0.getTime() + 60_001))).toBe(false)
    throttle.failed('b', t0)
    throttle.succeeded('b')
    expect(throttle.blocked('b', t0)).toBe(false)
  })
})
