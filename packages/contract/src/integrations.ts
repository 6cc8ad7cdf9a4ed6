import { Type, type Static } from 'typebox'
import { IsoDateTime, Text, Uuid } from './common.ts'

/**
 * Integration clients (SPEC §3, §10): third-party systems (OSS, the regional finance system, a
 * bank, a notary or business-association portal, a city dashboard) that call the API as
 * themselves, not as a person. An admin registers a client with the scopes and service types it
 * may touch; the client gets tokens by the OAuth 2.0 client-credentials grant (RFC 6749 §4.4).
 */
export const clientScopes = [
  'catalogue:read',
  'applications:read',
  'applications:write',
  'documents:write',
  'permits:verify',
  'webhooks:manage',
  'stats:read',
] as const
export type ClientScope = (typeof clientScopes)[number]

/** What each scope lets a client do, as the OpenAPI document's OAuth2 scheme states it. */
export const clientScopeDescriptions: Record<ClientScope, string> = {
  'catalogue:read': 'Read the published catalogue (also public without a token)',
  'applications:read':
    'Read the status and history of applications of the client’s service types, without personal data',
  'applications:write': 'File applications on behalf of an applicant who granted the client consent',
  'documents:write': 'Upload documents to applications the client filed',
  'permits:verify': 'Verify permits (also public without a token)',
  'webhooks:manage': 'Manage the client’s webhook subscriptions and read its deliveries',
  'stats:read': 'Read public statistics (also public without a token)',
}

/** The audience every client token is bound to: the API of this deployment, at its public address. */
export const clientTokenAudience = (publicUrl: string) => `${publicUrl.replace(/\/+$/, '')}/api`

export const ClientScopeSchema = Type.Enum([...clientScopes], { description: 'A scope an integration client may hold' })
const ServiceCode = Type.String({
  pattern: '^[A-Z0-9_-]{2,32}$',
  description: 'A service type code of the catalogue (e.g. `SIUP`)',
})

/**
 * A client's public key for `private_key_jwt` (RFC 7523 §2.2), as a JWK (RFC 7517): Ed25519
 * (`OKP`, signs EdDSA), P-256 (`EC`, signs ES256) or RSA of 2048 bits or more (signs RS256).
 */
export const ClientPublicKeySchema = Type.Object(
  {
    kty: Type.Enum(['OKP', 'EC', 'RSA'], { description: 'Key type' }),
    crv: Type.Optional(Type.Enum(['Ed25519', 'P-256'], { description: 'Curve (OKP and EC keys)' })),
    x: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,200}$', description: 'Public point x (base64url)' })),
    y: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,200}$', description: 'Public point y (EC)' })),
    n: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,1400}$', description: 'RSA modulus (base64url)' })),
    e: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{1,16}$', description: 'RSA exponent (base64url)' })),
    kid: Type.Optional(
      Type.String({ pattern: '^[\\x21-\\x7e]{1,100}$', description: 'Key id, for the client’s records' }),
    ),
  },
  { additionalProperties: false },
)
export type ClientPublicKey = Static<typeof ClientPublicKeySchema>

export const IntegrationClientSchema = Type.Object({
  id: Uuid('The client id (the `client_id` of the token request)'),
  name: Type.String({ description: 'The system’s name' }),
  ownerOrganisation: Type.String({ description: 'The organisation answerable for the system' }),
  contactEmail: Type.String({ description: 'Where the office writes about this client (failing webhooks, rotation)' }),
  scopes: Type.Array(ClientScopeSchema, { description: 'What the client may do' }),
  serviceCodes: Type.Array(Type.String(), { description: 'The service types whose applications it may touch' }),
  rateLimitPerMinute: Type.Integer({ description: 'Requests a minute the client may make with its tokens' }),
  publicKey: Type.Union([ClientPublicKeySchema, Type.Null()], {
    description: 'The key its `private_key_jwt` assertions must verify with; null when it uses only its secret',
  }),
  createdAt: IsoDateTime('When it was registered'),
  revokedAt: Type.Union([IsoDateTime('When it was revoked; its tokens stopped working at once'), Type.Null()]),
  secrets: Type.Array(
    Type.Object({
      id: Uuid('The secret’s id (never the secret itself)'),
      createdAt: IsoDateTime('When it was issued'),
      expiresAt: Type.Union([IsoDateTime('When it stops working (the end of a rotation’s overlap)'), Type.Null()]),
    }),
    { description: 'Secrets that work now; a rotated-out one stays until its overlap ends' },
  ),
})
export type IntegrationClient = Static<typeof IntegrationClientSchema>

export const IntegrationClientListSchema = Type.Object({
  items: Type.Array(IntegrationClientSchema, { description: 'Every client, newest first' }),
})

export const CreateIntegrationClientBodySchema = Type.Object(
  {
    name: Text({ minLength: 3, maxLength: 120, description: 'The system’s name, e.g. “Portal Notaris Kota Bandung”' }),
    ownerOrganisation: Text({ minLength: 3, maxLength: 200, description: 'The organisation answerable for it' }),
    contactEmail: Type.String({ format: 'email', maxLength: 254, description: 'The owner’s technical contact' }),
    scopes: Type.Array(ClientScopeSchema, { minItems: 1, maxItems: 7, uniqueItems: true }),
    serviceCodes: Type.Array(ServiceCode, {
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      description: 'Service types whose applications it may read or file; each must exist in the catalogue',
    }),
    rateLimitPerMinute: Type.Integer({ minimum: 1, maximum: 100_000, description: 'Requests a minute' }),
    publicKey: Type.Optional(ClientPublicKeySchema),
  },
  { additionalProperties: false },
)
export type CreateIntegrationClientBody = Static<typeof CreateIntegrationClientBodySchema>

export const IntegrationClientSecretSchema = Type.Object({
  client: IntegrationClientSchema,
  clientSecret: Type.String({
    description:
      'The new secret. Shown this once: Pintu keeps only its hash, so a lost secret is rotated, not recovered.',
  }),
})
export type IntegrationClientSecret = Static<typeof IntegrationClientSecretSchema>

export const RotateClientSecretBodySchema = Type.Object(
  {
    overlapHours: Type.Integer({
      minimum: 0,
      maximum: 720,
      description: 'How long the secrets working now keep working beside the new one (0: they stop at once)',
    }),
  },
  { additionalProperties: false },
)
export type RotateClientSecretBody = Static<typeof RotateClientSecretBodySchema>

export const ClientIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
)

/** A successful token response (RFC 6749 §5.1). */
export const TokenResponseSchema = Type.Object({
  access_token: Type.String({ description: 'A JWT to send as `Authorization: Bearer …`' }),
  token_type: Type.Literal('Bearer'),
  expires_in: Type.Integer({ description: 'Seconds the token is valid' }),
  scope: Type.String({ description: 'The scopes granted, space-separated' }),
})
export type TokenResponse = Static<typeof TokenResponseSchema>

export const oauthErrorCodes = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
] as const
/** A token error response (RFC 6749 §5.2): this endpoint answers in OAuth's shape, not Pintu's. */
export const OAuthErrorSchema = Type.Object(
  {
    error: Type.Enum([...oauthErrorCodes], { description: 'The RFC 6749 §5.2 error code' }),
    error_description: Type.String({ description: 'What was wrong, in English' }),
  },
  { description: 'RFC 6749 §5.2 error response' },
)
export type OAuthError = Static<typeof OAuthErrorSchema>
