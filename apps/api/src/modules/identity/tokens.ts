import { createHash, randomBytes } from 'node:crypto'

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60
export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60_000

/** 256 random bits, URL-safe. Only its hash is stored, so a database leak yields no usable token. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/** Claims carried by the access token; everything else is looked up. */
export interface AccessClaims {
  sub: string
  kind: 'applicant' | 'officer'
  roles: string[]
  office: string
  /** The account's session version when the token was signed; a raised version ends the token. */
  sv: number
  /** The login family (refresh-token chain) the token belongs to; logging out of it ends the token. */
  fam: string
  /**
   * Auditors only: the other offices they may read (province or office codes), as the operator
   * configured when the token was signed; absent for everyone else. Changing it ends the sessions.
   */
  reads?: string[]
}
