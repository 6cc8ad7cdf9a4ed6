// Integration clients in the API tests: an admin registers one, and it asks for tokens as a client would.
import { clientScopes, type ClientScope } from '@pintu/contract'
import { expect } from 'vitest'
import type { TestApp } from './test-app.ts'

export const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`
export const form = { 'content-type': 'application/x-www-form-urlencoded' }

/** `world` gives the app and its admin when a helper runs (a test file sets them in beforeAll). */
export function integrationClientHelpers(world: () => { t: TestApp; admin: Awaited<ReturnType<TestApp['account']>> }) {
  async function register(
    overrides: Partial<{
      scopes: ClientScope[]
      serviceCodes: string[]
      rateLimitPerMinute: number
      publicKey: object
    }> = {},
  ) {
    const { t, admin } = world()
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers: admin.headers,
      payload: {
        name: 'Portal Notaris Kota Bandung',
        ownerOrganisation: 'Ikatan Notaris Indonesia Pengda Kota Bandung',
        contactEmail: 'TI@notaris-bandung.example',
        scopes: overrides.scopes ?? [...clientScopes],
        serviceCodes: overrides.serviceCodes ?? ['SKP'],
        rateLimitPerMinute: overrides.rateLimitPerMinute ?? 10_000,
        ...(overrides.publicKey && { publicKey: overrides.publicKey }),
      },
    })
    expect(res.statusCode, res.body).toBe(201)
    return res.json() as { client: { id: string; secrets: { id: string }[] }; clientSecret: string }
  }

  const requestToken = (id: string, secret: string, body = 'grant_type=client_credentials') =>
    world().t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: { ...form, authorization: basic(id, secret) },
      payload: body,
    })

  async function tokenOf(id: string, secret: string, body?: string) {
    const res = await requestToken(id, secret, body)
    expect(res.statusCode, res.body).toBe(200)
    return res.json().access_token as string
  }

  const me = (token: string) =>
    world().t.app.inject({
      method: 'GET',
      url: '/api/v1/integration/me',
      headers: { authorization: `Bearer ${token}` },
    })

  return { register, requestToken, tokenOf, me }
}
