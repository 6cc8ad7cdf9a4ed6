/** Liveness, readiness and what this installation is. */
import { HealthSchema, ReadySchema, SiteSchema } from '../identity.ts'
import { ServedOfficesSchema } from '../offices.ts'
import { defineRoute } from '../route.ts'

export const systemRoutes = {
  health: defineRoute({
    method: 'GET',
    url: '/health',
    access: 'public',
    schema: { summary: 'Process is alive', tags: ['system'], response: { 200: HealthSchema } },
  }),
  ready: defineRoute({
    method: 'GET',
    url: '/ready',
    access: 'public',
    schema: {
      summary: 'Database is reachable and the process takes work',
      description:
        'For load balancers and health checks. Answers 503 `service.unavailable` (with `Retry-After`) within about 2 s when the database is not reachable, ' +
        '503 `service.overloaded` while the process sheds load, and 503 while it drains on shutdown; it answers 200 again by itself once the cause is gone, without a restart. ' +
        '`simulators` names any local stand-in for an outside service that is on (never in production).',
      tags: ['system'],
      response: { 200: ReadySchema },
    },
  }),
  site: defineRoute({
    method: 'GET',
    url: '/api/v1/site',
    access: 'public',
    schema: {
      summary: 'About this installation: the office, and any simulator switched on',
      tags: ['system'],
      description:
        'Answered by the office the request is routed to: the one named by the `X-Pintu-Office` header (a Kemendagri code from `GET /api/v1/offices`), ' +
        "else the bearer token's office, else the deployment's default office. `officeCode` says which office answered.",
      response: { 200: SiteSchema },
    },
  }),
  offices: defineRoute({
    method: 'GET',
    url: '/api/v1/offices',
    access: 'public',
    schema: {
      summary: 'The offices this deployment serves, the default first',
      description:
        'The same answer whichever office the request is routed to, cacheable for 5 minutes, with no personal data. ' +
        'Name an office in any request with the header `X-Pintu-Office: <code>`; without it (and without a token) the office marked `isDefault` answers. ' +
        'A deployment serving one office lists one, and its SPAs show no office choice.',
      tags: ['system'],
      response: { 200: ServedOfficesSchema },
    },
  }),
}
