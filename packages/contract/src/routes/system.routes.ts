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
      summary: 'Database is reachable',
      description:
        'Answers 503 when the database is not reachable. `simulators` names any local stand-in for an outside service that is on (never in production).',
      tags: ['system'],
      response: { 200: ReadySchema, 503: ReadySchema },
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
