/** An integration client files applications on behalf of an applicant who gave it consent (channel `integration`). */
import { Type } from 'typebox'
import {
  ActionResultSchema,
  ApplicationDetailSchema,
  ApplicationIdParamsSchema,
  DocumentUploadParamsSchema,
  DocumentSchema,
  UpdateFormBodySchema,
} from '../applications.ts'
import { VersionNumber } from '../common.ts'
import { IntegrationFilingBodySchema } from '../consents.ts'
import { defineRoute } from '../route.ts'

const ON_BEHALF =
  ' The applicant’s consent (`POST /api/v1/me/consents`, for this service type, not expired, not withdrawn) is checked at every step: without it 403 `integrations.no_consent`. Each step is a recorded change whose actor is the client and whose details name the applicant it was done on behalf of (pseudonymised in the transparency log). Only the client that started the filing may continue it; anyone else gets 404.'

export const integrationFilingRoutes = {
  create: defineRoute({
    method: 'POST',
    url: '/api/v1/integration/filings',
    access: [],
    scopes: ['applications:write'],
    errors: [
      'integrations.no_consent',
      'counter.applicant_not_found',
      'catalogue.not_found',
      'catalogue.retired',
      'applications.kind_not_offered',
    ],
    idempotent: true,
    schema: {
      summary: 'Start a draft for a consenting applicant (integration clients, channel `integration`)',
      description:
        'Names the applicant by NIK in the body. An unknown NIK, a NIK without consent and a service type outside the consent or the client’s own all answer the same 403 `integrations.no_consent`, so nothing is learnt of who has an account. The draft is prefilled from the applicant’s account and pinned to the catalogue version in force. Honours `Idempotency-Key` (scoped to the applicant).' +
        ON_BEHALF,
      tags: ['integrations'],
      body: IntegrationFilingBodySchema,
      response: { 201: ApplicationDetailSchema },
    },
  }),
  get: defineRoute({
    method: 'GET',
    url: '/api/v1/integration/filings/:id',
    access: [],
    scopes: ['applications:write'],
    errors: ['integrations.no_consent', 'applications.not_found'],
    schema: {
      summary: 'A filing the client started (integration clients)',
      description: 'The application as its applicant sees it, while the consent holds.' + ON_BEHALF,
      tags: ['integrations'],
      params: ApplicationIdParamsSchema,
      response: { 200: ApplicationDetailSchema },
    },
  }),
  updateForm: defineRoute({
    method: 'PATCH',
    url: '/api/v1/integration/filings/:id/form',
    access: [],
    scopes: ['applications:write'],
    errors: [
      'integrations.no_consent',
      'applications.not_found',
      'applications.not_editable',
      'applications.field_locked',
      'applications.invalid_form',
      'applications.stale_version',
    ],
    schema: {
      summary: 'Fill in form fields of a filing (integration clients)',
      description: 'As the applicant’s own `PATCH /api/v1/applications/{id}/form`.' + ON_BEHALF,
      tags: ['integrations'],
      params: ApplicationIdParamsSchema,
      body: UpdateFormBodySchema,
      response: { 200: ApplicationDetailSchema },
    },
  }),
  upload: defineRoute({
    method: 'POST',
    url: '/api/v1/integration/filings/:id/documents/:requirementKey',
    access: [],
    scopes: ['documents:write'],
    errors: [
      'integrations.no_consent',
      'applications.not_found',
      'applications.not_editable',
      'applications.field_locked',
      'applications.unknown_requirement',
    ],
    schema: {
      summary: 'Upload a document of a filing (integration clients)',
      description:
        'The same checks as the applicant’s upload: one `file` part, a PDF, JPEG or PNG the requirement accepts, proven by its content.' +
        ON_BEHALF,
      tags: ['integrations'],
      params: DocumentUploadParamsSchema,
      response: { 201: DocumentSchema },
    },
    upload: { description: 'The document: a PDF, JPEG or PNG the requirement accepts, within its size limit' },
  }),
  submit: defineRoute({
    method: 'POST',
    url: '/api/v1/integration/filings/:id/submit',
    access: [],
    scopes: ['applications:write'],
    errors: [
      'integrations.no_consent',
      'applications.not_found',
      'applications.action_not_allowed',
      'applications.stale_version',
      'applications.incomplete',
      'calendar.out_of_range',
    ],
    idempotent: true,
    schema: {
      summary: 'Submit a filing, or send a returned one back; returns the receipt (integration clients)',
      description:
        'The same queue, assignment and clocks as an online submission. The receipt (registration number, tracking code, expected date) is answered once. A filing the office returned for correction is sent back the same way (a resubmission) once its returned fields and documents are fixed. Honours `Idempotency-Key`.' +
        ON_BEHALF,
      tags: ['integrations'],
      params: ApplicationIdParamsSchema,
      body: Type.Object({ version: VersionNumber('The version you read') }, { additionalProperties: false }),
      response: { 200: ActionResultSchema },
    },
  }),
}
