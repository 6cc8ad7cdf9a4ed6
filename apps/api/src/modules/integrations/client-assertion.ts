import type { ClientPublicKey } from '@pintu/contract'
import { createPublicKey, verify, type KeyObject } from 'node:crypto'

export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
/** Assertions may live this long: enough for clock skew and a retry, short enough to keep jti rows few. */
export const MAX_ASSERTION_SECONDS = 5 * 60
const SKEW_SECONDS = 60

/** The key of a registered JWK and the one algorithm it signs with; undefined when it is not acceptable. */
export function assertionKey(jwk: ClientPublicKey): { key: KeyObject; alg: 'EdDSA' | 'ES256' | 'RS256' } | undefined {
  let key: KeyObject
  try {
    key = createPublicKey({ key: { ...jwk }, format: 'jwk' })
  } catch {
    return undefined
  }
  if (key.asymmetricKeyType === 'ed25519') return { key, alg: 'EdDSA' }
  if (key.asymmetricKeyType === 'ec' && key.asymmetricKeyDetails?.namedCurve === 'prime256v1')
    return { key, alg: 'ES256' }
  if (key.asymmetricKeyType === 'rsa' && (key.asymmetricKeyDetails?.modulusLength ?? 0) >= 2048)
    return { key, alg: 'RS256' }
  return undefined
}

function part(text: string | undefined): Record<string, unknown> | undefined {
  if (!text || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'))
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

/** The `sub` an assertion claims, read before its signature is checked only to find whose key checks it. */
export function claimedClient(assertion: string): string | undefined {
  const sub = part(assertion.split('.')[1])?.sub
  return typeof sub === 'string' ? sub : undefined
}

/**
 * Checks a `private_key_jwt` assertion (RFC 7523 §3): the signature by the client's key in its one
 * algorithm (never `none`, never one the header picks), `iss` = `sub` = the client, `aud` naming
 * this server, unexpired and short-lived, with a `jti`. Answers the jti and expiry, or what is wrong.
 */
export function verifyAssertion(
  assertion: string,
  registered: { key: KeyObject; alg: string },
  expected: { clientId: string; audiences: readonly string[]; now: Date },
): { jti: string; expiresAt: Date } | { problem: string } {
  const pieces = assertion.split('.')
  if (pieces.length !== 3) return { problem: 'not a JWT' }
  const [head, body, signature] = pieces as [string, string, string]
  const header = part(head)
  const claims = part(body)
  if (!header || !claims || !/^[A-Za-z0-9_-]*$/.test(signature)) return { problem: 'not a JWT' }
  if (header.alg !== registered.alg) return { problem: `the key signs ${registered.alg}` }
  const data = Buffer.from(`${head}.${body}`)
  const sig = Buffer.from(signature, 'base64url')
  const valid =
    registered.alg === 'EdDSA'
      ? verify(null, data, registered.key, sig)
      : verify('sha256', data, { key: registered.key, dsaEncoding: 'ieee-p1363' }, sig)
  if (!valid) return { problem: 'bad signature' }
  if (claims.iss !== expected.clientId || claims.sub !== expected.clientId)
    return { problem: 'iss and sub must be the client id' }
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud]
  if (!aud.some((a) => typeof a === 'string' && expected.audiences.includes(a)))
    return { problem: 'aud is not this server' }
  const now = Math.floor(expected.now.getTime() / 1000)
  const { exp, nbf, jti } = claims
  if (typeof exp !== 'number' || !Number.isFinite(exp)) return { problem: 'exp is missing' }
  if (exp <= now - SKEW_SECONDS) return { problem: 'expired' }
  if (exp > now + MAX_ASSERTION_SECONDS + SKEW_SECONDS)
    return { problem: `exp is more than ${MAX_ASSERTION_SECONDS} s ahead` }
  if (typeof nbf === 'number' && nbf > now + SKEW_SECONDS) return { problem: 'not valid yet' }
  if (typeof jti !== 'string' || jti.length < 1 || jti.length > 200) return { problem: 'jti is missing' }
  return { jti, expiresAt: new Date((exp + SKEW_SECONDS) * 1000) }
}
