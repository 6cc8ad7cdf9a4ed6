import type { ClientScope } from '@pintu/contract'

/** Client tokens live 5 minutes: a client asks again rather than hold a long-lived bearer credential. */
export const CLIENT_TOKEN_TTL_SECONDS = 5 * 60

/** Claims of a client token; what the client may do now is still read from its row on each request. */
export interface ClientClaims {
  sub: string
  kind: 'client'
  /** Granted scopes, space-separated (RFC 8693 §4.2 / RFC 9068 `scope`). */
  scope: string
  /** This deployment's API: a token minted for another deployment sharing the key is refused. */
  aud: string
  office: string
}

/** What the auth hook knows of a calling client. */
export interface CallingClient {
  id: string
  scopes: ClientScope[]
  serviceCodes: string[]
}
