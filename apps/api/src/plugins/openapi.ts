import swagger from '@fastify/swagger'
import swaggerUi from '@fastify/swagger-ui'
import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'
import { allRoutes, clientScopeDescriptions, type RouteDefinition } from '@pintu/contract'
import { Type } from 'typebox'
import { renderApiReference } from './api-reference.ts'

const documented = (url: string) =>
  url.startsWith('/api/') || url === '/health' || url === '/ready' || url === '/metrics'

/** Upload routes read their file from the stream, so Fastify validates no body; the document still states it. */
const uploads = new Map(
  (allRoutes as readonly RouteDefinition[])
    .filter((route) => route.upload)
    .map((route) => [`${route.method} ${route.url}`, route.upload!]),
)
/** Routes that read raw bytes of one media type (the simulator's RFC 3161 endpoint): stated the same way. */
const rawBodies = new Map(
  (allRoutes as readonly RouteDefinition[])
    .filter((route) => route.rawBody)
    .map((route) => [`${route.method} ${route.url}`, route.rawBody!]),
)
const multipartBody = (description: string) =>
  Type.Object(
    { file: Type.String({ format: 'binary', description }) },
    { required: ['file'], additionalProperties: false, description: 'Exactly one part, named `file`' },
  )

/** OpenAPI 3.1 from the contract's route schemas; interactive docs at /docs, accessible ones at /docs/reference. */
export const openapiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Pintu API',
          version: '1.0.0',
          description:
            'REST API of Pintu, the one-stop licensing service (PTSP). The citizen SPA, the officer SPA and third parties use this same API. Errors always have the shape `{ error: { code, message, details? } }`; switch on `code`. Messages follow `Accept-Language` (Bahasa Indonesia by default, or English). The same reference as plain accessible HTML: [/docs/reference](/docs/reference).\n\n' +
            'Read-your-writes: where an installation serves public reads from a database replica, the answer to every successful write carries `Pintu-Consistency-Token` (a PostgreSQL WAL position such as `16/B374D848`) and the same value in the cookie `pintu_consistency`. Send the header (or the cookie) on the public reads that follow (tracking, catalogue, statistics, status, transparency log) and they reflect your write; without it they may lag the write by a moment. Installations without a replica send no token and need none.\n\n' +
            "Offices: one installation may serve several licensing offices (DPMPTSP), each with its own catalogue, officers, files and statistics. Name the office a public or applicant call is for with the header `X-Pintu-Office` and its Kemendagri region code (e.g. `32.73` Kota Bandung, `73.71` Kota Makassar); without it the installation's default office answers, and a call with a bearer token goes to the office the token was issued for. `GET /api/v1/site` says which office answered (`officeCode`). An office the installation does not serve answers 404 `not_found`. An officer's token is bound to the office of their account, and an integration client's to the office that registered it (the client asks for its token there, naming it with `X-Pintu-Office`): sent to another office either is refused with 403 `auth.wrong_office`, whatever the header says. Auditors are the one exception, and for reads only: an auditor whom the installation's operator allowed to read other offices (every served office of a province, or a list of offices) sends their token to such an office with `X-Pintu-Office` and may call its GET routes open to auditors, as an auditor only (whatever other roles they hold at their own office); every other call there, and every office outside those reading rights, is 403 `auth.wrong_office`. The rights travel signed in the token, and changing them ends the auditor's sessions, so they log in again to use new ones and a withdrawn right stops working at once. Applicants are national: their token works at every office, where it reaches their own applications at that office; their list (`GET /api/v1/applications`) shows their applications at every office, each with its `officeCode`. Rate limits and login throttling count a caller once across the offices of an installation.",
          license: { name: 'AGPL-3.0-only' },
        },
        components: {
          securitySchemes: {
            bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
            // Integration clients: routes list the scopes they accept; a route without any refuses client tokens.
            oauth2: {
              type: 'oauth2',
              description:
                'Integration clients: OAuth 2.0 client credentials (RFC 6749 §4.4) with client_secret_basic. Tokens live 5 minutes and are bound to this API.',
              flows: { clientCredentials: { tokenUrl: '/api/v1/oauth/token', scopes: clientScopeDescriptions } },
            },
          },
        },
        tags: [
          { name: 'catalogue', description: 'The published catalogue of services and their service standards' },
          {
            name: 'catalogue administration',
            description: 'Versioned catalogue editing with dual-control publication',
          },
          { name: 'auth', description: 'Registration, login and sessions' },
          { name: 'officers', description: 'Officer accounts' },
          {
            name: 'applications',
            description: 'Applying, correcting and deciding applications; the lifecycle table in @pintu/contract',
          },
          { name: 'work', description: 'System-assigned work: queues, the supervisor board, reassignment, duty' },
          { name: 'tracking', description: 'Public tracking of an application, without personal data' },
          { name: 'permits', description: 'Signed e-permits: PDF, public key, public verification, revocation' },
          {
            name: 'payments',
            description: 'SKRD invoices, the signed bank callback, reconciliation and dual-control manual confirmation',
          },
          { name: 'bank simulator', description: 'A local stand-in for the bank host, enabled only by configuration' },
          { name: 'continuity', description: 'Declared closures (clocks pause, public notice) and escalations' },
          { name: 'delegations', description: 'Signing delegation to an acting official (Plt./Plh.)' },
          {
            name: 'counter',
            description: 'Counter intake: a frontdesk officer files on behalf of a walk-in applicant',
          },
          { name: 'stats', description: 'Public statistics: backlog, daily counts and SLA compliance, JSON or CSV' },
          { name: 'calendar', description: 'The working-day calendar: holidays, cuti bersama and due dates' },
          {
            name: 'transparency',
            description:
              'The transparency log of every recorded change: C2SP tlog-tiles (checkpoint, tiles, entry bundles) and RFC 9162 proofs',
          },
          { name: 'privacy', description: "An applicant's own data, as JSON (UU 27/2022 on personal data protection)" },
          {
            name: 'notifications',
            description: 'How an applicant hears of their applications: language and channels (email, SMS)',
          },
          {
            name: 'complaints',
            description: 'Complaints on the SP4N-LAPOR! ladder (3 / 5 / 14 / 60 working days) and their public figures',
          },
          { name: 'survey', description: 'The IKM satisfaction survey (Permenpan RB 14/2017) and the public index' },
          {
            name: 'integrations',
            description:
              'Third-party systems as integration clients: registration by an admin, client-credentials tokens, what a client reads',
          },
          {
            name: 'consents',
            description: 'An applicant’s consents that integration clients file applications for them',
          },
          {
            name: 'webhooks',
            description:
              'Signed CloudEvents to integration clients’ endpoints (Standard Webhooks): subscriptions, deliveries, replay, the verification key',
          },
          { name: 'system', description: 'Health and readiness' },
        ],
      },
      transform: ({ schema, url, route }) => {
        if (!documented(url)) return { schema: { ...schema, hide: true }, url }
        const upload = uploads.get(`${route.method} ${url}`)
        const raw = rawBodies.get(`${route.method} ${url}`)
        if (upload)
          return {
            schema: { ...schema, consumes: ['multipart/form-data'], body: multipartBody(upload.description) },
            url,
          }
        if (raw)
          return {
            schema: {
              ...schema,
              consumes: [raw.contentType],
              body: Type.String({ format: 'binary', description: raw.description }),
            },
            url,
          }
        return { schema, url }
      },
    })
    await app.register(async (docs) => {
      docs.addHook('onRoute', (route) => {
        route.config = { ...route.config, access: 'public' }
      })
      await docs.register(swaggerUi, { routePrefix: '/docs' })
      // The same document as accessible HTML (no script), for readers Swagger UI's markup fails.
      let reference: string | undefined
      docs.get('/docs/reference', { schema: { hide: true } }, async (_request, reply) =>
        reply
          .type('text/html; charset=utf-8')
          .send(
            (reference ??= renderApiReference(app.swagger() as unknown as Parameters<typeof renderApiReference>[0])),
          ),
      )
    })
  },
  { name: 'pintu-openapi' },
)
