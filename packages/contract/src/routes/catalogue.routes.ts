/** The service catalogue: public reading, and versioned administration with dual-control publication. */
import {
  AdminServiceListQuerySchema,
  AdminServiceListResponseSchema,
  CreateDraftBodySchema,
  CreateServiceBodySchema,
  PublishDraftBodySchema,
  RetireServiceBodySchema,
  ServiceCodeParamsSchema,
  ServiceDetailSchema,
  ServiceListQuerySchema,
  ServiceListResponseSchema,
  ServiceVersionListSchema,
  ServiceVersionSchema,
  UpdateDraftBodySchema,
  VersionIdParamsSchema,
} from '../catalogue-api.ts'
import { defineRoute } from '../route.ts'
import { catalogueReaderRoles } from '../roles.ts'

export const catalogueRoutes = {
  list: defineRoute({
    method: 'GET', url: '/api/v1/services', access: 'public',
    schema: {
      summary: 'Search the published catalogue',
      description: 'Services in force. `q` matches codes, names and descriptions in both languages, ignoring case and accents.',
      tags: ['catalogue'], querystring: ServiceListQuerySchema, response: { 200: ServiceListResponseSchema },
    },
  }),
  get: defineRoute({
    method: 'GET', url: '/api/v1/services/:code', access: 'public', errors: ['catalogue.not_found'],
    schema: {
      summary: 'A service and its published standard',
      description: 'The version in force: requirements, procedure, stages with working-day budgets, fee rule, legal basis and form schema. A retired service answers with `retired` set and its last version.',
      tags: ['catalogue'], params: ServiceCodeParamsSchema, response: { 200: ServiceDetailSchema },
    },
  }),
  adminList: defineRoute({
    method: 'GET', url: '/api/v1/catalogue/services', access: catalogueReaderRoles,
    schema: { summary: 'Service types with drafts and retirements', tags: ['catalogue administration'], querystring: AdminServiceListQuerySchema, response: { 200: AdminServiceListResponseSchema } },
  }),
  create: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/services', access: ['admin'], errors: ['catalogue.code_taken', 'catalogue.invalid_definition'],
    schema: { summary: 'Add a service type as a draft', tags: ['catalogue administration'], body: CreateServiceBodySchema, response: { 201: ServiceVersionSchema } },
  }),
  versions: defineRoute({
    method: 'GET', url: '/api/v1/catalogue/services/:code/versions', access: catalogueReaderRoles, errors: ['catalogue.not_found'],
    schema: { summary: 'Every version of a service type', tags: ['catalogue administration'], params: ServiceCodeParamsSchema, response: { 200: ServiceVersionListSchema } },
  }),
  createDraft: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/services/:code/drafts', access: ['admin'], errors: ['catalogue.not_found', 'catalogue.retired', 'catalogue.version_not_found', 'catalogue.draft_exists', 'catalogue.code_mismatch', 'catalogue.invalid_definition'],
    schema: { summary: 'Start a draft of the next version', description: 'At most one open draft per service (409 `catalogue.draft_exists`).', tags: ['catalogue administration'], params: ServiceCodeParamsSchema, body: CreateDraftBodySchema, response: { 201: ServiceVersionSchema } },
  }),
  retire: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/services/:code/retire', access: ['admin'], errors: ['catalogue.not_found', 'catalogue.retired'],
    schema: { summary: 'Retire a service type', description: 'It stops taking applications; its versions and history stay.', tags: ['catalogue administration'], params: ServiceCodeParamsSchema, body: RetireServiceBodySchema, response: { 200: ServiceDetailSchema } },
  }),
  getVersion: defineRoute({
    method: 'GET', url: '/api/v1/catalogue/versions/:id', access: catalogueReaderRoles, errors: ['catalogue.version_not_found'],
    schema: { summary: 'One version (draft or published)', tags: ['catalogue administration'], params: VersionIdParamsSchema, response: { 200: ServiceVersionSchema } },
  }),
  updateDraft: defineRoute({
    method: 'PUT', url: '/api/v1/catalogue/versions/:id', access: ['admin'], errors: ['catalogue.version_not_found', 'catalogue.version_immutable', 'catalogue.not_draft', 'catalogue.stale_revision', 'catalogue.code_mismatch', 'catalogue.invalid_definition'],
    schema: { summary: 'Edit a draft', description: 'Only drafts can change; published versions are immutable (409 `catalogue.version_immutable`).', tags: ['catalogue administration'], params: VersionIdParamsSchema, body: UpdateDraftBodySchema, response: { 200: ServiceVersionSchema } },
  }),
  publish: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/versions/:id/publish', access: ['admin'], errors: ['catalogue.version_not_found', 'catalogue.version_immutable', 'catalogue.not_draft', 'catalogue.stale_revision', 'catalogue.same_author', 'catalogue.related_author', 'catalogue.retired', 'catalogue.valid_from_past', 'catalogue.code_mismatch', 'catalogue.invalid_definition'],
    schema: { summary: 'Publish a draft (dual control)', description: 'Must be done by an admin who neither created nor edited the draft (403 `catalogue.same_author`).', tags: ['catalogue administration'], params: VersionIdParamsSchema, body: PublishDraftBodySchema, response: { 200: ServiceVersionSchema } },
  }),
  discard: defineRoute({
    method: 'POST', url: '/api/v1/catalogue/versions/:id/discard', access: ['admin'], errors: ['catalogue.version_not_found', 'catalogue.version_immutable', 'catalogue.not_draft'],
    schema: { summary: 'Discard a draft', tags: ['catalogue administration'], params: VersionIdParamsSchema, response: { 200: ServiceVersionSchema } },
  }),
}
