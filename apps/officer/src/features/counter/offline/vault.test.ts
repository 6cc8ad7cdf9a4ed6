import { describe, expect, it } from 'vitest'
import { newSessionKey, seal, sealJson, unseal, unsealJson } from './vault.ts'

describe('the offline counter vault', () => {
  it('reads back what it sealed, and the ciphertext does not hold the plain text', async () => {
    const { key } = await newSessionKey()
    const sealed = await sealJson(key, { nik: '3273014508907001', fullName: 'Siti' })
    expect(new TextDecoder().decode(sealed.data)).not.toContain('3273014508907001')
    expect(await unsealJson(key, sealed)).toEqual({ nik: '3273014508907001', fullName: 'Siti' })
  })

  it("cannot be read with another session's key, nor once changed", async () => {
    const [one, other] = await Promise.all([newSessionKey(), newSessionKey()])
    const sealed = await seal(one.key, new Uint8Array([1, 2, 3]))
    await expect(unseal(other.key, sealed)).rejects.toThrow()
    const changed = new Uint8Array(sealed.data.slice(0))
    changed[0] = changed[0]! ^ 1
    await expect(unseal(one.key, { iv: sealed.iv, data: changed.buffer })).rejects.toThrow()
    expect(one.tag).not.toBe(other.tag)
  })

  it('makes keys that cannot be exported', async () => {
    const { key } = await newSessionKey()
    expect(key.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow()
  })
})
