import type { AnyErrorCode } from '@pintu/ui/error-code'

/**
 * What the API module needs from the session. main.ts connects the session store here, so
 * api.ts never imports the store and the store reaches the API only through its raw client:
 * no import cycle, and api.ts (with the contract's schemas) stays out of the home page's bundle.
 */
export interface SessionBridge {
  /** Whether an account is logged in here: a refusal by the API then ends the session. */
  isLoggedIn(): boolean
  /** A usable access token, renewed first when it is missing or about to expire; null when logged out. */
  accessToken(): Promise<string | null>
  /** Renews the session once after the API refused its token as expired; false when it could not. */
  refreshAfterExpiry(code: 'auth.token_expired'): Promise<boolean>
  /** The API refused the session for good; `code` says why (the app sends the applicant to log in). */
  end(code: AnyErrorCode): void
}

const loggedOut: SessionBridge = {
  isLoggedIn: () => false,
  accessToken: async () => null,
  refreshAfterExpiry: async () => false,
  end: () => undefined,
}

let bridge: SessionBridge = loggedOut

export function connectSession(next: SessionBridge): void {
  bridge = next
}

/** The connected session (a logged-out one until main.ts connects the store). */
export function currentSession(): SessionBridge {
  return bridge
}
