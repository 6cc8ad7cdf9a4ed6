/**
 * What the API module needs from the session. main.ts connects the session store here, so
 * api.ts never imports the store and the store reaches the API only through its raw client:
 * no import cycle. (The citizen SPA has the same bridge, in the same place.)
 */
export interface SessionBridge {
  accessToken(): string | null
  /**
   * Gets a new access token after the API refused the old one (`code`: it expired, or the session
   * ended because the roles changed, the officer logged out elsewhere or was deactivated); false
   * when the session is gone for good.
   */
  refreshAfterExpiry(code: SessionRefusal): Promise<boolean>
}

/** The 401 codes after which a fresh token may still be had from the refresh token. */
export const recoverableRefusals = ['auth.token_expired', 'auth.session_ended'] as const
export type SessionRefusal = (typeof recoverableRefusals)[number]

const loggedOut: SessionBridge = { accessToken: () => null, refreshAfterExpiry: async () => false }

let bridge: SessionBridge = loggedOut

export function connectSession(next: SessionBridge): void {
  bridge = next
}

/** The connected session (a logged-out one until main.ts connects the store). */
export function currentSession(): SessionBridge {
  return bridge
}
