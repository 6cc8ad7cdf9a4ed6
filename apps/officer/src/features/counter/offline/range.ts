// A provisional range as the server signed it (POST /api/v1/counter/provisional-ranges): the SPA
// checks the Ed25519 signature over `signed` and that `signed` says what the answer says, for this
// device and officer, before it prints any of its numbers.
import { canonicalJson, type ProvisionalRange } from '@pintu/contract'

const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))

export type RangeCheck = 'valid' | 'invalid' | 'unsupported'

export async function checkRange(
  range: ProvisionalRange,
  expected: { deviceId: string; officerId: string },
): Promise<RangeCheck> {
  let signed: Record<string, unknown>
  try {
    signed = JSON.parse(range.signed) as Record<string, unknown>
  } catch {
    return 'invalid'
  }
  const agrees =
    canonicalJson(signed) === range.signed &&
    signed.id === range.id &&
    signed.deviceId === expected.deviceId &&
    signed.officerId === expected.officerId &&
    signed.prefix === range.prefix &&
    signed.first === range.first &&
    signed.last === range.last
  if (!agrees) return 'invalid'
  let key: CryptoKey
  try {
    key = await crypto.subtle.importKey('raw', bytes(range.publicKey), { name: 'Ed25519' }, false, ['verify'])
  } catch (error) {
    // A browser without Ed25519 in WebCrypto (before Chrome 137, Firefox 129, Safari 17) still works offline.
    return (error as Error).name === 'NotSupportedError' ? 'unsupported' : 'invalid'
  }
  const ok = await crypto.subtle
    .verify({ name: 'Ed25519' }, key, bytes(range.signature), new TextEncoder().encode(range.signed))
    .catch(() => false)
  return ok ? 'valid' : 'invalid'
}
