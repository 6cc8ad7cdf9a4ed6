import { canonicalJson, type ProvisionalRange } from '@pintu/contract'
import { describe, expect, it } from 'vitest'
import { checkRange } from './range.ts'

const base64 = (data: ArrayBuffer) => btoa(String.fromCharCode(...new Uint8Array(data)))
const device = { deviceId: '3fa2c1d0-0000-4000-8000-000000000001', officerId: '7d9e0c1a-0000-4000-8000-000000000002' }

/** A range signed as the API signs it, with a key of the test's own. */
async function signedRange(): Promise<ProvisionalRange> {
  const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as CryptoKeyPair
  const fields = {
    id: 'b7c6a1e2-0000-4000-8000-000000000003',
    prefix: 'SEM-2026-3FA2C1-',
    first: 51,
    last: 100,
    allocatedAt: '2026-12-02T15:00:00.000Z',
  }
  const signed = canonicalJson({ ...fields, ...device, office: '32.73' })
  const signature = await crypto.subtle.sign({ name: 'Ed25519' }, pair.privateKey, new TextEncoder().encode(signed))
  return {
    ...fields,
    ...device,
    signed,
    signature: base64(signature),
    publicKey: base64(await crypto.subtle.exportKey('raw', pair.publicKey)),
  }
}

describe('checking a provisional range before printing its numbers', () => {
  it("accepts the server's signed range for this device and officer", async () => {
    expect(await checkRange(await signedRange(), device)).toBe('valid')
  })

  it('refuses a changed range, a changed signed text, or a range of another device or officer', async () => {
    const range = await signedRange()
    expect(await checkRange({ ...range, last: 500 }, device)).toBe('invalid')
    expect(
      await checkRange({ ...range, signed: range.signed.replace('"last":100', '"last":500'), last: 500 }, device),
    ).toBe('invalid')
    expect(await checkRange(range, { ...device, deviceId: 'another' })).toBe('invalid')
    expect(await checkRange(range, { ...device, officerId: 'another' })).toBe('invalid')
    expect(await checkRange({ ...range, signed: 'not json' }, device)).toBe('invalid')
  })
})
