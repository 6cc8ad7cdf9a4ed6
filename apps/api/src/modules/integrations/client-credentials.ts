import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

/** 256 random bits, URL-safe, with a prefix so a leaked one is recognisable in a scanner's report. */
export function newClientSecret(): string {
  return `pintu_cs_${randomBytes(32).toString('base64url')}`
}

export function hashClientSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

/** Whether a presented secret is one of the stored hashes, in time that does not depend on where they differ. */
export function secretMatches(secret: string, hashes: readonly string[]): boolean {
  const given = Buffer.from(hashClientSecret(secret), 'hex')
  let found = false
  for (const hash of hashes) found = timingSafeEqual(given, Buffer.from(hash, 'hex')) || found
  return found
}

/**
 * `client_secret_basic` (RFC 6749 §2.3.1): HTTP Basic whose user and password are the client id
 * and secret, each application/x-www-form-urlencoded first. Undefined when the header is not that.
 */
export function parseBasic(header: string | undefined): { clientId: string; secret: string } | undefined {
  const match = /^Basic ([A-Za-z0-9+/]+={0,2})$/i.exec(header?.trim() ?? '')
  if (!match) return undefined
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return undefined
  try {
    const unform = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '))
    return { clientId: unform(decoded.slice(0, colon)), secret: unform(decoded.slice(colon + 1)) }
  } catch {
    return undefined
  }
}
