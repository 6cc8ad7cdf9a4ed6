import { allRoutes, clientScopes, clientTokenAudience, type ClientScope, type RouteDefinition } from '@pintu/contract'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationHelpers } from './support/applications.ts'
import { basic, form, integrationClientHelpers } from './support/integration-clients.ts'
import { createTestApp, createTestClock, queryRows, type TestApp } from './support/test-app.ts'
import { sql } from 'drizzle-orm'
import { generateKeyPairSync, randomUUID, sign, type KeyObject } from 'node:crypto'

const samplePath = (route: RouteDefinition) =>
  route.url
    .replace(':code', 'SIUP')
    .replace(':id', '00000000-0000-4000-8000-000000000000')
    .replace(':registrationNo', 'REG-0')

describe('integration clients', () => {
  const clock = createTestClock(new Date('2026-11-17T09:00:00+07:00'))
  let t: TestApp
  let admin: Awaited<ReturnType<TestApp['account']>>

  beforeAll(async () => {
    t = await createTestApp({ clock })
    admin = await t.account(['admin'])
  })
  afterAll(() => t.close())

  // Read when called: beforeAll has set them by then.
  const { register, requestToken, tokenOf, me } = integrationClientHelpers(() => ({ t, admin }))

  it('registers a client whose secret is shown once and stored only as a hash', async () => {
    const { client, clientSecret } = await register()
    expect(clientSecret).toMatch(/^pintu_cs_[A-Za-z0-9_-]{43}$/)
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/clients', headers: admin.headers })
    expect(list.body).not.toContain(clientSecret)
    expect(list.json().items.find((c: { id: string }) => c.id === client.id).secrets).toHaveLength(1)
    const rows = await queryRows(t.db, sql`select secret_hash from integration_client_secrets`)
    expect(JSON.stringify(rows)).not.toContain(clientSecret)
    // Recorded as a change by the admin, and the log learns nothing of the name or contact.
    const audit = await queryRows<{ details: unknown; actor_role: string }>(
      t.db,
      sql`select details, actor_role from audit_log where action = 'integration_client.registered' and entity_id = ${client.id}`,
    )
    expect(audit).toHaveLength(1)
    expect(audit[0]!.actor_role).toBe('admin')
    expect(JSON.stringify(audit)).not.toMatch(/notaris|Portal/i)
  })

  it('refuses an unknown service type and changes nothing', async () => {
    const before = await queryRows(t.db, sql`select count(*)::int as n from integration_clients`)
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/clients',
      headers: admin.headers,
      payload: {
        name: 'Dasbor Kota',
        ownerOrganisation: 'Diskominfo',
        contactEmail: 'dasbor@kota.example',
        scopes: ['applications:read'],
        serviceCodes: ['NOPE'],
        rateLimitPerMinute: 60,
      },
    })
    expect(res.statusCode).toBe(422)
    expect(res.json().error.code).toBe('integrations.unknown_service')
    expect(await queryRows(t.db, sql`select count(*)::int as n from integration_clients`)).toEqual(before)
  })

  it('issues a 5-minute token bound to this API by client credentials with client_secret_basic', async () => {
    const { client, clientSecret } = await register({ scopes: ['applications:read', 'catalogue:read'] })
    const res = await requestToken(client.id, clientSecret)
    expect(res.statusCode).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    const body = res.json()
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 300, scope: 'applications:read catalogue:read' })
    const claims = t.app.jwt.decode<{ aud: string; exp: number; iat: number; sub: string }>(body.access_token)!
    expect(claims.aud).toBe(clientTokenAudience('https://pintu.test'))
    expect(claims.exp - claims.iat).toBe(300)
    expect(claims.sub).toBe(client.id)
    const self = await me(body.access_token)
    expect(self.statusCode).toBe(200)
    expect(self.json().id).toBe(client.id)
    // A narrower scope on request is granted; one the client does not hold is refused.
    const narrow = await requestToken(client.id, clientSecret, 'grant_type=client_credentials&scope=catalogue%3Aread')
    expect(narrow.json().scope).toBe('catalogue:read')
    const wider = await requestToken(client.id, clientSecret, 'grant_type=client_credentials&scope=webhooks%3Amanage')
    expect(wider.statusCode).toBe(400)
    expect(wider.json().error).toBe('invalid_scope')
  })

  it('answers token errors in RFC 6749 §5.2 form', async () => {
    const { client, clientSecret } = await register()
    const wrong = await requestToken(client.id, `${clientSecret}x`)
    expect(wrong.statusCode).toBe(401)
    expect(wrong.json().error).toBe('invalid_client')
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic /)
    const unknown = await requestToken('00000000-0000-4000-8000-000000000000', clientSecret)
    expect(unknown.json()).toEqual(wrong.json())
    const noAuth = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: form,
      payload: 'grant_type=client_credentials',
    })
    expect(noAuth.statusCode).toBe(401)
    expect(noAuth.json().error).toBe('invalid_client')
    const grant = await requestToken(client.id, clientSecret, 'grant_type=password')
    expect(grant.statusCode).toBe(400)
    expect(grant.json().error).toBe('unsupported_grant_type')
    const missing = await requestToken(client.id, clientSecret, 'scope=catalogue%3Aread')
    expect(missing.json().error).toBe('invalid_request')
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oauth/token',
      headers: { authorization: basic(client.id, clientSecret) },
      payload: { grant_type: 'client_credentials' },
    })
    expect(json.statusCode).toBe(400)
    expect(json.json().error).toBe('invalid_request')
    const inBody = await requestToken(
      client.id,
      clientSecret,
      `grant_type=client_credentials&client_secret=${encodeURIComponent(clientSecret)}`,
    )
    expect(inBody.json().error).toBe('invalid_request')
    const huge = await requestToken(client.id, clientSecret, `grant_type=client_credentials&x=${'a'.repeat(10_000)}`)
    expect(huge.statusCode).toBe(400)
    expect(huge.json().error).toBe('invalid_request')
  })

  it('refuses expired tokens and tokens for another audience', async () => {
    const { client, clientSecret } = await register()
    const good = t.app.jwt.decode<Record<string, unknown>>(await tokenOf(client.id, clientSecret))!
    const { iat: _iat, exp: _exp, ...claims } = good
    const expired = t.app.jwt.sign(
      { ...claims, iat: 1_000_000, exp: 1_000_300 } as never,
      { expiresIn: undefined } as never,
    )
    expect((await me(expired)).json().error.code).toBe('auth.token_expired')
    const foreign = t.app.jwt.sign({ ...claims, aud: 'https://elsewhere.example/api' } as never)
    const res = await me(foreign)
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('auth.unauthenticated')
    // A person's token with an audience added is not a person's token either.
    const officer = t.app.jwt.decode<Record<string, unknown>>(admin.token)!
    const { iat: _i, exp: _e, ...officerClaims } = officer
    const stretched = t.app.jwt.sign({ ...officerClaims, aud: claims.aud } as never)
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: `Bearer ${stretched}` } }))
        .statusCode,
    ).toBe(401)
  })

  it('rotates a secret with an overlap: both work until the overlap ends, then only the new one', async () => {
    const { client, clientSecret: first } = await register()
    const rotated = await t.app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client.id}/rotate-secret`,
      headers: admin.headers,
      payload: { overlapHours: 24 },
    })
    expect(rotated.statusCode, rotated.body).toBe(200)
    const second = rotated.json().clientSecret as string
    expect(second).not.toBe(first)
    expect(rotated.json().client.secrets).toHaveLength(2)
    expect((await requestToken(client.id, first)).statusCode).toBe(200)
    expect((await requestToken(client.id, second)).statusCode).toBe(200)
    clock.advance(24 * 3_600_000 + 1000)
    expect((await requestToken(client.id, first)).json().error).toBe('invalid_client')
    expect((await requestToken(client.id, second)).statusCode).toBe(200)
    // Without an overlap the old secret stops at once.
    const again = await t.app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client.id}/rotate-secret`,
      headers: admin.headers,
      payload: { overlapHours: 0 },
    })
    expect((await requestToken(client.id, second)).json().error).toBe('invalid_client')
    expect((await requestToken(client.id, again.json().clientSecret)).statusCode).toBe(200)
  })

  it('revocation stops the secret and the tokens already issued at once', async () => {
    const { client, clientSecret } = await register()
    const token = await tokenOf(client.id, clientSecret)
    expect((await me(token)).statusCode).toBe(200)
    const revoked = await t.app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client.id}/revoke`,
      headers: admin.headers,
    })
    expect(revoked.statusCode).toBe(200)
    expect(revoked.json().revokedAt).not.toBeNull()
    const after = await me(token)
    expect(after.statusCode).toBe(401)
    expect(after.json().error.code).toBe('auth.session_ended')
    expect((await requestToken(client.id, clientSecret)).json().error).toBe('invalid_client')
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client.id}/revoke`,
      headers: admin.headers,
    })
    expect(twice.json().error.code).toBe('integrations.revoked')
    const rotate = await t.app.inject({
      method: 'POST',
      url: `/api/v1/clients/${client.id}/rotate-secret`,
      headers: admin.headers,
      payload: { overlapHours: 1 },
    })
    expect(rotate.json().error.code).toBe('integrations.revoked')
  })

  it('answers 429 with Retry-After past the client’s own rate limit', async () => {
    const { client, clientSecret } = await register({ rateLimitPerMinute: 2 })
    const token = await tokenOf(client.id, clientSecret)
    expect((await me(token)).statusCode).toBe(200)
    expect((await me(token)).statusCode).toBe(200)
    const third = await me(token)
    expect(third.statusCode).toBe(429)
    expect(third.json().error.code).toBe('rate_limited')
    expect(Number(third.headers['retry-after'])).toBeGreaterThanOrEqual(1)
  })

  describe('scopes × routes: a client token reaches a route only through a scope the route declares', () => {
    const protectedRoutes = (allRoutes as readonly RouteDefinition[]).filter((route) => route.access !== 'public')
    const tokens: Partial<Record<ClientScope, string>> = {}
    let all = ''
    beforeAll(async () => {
      const everything = await register()
      all = await tokenOf(everything.client.id, everything.clientSecret)
      for (const scope of clientScopes) {
        const one = await register({ scopes: [scope] })
        tokens[scope] = await tokenOf(one.client.id, one.clientSecret)
      }
    })

    it('routes without scopes refuse a client holding every scope (default deny)', async () => {
      for (const route of protectedRoutes.filter((r) => !r.scopes?.length)) {
        const res = await t.app.inject({
          method: route.method,
          url: samplePath(route),
          headers: { authorization: `Bearer ${all}` },
          payload: 'body' in route.schema ? {} : undefined,
        })
        expect(res.statusCode, `${route.method} ${route.url}`).toBe(403)
        expect(res.json().error.code).toBe('auth.forbidden')
        expect(res.headers['www-authenticate']).toContain('insufficient_scope')
      }
    })

    it.each(clientScopes.map((scope) => [scope] as const))('a client holding only %s', async (scope) => {
      for (const route of protectedRoutes.filter((r) => r.scopes?.length)) {
        const res = await t.app.inject({
          method: route.method,
          url: samplePath(route),
          headers: { authorization: `Bearer ${tokens[scope]}` },
          payload: 'body' in route.schema ? {} : undefined,
        })
        const name = `${route.method} ${route.url} with ${scope}`
        if (route.scopes!.includes(scope)) expect([401, 403], name).not.toContain(res.statusCode)
        else {
          expect(res.statusCode, name).toBe(403)
          expect(res.headers['www-authenticate']).toContain(`scope="${route.scopes!.join(' ')}"`)
        }
      }
    })
  })

  it('reads the status of applications of its service types only, without personal data', async () => {
    const h = applicationHelpers(t)
    const applicant = await t.account(['applicant'], { fullName: 'Siti Rahmawati' })
    const draft = await h.readyDraft(applicant, 'SKP')
    const submitted = (await h.act(applicant, draft.id, 'submit', { version: draft.version })).json().application
    const registrationNo = submitted.registrationNo as string
    const mine = await register({ scopes: ['applications:read'], serviceCodes: ['SKP'] })
    const other = await register({ scopes: ['applications:read'], serviceCodes: ['SIUP'] })
    const read = (token: string, no = registrationNo) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/integration/applications/${encodeURIComponent(no)}`,
        headers: { authorization: `Bearer ${token}` },
      })
    const res = await read(await tokenOf(mine.client.id, mine.clientSecret))
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json()).toMatchObject({ registrationNo, serviceCode: 'SKP', status: 'submitted' })
    expect(res.body).not.toContain('Siti')
    expect(res.body).not.toContain(applicant.user.email)
    // Another service type's client learns nothing, not even that the number exists.
    const elsewhere = await read(await tokenOf(other.client.id, other.clientSecret))
    const unknownNo = registrationNo.replace(/\d(?=\D*$)/, (d) => String((Number(d) + 1) % 10))
    const unknown = await read(await tokenOf(other.client.id, other.clientSecret), unknownNo)
    expect(elsewhere.statusCode).toBe(404)
    expect(unknown.statusCode).toBe(404)
    expect(elsewhere.json().error.code).toBe('tracking.not_found')
    expect(unknown.json().error.code).toBe('tracking.not_found')
  })

  describe('private_key_jwt (RFC 7523)', () => {
    const endpoint = `${clientTokenAudience('https://pintu.test')}/v1/oauth/token`
    const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url')
    /** A client assertion signed as a client library would, with node:crypto. */
    function assertion(key: KeyObject, alg: 'EdDSA' | 'ES256', claims: Record<string, unknown>) {
      const data = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`
      const signature =
        alg === 'EdDSA'
          ? sign(null, Buffer.from(data), key)
          : sign('sha256', Buffer.from(data), { key, dsaEncoding: 'ieee-p1363' })
      return `${data}.${signature.toString('base64url')}`
    }
    const claimsFor = (id: string, extra: Record<string, unknown> = {}) => {
      const now = Math.floor(clock.now().getTime() / 1000)
      return { iss: id, sub: id, aud: endpoint, exp: now + 120, iat: now, jti: randomUUID(), ...extra }
    }
    const withAssertion = (jwt: string, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/oauth/token',
        headers: { ...form, ...headers },
        payload: new URLSearchParams({
          grant_type: 'client_credentials',
          client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
          client_assertion: jwt,
        }).toString(),
      })

    it.each([
      ['ed25519', 'EdDSA'],
      ['ec', 'ES256'],
    ] as const)('a %s key signs an assertion that gets a token, once', async (type, alg) => {
      const pair =
        type === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('ec', { namedCurve: 'P-256' })
      const { client } = await register({ publicKey: pair.publicKey.export({ format: 'jwk' }) })
      const jwt = assertion(pair.privateKey, alg, claimsFor(client.id))
      const res = await withAssertion(jwt)
      expect(res.statusCode, res.body).toBe(200)
      expect((await me(res.json().access_token)).json().id).toBe(client.id)
      const replay = await withAssertion(jwt)
      expect(replay.statusCode).toBe(401)
      expect(replay.json().error).toBe('invalid_client')
    })

    it('refuses another key, another audience, an expired or long-lived assertion, and a second method', async () => {
      const pair = generateKeyPairSync('ed25519')
      const { client, clientSecret } = await register({ publicKey: pair.publicKey.export({ format: 'jwk' }) })
      const other = generateKeyPairSync('ed25519').privateKey
      const now = Math.floor(clock.now().getTime() / 1000)
      for (const jwt of [
        assertion(other, 'EdDSA', claimsFor(client.id)),
        assertion(pair.privateKey, 'EdDSA', claimsFor(client.id, { aud: 'https://elsewhere.example/token' })),
        assertion(pair.privateKey, 'EdDSA', claimsFor(client.id, { exp: now - 120 })),
        assertion(pair.privateKey, 'EdDSA', claimsFor(client.id, { exp: now + 3600 })),
        assertion(pair.privateKey, 'EdDSA', claimsFor(client.id, { iss: 'someone-else' })),
        assertion(pair.privateKey, 'EdDSA', claimsFor(client.id, { jti: undefined })),
        `${b64({ alg: 'none' })}.${b64(claimsFor(client.id))}.`,
      ]) {
        const res = await withAssertion(jwt)
        expect(res.statusCode, jwt).toBe(401)
        expect(res.json().error).toBe('invalid_client')
      }
      const both = await withAssertion(assertion(pair.privateKey, 'EdDSA', claimsFor(client.id)), {
        authorization: basic(client.id, clientSecret),
      })
      expect(both.statusCode).toBe(400)
      expect(both.json().error).toBe('invalid_request')
      // A client registered without a key cannot use assertions at all.
      const plain = await register()
      const keyless = await withAssertion(assertion(pair.privateKey, 'EdDSA', claimsFor(plain.client.id)))
      expect(keyless.json().error).toBe('invalid_client')
    })

    it('refuses to register a key it could not verify with', async () => {
      const weak = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey.export({ format: 'jwk' })
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/clients',
        headers: admin.headers,
        payload: {
          name: 'Bank Daerah',
          ownerOrganisation: 'Bank BJB',
          contactEmail: 'api@bank.example',
          scopes: ['applications:read'],
          serviceCodes: ['SKP'],
          rateLimitPerMinute: 60,
          publicKey: weak,
        },
      })
      expect(res.statusCode).toBe(422)
      expect(res.json().error.code).toBe('integrations.bad_public_key')
    })
  })
})
