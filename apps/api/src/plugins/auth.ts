import jwt from '@fastify/jwt'
import { readsOffice, type Access, type ClientScope, type Role } from '@pintu/contract'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import fp from 'fastify-plugin'
import { AppError, forbidden } from '../errors/app-error.ts'
import type { SessionGuard } from '../modules/identity/session-guard.ts'
import type { AccessClaims } from '../modules/identity/tokens.ts'
import type { ClientGuard } from '../modules/integrations/client-guard.ts'
import type { CallingClient, ClientClaims } from '../modules/integrations/client-tokens.ts'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export interface Actor {
  id: string
  kind: 'applicant' | 'officer'
  roles: Role[]
  officeCode: string
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route; routes under /api/ without it refuse to register. */
    access?: Access
    /** The scopes that let an integration client call the route; without them client tokens are refused. */
    scopes?: readonly ClientScope[]
  }
  interface FastifyRequest {
    /** The caller, on routes that are not public, when it is a person. */
    actor: Actor | null
    /** The caller when it is an integration client (a client-credentials token). */
    client: CallingClient | null
  }
  interface FastifyInstance {
    signAccessToken(claims: AccessClaims): { token: string; expiresAt: Date }
  }
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: AccessClaims
    user: AccessClaims
  }
}

/** The integration client calling a route that only clients may call. */
export function requireClient(request: FastifyRequest): CallingClient {
  if (!request.client) throw new AppError('auth.unauthenticated')
  return request.client
}

/** The caller of a non-public route; handlers of public routes never call this. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new AppError('auth.unauthenticated')
  return request.actor
}

/**
 * Whether an officer's token of another office may read at this one: an auditor whose signed
 * `reads` claim (set by the operator, pnpm office:auditor) covers this office, on a GET (or HEAD)
 * route that declares auditors (or any account: their own, GET /api/v1/me). Everything else of
 * another office's is `auth.wrong_office`: every write, every route auditors may not call, every
 * office outside the claim. The claim is signed, and changing the configuration ends the auditor's
 * sessions (the session check below), so a revoked right stops working at once, not when the token
 * expires.
 */
function readsHere(claims: AccessClaims, officeCode: string, method: string, access: Access): boolean {
  const reads = (claims as { reads?: unknown }).reads
  return (
    claims.kind === 'officer' &&
    Array.isArray(claims.roles) &&
    claims.roles.includes('auditor') &&
    Array.isArray(reads) &&
    reads.every((scope) => typeof scope === 'string') &&
    readsOffice(reads as string[], officeCode) &&
    (method === 'GET' || method === 'HEAD') &&
    // `authenticated` reads are the caller's own account (GET /api/v1/me), open to an auditor too.
    (access === 'authenticated' || (Array.isArray(access) && access.includes('auditor')))
  )
}

/**
 * Authentication and the one access rule: every route says who may call it (from the contract),
 * and the caller must hold one of those roles, or, for an integration client, one of the route's
 * scopes. Anything undeclared is refused.
 */
export const authPlugin = fp(
  async (
    app: FastifyInstance,
    options: {
      secret: string
      /** The office this module set serves: a person's or a client's token must name it. */
      officeCode: string
      accessTokenTtlSeconds: number
      sessions: SessionGuard
      /** Integration clients: what each may do now, its quota, and the audience its tokens must name. */
      clients: { guard: ClientGuard; audience: string }
    },
  ) => {
    await app.register(jwt, {
      secret: options.secret,
      sign: { algorithm: 'HS256', expiresIn: options.accessTokenTtlSeconds },
      verify: { algorithms: ['HS256'] },
    })
    app.decorate('signAccessToken', (claims: AccessClaims) => {
      const token = app.jwt.sign(claims)
      const { exp } = app.jwt.decode<{ exp: number }>(token) ?? { exp: 0 }
      return { token, expiresAt: new Date(exp * 1000) }
    })
    app.decorateRequest('actor', null)
    app.decorateRequest('client', null)

    /**
     * A client token: bound to this API's audience, its client still registered, and the route
     * declaring a scope the token carries and the client still holds (default deny); then the
     * client's own quota.
     */
    async function authenticateClient(request: FastifyRequest, claims: ClientClaims) {
      if (claims.aud !== options.clients.audience || !UUID.test(claims.sub) || typeof claims.scope !== 'string')
        throw new AppError('auth.unauthenticated')
      // A client is registered at one office; its token names it, and the route's office decides,
      // whatever office the request was routed to by header (the same IDOR rule as for persons).
      if (claims.office !== options.officeCode) throw new AppError('auth.wrong_office')
      const state = await options.clients.guard.current(claims.sub)
      if (!state) throw new AppError('auth.session_ended')
      const carried = claims.scope.split(' ')
      const scopes = state.scopes.filter((scope) => carried.includes(scope))
      const accepted = request.routeOptions.config.scopes ?? []
      if (!accepted.some((scope) => scopes.includes(scope))) {
        // RFC 6750 §3.1: say which scope would do, when one would.
        throw new AppError('auth.forbidden', {
          headers: {
            'www-authenticate': accepted.length
              ? `Bearer error="insufficient_scope", scope="${accepted.join(' ')}"`
              : 'Bearer error="insufficient_scope"',
          },
        })
      }
      const quota = await app.takeRateLimit(
        { name: 'client', max: state.rateLimitPerMinute, windowSeconds: 60 },
        claims.sub,
      )
      if (!quota.allowed) throw new AppError('rate_limited', { headers: { 'retry-after': String(quota.resetSeconds) } })
      request.client = { id: claims.sub, scopes, serviceCodes: state.serviceCodes }
    }

    app.addHook('onRoute', (route) => {
      if (route.url.startsWith('/api/') && !route.config?.access) {
        throw new Error(`route ${route.method} ${route.url} does not declare who may call it`)
      }
    })

    app.addHook('onRequest', async (request) => {
      if (request.is404) return
      const access = request.routeOptions.config.access
      if (access === undefined) throw forbidden('auth.route_not_declared')
      if (access === 'public') return
      if (!request.headers.authorization?.startsWith('Bearer ')) throw new AppError('auth.unauthenticated')
      let claims: AccessClaims
      try {
        claims = await request.jwtVerify<AccessClaims>()
      } catch (error) {
        const expired = (error as { code?: string }).code === 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED'
        throw new AppError(expired ? 'auth.token_expired' : 'auth.unauthenticated')
      }
      if ((claims as { kind: string }).kind === 'client') {
        await authenticateClient(request, claims as unknown as ClientClaims)
        return
      }
      // A person's token names no audience; one that does was minted for something else.
      if ((claims as { aud?: unknown }).aud !== undefined) throw new AppError('auth.unauthenticated')
      // A token outlives its logout, deactivation or change of roles by up to 15 minutes unless checked here.
      if (
        typeof claims.sv !== 'number' ||
        typeof claims.fam !== 'string' ||
        !UUID.test(claims.fam) ||
        !UUID.test(claims.sub)
      ) {
        throw new AppError('auth.unauthenticated')
      }
      // The office a request was routed to may come from a header; for an officer the verified claim
      // decides (IDOR across offices). Applicants are national and may apply at any office: their
      // token is good wherever it is sent, and every applicant query is scoped by the applicant and
      // by this office, so what they reach here is their own files at this office.
      const national = claims.kind === 'applicant' && claims.roles.length === 1 && claims.roles[0] === 'applicant'
      // An auditor of another office reads here when the signed claim says so, and only reads.
      const visiting = !national && claims.office !== options.officeCode
      if (visiting && !readsHere(claims, options.officeCode, request.method, access))
        throw new AppError('auth.wrong_office')
      if (!(await options.sessions.isCurrent(claims))) throw new AppError('auth.session_ended')
      request.actor = {
        id: claims.sub,
        kind: claims.kind,
        // A visiting auditor is only an auditor here, whatever else they are at their own office.
        roles: visiting ? ['auditor'] : (claims.roles as Role[]),
        officeCode: options.officeCode,
      }
      if (access !== 'authenticated' && !claims.roles.some((role) => (access as readonly string[]).includes(role))) {
        throw forbidden()
      }
    })
  },
  { name: 'pintu-auth', dependencies: ['pintu-rate-limit'] },
)
