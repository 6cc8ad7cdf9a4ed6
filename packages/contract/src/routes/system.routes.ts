/** Liveness, readiness and what this installation is. */
import { HealthSchema, ReadySchema, SiteSchema } from '../identity.ts'
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
      response: { 200: SiteSchema },
    },
  }),
}
