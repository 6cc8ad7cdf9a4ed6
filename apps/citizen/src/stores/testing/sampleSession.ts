import type { Session } from '@pintu/contract'

/** A signed-in applicant's session for tests: session `n`, its access token valid for `accessValidMs`. */
export function sampleSession(n = 1, accessValidMs = 15 * 60_000): Session {
  return {
    accessToken: `access-${n}`,
    accessTokenExpiresAt: new Date(Date.now() + accessValidMs).toISOString(),
    refreshToken: `refresh-token-number-${n}-xxxxxxxx`,
    refreshTokenExpiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    account: {
      id: '00000000-0000-4000-8000-000000000001',
      kind: 'applicant',
      fullName: 'Siti Aminah',
      email: 'siti@example.id',
      roles: ['applicant'],
      officeCode: '32.73',
    },
  }
}
