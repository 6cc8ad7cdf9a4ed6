/** An applicant's consents: which integration clients may file applications for them. */
import {
  ConsentIdParamsSchema,
  ConsentListSchema,
  ConsentSchema,
  FilingClientListSchema,
  GrantConsentBodySchema,
} from '../consents.ts'
import { defineRoute } from '../route.ts'

export const consentRoutes = {
  list: defineRoute({
    method: 'GET',
    url: '/api/v1/me/consents',
    access: ['applicant'],
    schema: {
      summary: 'My consents to integration clients (applicants)',
      description: 'Every consent the calling applicant gave, active or ended, newest first.',
      tags: ['consents'],
      response: { 200: ConsentListSchema },
    },
  }),
  clients: defineRoute({
    method: 'GET',
    url: '/api/v1/me/consents/clients',
    access: ['applicant'],
    schema: {
      summary: 'Integration clients that may file for me (applicants)',
      description:
        'The registered clients holding the `applications:write` scope, with the service types each may file: the ones an applicant may give consent to.',
      tags: ['consents'],
      response: { 200: FilingClientListSchema },
    },
  }),
  grant: defineRoute({
    method: 'POST',
    url: '/api/v1/me/consents',
    access: ['applicant'],
    errors: ['consents.client_not_found', 'consents.service_not_offered'],
    schema: {
      summary: 'Let an integration client file applications for me (applicants)',
      description:
        'The client may then start, fill, upload to and submit applications of these service types in your name (channel `integration`) for `days` days, unless you withdraw it sooner. A new consent to the same client replaces the one in force. Each of its steps is recorded with the client as the actor, on your behalf; you see the applications as your own. Recorded as a change.',
      tags: ['consents'],
      body: GrantConsentBodySchema,
      response: { 201: ConsentSchema },
    },
  }),
  revoke: defineRoute({
    method: 'POST',
    url: '/api/v1/me/consents/:id/revoke',
    access: ['applicant'],
    errors: ['consents.not_found'],
    schema: {
      summary: 'Withdraw a consent (applicants)',
      description:
        'From the next request the client can no longer file for you or continue what it started (403 `integrations.no_consent`); applications already submitted go on as usual. Recorded as a change.',
      tags: ['consents'],
      params: ConsentIdParamsSchema,
      response: { 200: ConsentSchema },
    },
  }),
}
