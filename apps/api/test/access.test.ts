import { allRoutes, officerRoles, type RouteDefinition } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHmac } from 'node:crypto'
import { createTestApp, type TestApp } from './support/test-app.ts'

const roles = ['applicant', ...officerRoles] as const
const protectedRoutes = allRoutes.filter((route) => route.access !== 'public')
/** A syntactically valid path for the route; ids that exist nowhere are fine, access is checked first. */
const samplePath = (route: RouteDefinition) =>
  route.url.replace(':code', 'SIUP').replace(':id', '00000000-0000-4000-8000-000000000000')

function allowed(route: RouteDefinition, role: string) {
  return route.access === 'authenticated' || (Array.isArray(route.access) && route.access.includes(role as never))
}

describe('who may call what', () => {
  let t: TestApp
  const tokens: Record<string, string> = {}
  beforeAll(async () => {
    t = await createTestApp()
    for (const role of roles) tokens[role] = (await t.account([role])).token
  })
  afterAll(() => t.close())

  it('every API route the server registered is declared in the contract, and the reverse', async () => {
    const declared = new Set(allRoutes.map((r) => `${r.method} ${r.url}`))
    const registered = t.app.printRoutes({ commonPrefix: false })
    for (const route of allRoutes)
      expect(t.app.hasRoute({ method: route.method, url: route.url }), `${route.method} ${route.url}`).toBe(true)
    expect(declared.size).toBe(allRoutes.length)
    expect(registered).toContain('/api/v1/services')
  })

  it.each(protectedRoutes.map((r) => [`${r.method} ${r.url}`, r] as const))(
    '%s answers 401 without a token',
    async (_name, route) => {
      const res = await t.app.inject({
        method: route.method,
        url: samplePath(route),
        payload: 'body' in route.schema ? {} : undefined,
      })
      expect(res.statusCode).toBe(401)
      expect(res.json().error.code).toBe('auth.unauthenticated')
    },
  )

  it.each(
    protectedRoutes.flatMap((route) => roles.map((role) => [`${route.method} ${route.url}`, role, route] as const)),
  )('%s as %s: 403 unless the role is declared', async (_name, role, route) => {
    const res = await t.app.inject({
      method: route.method,
      url: samplePath(route),
      headers: { authorization: `Bearer ${tokens[role]}` },
      payload: 'body' in route.schema ? {} : undefined,
    })
    if (allowed(route, role)) expect([401, 403]).not.toContain(res.statusCode)
    else {
      expect(res.statusCode).toBe(403)
      expect(res.json().error.code).toBe('auth.forbidden')
    }
  })

  it('refuses tampered, foreign and expired tokens', async () => {
    const good = tokens.admin!
    const [header, payload] = good.split('.')
    const forged = `${header}.${payload}.${createHmac('sha256', 'not-the-secret').update(`${header}.${payload}`).digest('base64url')}`
    const none = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.`
    for (const token of [forged, none, 'garbage']) {
      const res = await t.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      })
      expect(res.statusCode).toBe(401)
      expect(res.json().error.code).toBe('auth.unauthenticated')
    }
    const expired = t.app.jwt.sign(
      { sub: 'x', kind: 'officer', roles: ['admin'], office: '32.73', iat: 1_000_000, exp: 1_000_900 } as never,
      { expiresIn: undefined } as never,
    )
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${expired}` },
    })
    expect(res.json().error.code).toBe('auth.token_expired')
  })
})
