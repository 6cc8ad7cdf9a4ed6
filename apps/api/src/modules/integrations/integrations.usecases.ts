import {
  clientScopes,
  type ClientScope,
  type CreateIntegrationClientBody,
  type IntegrationClient,
  type IntegrationClientSecret,
  type OAuthError,
  type RotateClientSecretBody,
  type TokenResponse,
} from '@pintu/contract'
import type { Clock } from '../../clock.ts'
import type { Db } from '../../db/database.ts'
import type { Executor } from '../../db/transaction.ts'
import { AppError, conflict, notFound } from '../../errors/app-error.ts'
import type { Caller } from '../applications/applications.deps.ts'
import type { CatalogueRepository } from '../catalogue/catalogue.repository.ts'
import type { ChangeRecord } from '../changes/change-record.ts'
import type { Office } from '../offices/offices.repository.ts'
import { assertionKey, claimedClient, JWT_BEARER, verifyAssertion } from './client-assertion.ts'
import type { ClientGuard } from './client-guard.ts'
import { hashClientSecret, newClientSecret, parseBasic, secretMatches } from './client-credentials.ts'
import { CLIENT_TOKEN_TTL_SECONDS, type ClientClaims } from './client-tokens.ts'
import type { ConsentsRepository } from './consents.repository.ts'
import type { ClientRow, IntegrationsRepository, SecretRow } from './integrations.repository.ts'

export interface IntegrationsDeps {
  db: Db
  clock: Clock
  office: Office
  clients: IntegrationsRepository
  consents: ConsentsRepository
  guard: ClientGuard
  changes: ChangeRecord
  catalogue: Pick<CatalogueRepository, 'findType'>
  /** The audience client tokens are bound to (`clientTokenAudience(publicUrl)`). */
  audience: string
}

const admin = (caller: Caller) => ({ id: caller.actor.id, role: 'admin' })

function toClient(row: ClientRow, secrets: SecretRow[]): IntegrationClient {
  return {
    id: row.id,
    name: row.name,
    ownerOrganisation: row.ownerOrganisation,
    contactEmail: row.contactEmail,
    scopes: row.scopes as ClientScope[],
    serviceCodes: row.serviceCodes,
    rateLimitPerMinute: row.rateLimitPerMinute,
    publicKey: row.publicKey ?? null,
    createdAt: row.createdAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    secrets: secrets
      .filter((s) => s.clientId === row.id)
      .map((s) => ({ id: s.id, createdAt: s.createdAt.toISOString(), expiresAt: s.expiresAt?.toISOString() ?? null })),
  }
}

async function view(deps: IntegrationsDeps, ex: Executor, row: ClientRow): Promise<IntegrationClient> {
  return toClient(row, row.revokedAt ? [] : await deps.clients.liveSecrets(ex, [row.id], deps.clock.now()))
}

export async function listClients(deps: IntegrationsDeps): Promise<{ items: IntegrationClient[] }> {
  const rows = await deps.clients.list(deps.db, deps.office.id)
  const live = rows.filter((r) => !r.revokedAt).map((r) => r.id)
  const secrets = await deps.clients.liveSecrets(deps.db, live, deps.clock.now())
  return { items: rows.map((row) => toClient(row, row.revokedAt ? [] : secrets)) }
}

export async function registerClient(
  deps: IntegrationsDeps,
  body: CreateIntegrationClientBody,
  caller: Caller,
): Promise<IntegrationClientSecret> {
  if (body.publicKey && !assertionKey(body.publicKey))
    throw new AppError('integrations.bad_public_key', {
      problems: [{ field: '/publicKey', code: 'integrations.bad_public_key' }],
    })
  const secret = newClientSecret()
  const now = deps.clock.now()
  const client = await deps.db.transaction(async (tx) => {
    for (const code of body.serviceCodes)
      if (!(await deps.catalogue.findType(tx, deps.office.id, code)))
        throw new AppError('integrations.unknown_service', {
          params: { code },
          problems: [{ field: '/serviceCodes', code: 'integrations.unknown_service', params: { code } }],
        })
    const row = await deps.clients.insert(tx, {
      officeId: deps.office.id,
      ...body,
      contactEmail: body.contactEmail.toLowerCase(),
      createdBy: caller.actor.id,
      createdAt: now,
    })
    const stored = await deps.clients.insertSecret(tx, {
      clientId: row.id,
      secretHash: hashClientSecret(secret),
      createdAt: now,
    })
    // The name and contact stay in the client's row; the public log learns only what it may do.
    await deps.changes.record(tx, {
      action: 'integration_client.registered',
      entity: { type: 'integration_client', id: row.id },
      actor: admin(caller),
      details: {
        scopes: body.scopes,
        serviceCodes: body.serviceCodes,
        rateLimitPerMinute: body.rateLimitPerMinute,
        secretId: stored.id,
      },
      requestId: caller.requestId,
    })
    return toClient(row, [stored])
  })
  return { client, clientSecret: secret }
}

export async function rotateSecret(
  deps: IntegrationsDeps,
  id: string,
  body: RotateClientSecretBody,
  caller: Caller,
): Promise<IntegrationClientSecret> {
  const secret = newClientSecret()
  const now = deps.clock.now()
  const client = await deps.db.transaction(async (tx) => {
    const row = await deps.clients.find(tx, deps.office.id, id)
    if (!row) throw notFound('integrations.not_found')
    if (row.revokedAt) throw conflict('integrations.revoked')
    await deps.clients.expireSecrets(tx, id, now, new Date(now.getTime() + body.overlapHours * 3_600_000))
    const stored = await deps.clients.insertSecret(tx, {
      clientId: id,
      secretHash: hashClientSecret(secret),
      createdAt: now,
    })
    await deps.changes.record(tx, {
      action: 'integration_client.secret_rotated',
      entity: { type: 'integration_client', id },
      actor: admin(caller),
      details: { secretId: stored.id, overlapHours: body.overlapHours },
      requestId: caller.requestId,
    })
    return view(deps, tx, row)
  })
  return { client, clientSecret: secret }
}

export async function revokeClient(deps: IntegrationsDeps, id: string, caller: Caller): Promise<IntegrationClient> {
  const now = deps.clock.now()
  const client = await deps.db.transaction(async (tx) => {
    const existing = await deps.clients.find(tx, deps.office.id, id)
    if (!existing) throw notFound('integrations.not_found')
    const row = await deps.clients.revoke(tx, deps.office.id, id, caller.actor.id, now)
    if (!row) throw conflict('integrations.revoked')
    await deps.clients.expireSecrets(tx, id, now, now)
    await deps.changes.record(tx, {
      action: 'integration_client.revoked',
      entity: { type: 'integration_client', id },
      actor: admin(caller),
      details: {},
      requestId: caller.requestId,
    })
    return toClient(row, [])
  })
  deps.guard.forget(id)
  return client
}

/** The calling client as it stands (its token's view of itself). */
export async function clientItself(deps: IntegrationsDeps, id: string): Promise<IntegrationClient> {
  const row = await deps.clients.find(deps.db, deps.office.id, id)
  if (!row || row.revokedAt) throw new AppError('auth.session_ended')
  return view(deps, deps.db, row)
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const SCOPE_TOKEN = /^[\x21\x23-\x5b\x5d-\x7e]+$/

export type TokenOutcome = { ok: true; body: TokenResponse } | { ok: false; status: 400 | 401; body: OAuthError }

const refuse = (status: 400 | 401, error: OAuthError['error'], description: string): TokenOutcome => ({
  ok: false,
  status,
  body: { error, error_description: description },
})

/**
 * The client-credentials grant (RFC 6749 §4.4): authenticate the client by `client_secret_basic`,
 * grant the scopes asked for (all it holds when none are named), sign a short-lived token for
 * this API's audience. Nothing is written: a token is not a change of state.
 */
export async function issueToken(
  deps: IntegrationsDeps,
  input: { authorization: string | undefined; form: URLSearchParams | null },
  sign: (claims: ClientClaims, ttlSeconds: number) => string,
): Promise<TokenOutcome> {
  const form = input.form
  if (!form) return refuse(400, 'invalid_request', 'Send the request as application/x-www-form-urlencoded.')
  for (const name of ['grant_type', 'scope', 'client_id', 'client_secret', 'client_assertion', 'client_assertion_type'])
    if (form.getAll(name).length > 1) return refuse(400, 'invalid_request', `Parameter ${name} is repeated.`)
  if (form.has('client_secret'))
    return refuse(
      400,
      'invalid_request',
      'Send the client secret by HTTP Basic (client_secret_basic), not in the body.',
    )
  const grant = form.get('grant_type')
  if (!grant) return refuse(400, 'invalid_request', 'grant_type is missing.')
  if (grant !== 'client_credentials')
    return refuse(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported.')

  const authenticated = form.has('client_assertion_type')
    ? await byAssertion(deps, form, input.authorization)
    : await bySecret(deps, input.authorization)
  if ('refusal' in authenticated) return authenticated.refusal
  const row = authenticated.row
  if (form.has('client_id') && form.get('client_id') !== row.id)
    return refuse(400, 'invalid_request', 'client_id in the body differs from the authenticated client.')

  const held = row.scopes as ClientScope[]
  let granted = held
  const asked = form.get('scope')
  if (asked !== null) {
    const names = asked.split(' ').filter(Boolean)
    if (names.length === 0 || names.some((n) => !SCOPE_TOKEN.test(n)))
      return refuse(400, 'invalid_scope', 'scope must be space-separated scope names.')
    const unknown = names.filter(
      (n) => !(clientScopes as readonly string[]).includes(n) || !held.includes(n as ClientScope),
    )
    if (unknown.length) return refuse(400, 'invalid_scope', `Not granted to this client: ${unknown.join(' ')}.`)
    granted = held.filter((s) => names.includes(s))
  }
  const scope = granted.join(' ')
  const token = sign(
    { sub: row.id, kind: 'client', scope, aud: deps.audience, office: deps.office.code },
    CLIENT_TOKEN_TTL_SECONDS,
  )
  return { ok: true, body: { access_token: token, token_type: 'Bearer', expires_in: CLIENT_TOKEN_TTL_SECONDS, scope } }
}

type Authenticated = { row: ClientRow } | { refusal: TokenOutcome }
// The same answer for an unknown client, a revoked one and a wrong secret: nothing to probe.
const unknownClient: Authenticated = {
  refusal: refuse(401, 'invalid_client', 'Unknown client, revoked client or wrong credentials.'),
}

/** `client_secret_basic`: one of the client's live secrets. */
async function bySecret(deps: IntegrationsDeps, authorization: string | undefined): Promise<Authenticated> {
  const credentials = parseBasic(authorization)
  if (!credentials)
    return {
      refusal: refuse(
        401,
        'invalid_client',
        'Authenticate with HTTP Basic (the client id and secret) or private_key_jwt.',
      ),
    }
  const row = UUID.test(credentials.clientId)
    ? await deps.clients.find(deps.db, deps.office.id, credentials.clientId)
    : undefined
  const secrets = row && !row.revokedAt ? await deps.clients.liveSecrets(deps.db, [row.id], deps.clock.now()) : []
  if (
    !row ||
    !secretMatches(
      credentials.secret,
      secrets.map((s) => s.secretHash),
    )
  )
    return unknownClient
  return { row }
}

/** `private_key_jwt` (RFC 7523 §2.2): an assertion signed by the client's registered key, used once. */
async function byAssertion(
  deps: IntegrationsDeps,
  form: URLSearchParams,
  authorization: string | undefined,
): Promise<Authenticated> {
  // RFC 6749 §2.3: a client uses one authentication method per request.
  if (authorization)
    return { refusal: refuse(400, 'invalid_request', 'Use either HTTP Basic or a client assertion, not both.') }
  if (form.getAll('client_assertion_type').length > 1 || form.getAll('client_assertion').length > 1)
    return { refusal: refuse(400, 'invalid_request', 'The client assertion is repeated.') }
  if (form.get('client_assertion_type') !== JWT_BEARER)
    return { refusal: refuse(400, 'invalid_request', `client_assertion_type must be ${JWT_BEARER}.`) }
  const assertion = form.get('client_assertion')
  if (!assertion || assertion.length > 8000)
    return { refusal: refuse(400, 'invalid_request', 'client_assertion is missing.') }
  const clientId = claimedClient(assertion)
  const row = clientId && UUID.test(clientId) ? await deps.clients.find(deps.db, deps.office.id, clientId) : undefined
  const registered = row?.publicKey ? assertionKey(row.publicKey) : undefined
  if (!row || row.revokedAt || !registered) return unknownClient
  const now = deps.clock.now()
  const checked = verifyAssertion(assertion, registered, {
    clientId: row.id,
    audiences: [`${deps.audience}/v1/oauth/token`, deps.audience],
    now,
  })
  if ('problem' in checked)
    return { refusal: refuse(401, 'invalid_client', `The client assertion: ${checked.problem}.`) }
  if (!(await deps.clients.useAssertion(deps.db, row.id, checked.jti, checked.expiresAt, now)))
    return { refusal: refuse(401, 'invalid_client', 'The client assertion was used before.') }
  return { row }
}
