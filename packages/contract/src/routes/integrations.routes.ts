/** Integration clients: the token endpoint, their registration by an admin, and what a client reads as itself. */
import {
  ClientIdParamsSchema,
  CreateIntegrationClientBodySchema,
  IntegrationClientListSchema,
  IntegrationClientSchema,
  IntegrationClientSecretSchema,
  OAuthErrorSchema,
  RotateClientSecretBodySchema,
  TokenResponseSchema,
  clientScopes,
} from '../integrations.ts'
import { defineRoute } from '../route.ts'
import { TrackingSchema, TrackParamsSchema } from '../tracking.ts'

export const integrationRoutes = {
  token: defineRoute({
    method: 'POST',
    url: '/api/v1/oauth/token',
    access: 'public',
    errorShape: 'oauth',
    schema: {
      summary: 'Get an access token for an integration client (OAuth 2.0 client credentials)',
      description:
        'RFC 6749 §4.4. Send `grant_type=client_credentials` (and optionally `scope`, space-separated, a subset of the client’s scopes) as `application/x-www-form-urlencoded`, authenticating either with HTTP Basic (`client_secret_basic`: the client id and secret, each form-urlencoded, as user and password) or, for a client registered with a public key, with `private_key_jwt` (RFC 7523 §2.2): `client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer` and `client_assertion`, a JWT signed with the client’s key (EdDSA, ES256 or RS256) whose `iss` and `sub` are the client id, `aud` this endpoint’s URL, `exp` at most 5 minutes ahead, and `jti` never used before. The token is a JWT valid for 5 minutes, bound to this API’s audience, carrying the granted scopes; ask for a new one when it expires (there is no refresh token). A client belongs to one office: where an installation serves several, ask at the client’s office (header `X-Pintu-Office`, unless it is the default office); the token names that office and is refused elsewhere (403 `auth.wrong_office`). Errors follow RFC 6749 §5.2 (`{ error, error_description }`, not Pintu’s error shape): `invalid_request`, `invalid_client` (401, with `WWW-Authenticate: Basic`), `unsupported_grant_type`, `invalid_scope`.',
      tags: ['integrations'],
      response: { 200: TokenResponseSchema, 400: OAuthErrorSchema, 401: OAuthErrorSchema },
    },
  }),
  list: defineRoute({
    method: 'GET',
    url: '/api/v1/clients',
    access: ['admin', 'auditor'],
    schema: {
      summary: 'Integration clients',
      description:
        'Every registered client with its scopes, service types and live secrets (ids only, never a secret).',
      tags: ['integrations'],
      response: { 200: IntegrationClientListSchema },
    },
  }),
  create: defineRoute({
    method: 'POST',
    url: '/api/v1/clients',
    access: ['admin'],
    errors: ['integrations.unknown_service', 'integrations.bad_public_key'],
    schema: {
      summary: 'Register an integration client',
      description:
        'Answers the client id and its first secret. The secret is shown this once: only its hash is kept. Service codes must exist in the catalogue.',
      tags: ['integrations'],
      body: CreateIntegrationClientBodySchema,
      response: { 201: IntegrationClientSecretSchema },
    },
  }),
  rotate: defineRoute({
    method: 'POST',
    url: '/api/v1/clients/:id/rotate-secret',
    access: ['admin'],
    errors: ['integrations.not_found', 'integrations.revoked'],
    schema: {
      summary: 'Issue a new secret for a client',
      description:
        'The secrets working now keep working for `overlapHours` so the client can switch without a gap; then they stop. The new secret is shown this once.',
      tags: ['integrations'],
      params: ClientIdParamsSchema,
      body: RotateClientSecretBodySchema,
      response: { 200: IntegrationClientSecretSchema },
    },
  }),
  revoke: defineRoute({
    method: 'POST',
    url: '/api/v1/clients/:id/revoke',
    access: ['admin'],
    errors: ['integrations.not_found', 'integrations.revoked'],
    schema: {
      summary: 'Revoke a client',
      description: 'Its secrets stop at once and the tokens it holds are refused from the next request.',
      tags: ['integrations'],
      params: ClientIdParamsSchema,
      response: { 200: IntegrationClientSchema },
    },
  }),
  me: defineRoute({
    method: 'GET',
    url: '/api/v1/integration/me',
    access: [],
    scopes: clientScopes,
    schema: {
      summary: 'The calling integration client',
      description: 'What the client’s token allows now: its scopes, service types and rate limit. Only client tokens.',
      tags: ['integrations'],
      response: { 200: IntegrationClientSchema },
    },
  }),
  application: defineRoute({
    method: 'GET',
    url: '/api/v1/integration/applications/:registrationNo',
    access: [],
    scopes: ['applications:read'],
    errors: ['tracking.not_found'],
    schema: {
      summary: 'Status and history of an application (integration clients)',
      description:
        'The public tracking view (status, stages, timeline; no personal data) of a submitted application of one of the client’s service types, without the tracking code. An application of another service type answers exactly like an unknown number (404 `tracking.not_found`).',
      tags: ['integrations'],
      params: TrackParamsSchema,
      response: { 200: TrackingSchema },
    },
  }),
}
