/**
 * An applicant's consent that an integration client (a notary's or a business association's portal)
 * file applications for them (SPEC §3, issue 14): granted and revoked by the applicant in the
 * citizen SPA, for named service types, for a bounded time.
 */
import { Type, type Static } from 'typebox'
import { CreateApplicationBodySchema } from './applications.ts'
import { IsoDateTime, Uuid } from './common.ts'

const ClientSummarySchema = Type.Object({
  id: Uuid('The client'),
  name: Type.String({ description: 'The system’s name' }),
  ownerOrganisation: Type.String({ description: 'The organisation answerable for it' }),
})

export const FilingClientSchema = Type.Object({
  ...ClientSummarySchema.properties,
  serviceCodes: Type.Array(Type.String(), { description: 'The service types it may file' }),
})
export type FilingClient = Static<typeof FilingClientSchema>
export const FilingClientListSchema = Type.Object({
  items: Type.Array(FilingClientSchema, { description: 'Clients that may file for an applicant who consents' }),
})

export const ConsentSchema = Type.Object({
  id: Uuid('The consent'),
  client: ClientSummarySchema,
  serviceCodes: Type.Array(Type.String(), { description: 'What the client may file for you' }),
  grantedAt: IsoDateTime('When you gave it'),
  expiresAt: IsoDateTime('When it ends by itself'),
  revokedAt: Type.Union([IsoDateTime('When you withdrew it'), Type.Null()]),
  active: Type.Boolean({ description: 'Neither expired nor withdrawn' }),
})
export type Consent = Static<typeof ConsentSchema>
export const ConsentListSchema = Type.Object({ items: Type.Array(ConsentSchema, { description: 'Newest first' }) })

export const GrantConsentBodySchema = Type.Object(
  {
    clientId: Type.String({ format: 'uuid', description: 'A client of `GET /api/v1/me/consents/clients`' }),
    serviceCodes: Type.Array(Type.String({ pattern: '^[A-Z0-9_-]{2,32}$' }), {
      minItems: 1,
      maxItems: 100,
      uniqueItems: true,
      description: 'Each one the client may file',
    }),
    days: Type.Integer({ minimum: 1, maximum: 365, description: 'How long it lasts' }),
  },
  { additionalProperties: false },
)
export type GrantConsentBody = Static<typeof GrantConsentBodySchema>

export const ConsentIdParamsSchema = Type.Object(
  { id: Type.String({ format: 'uuid' }) },
  { additionalProperties: false },
)

/** A client files for a consenting applicant it names by NIK, in the body (never the URL). */
export const IntegrationFilingBodySchema = Type.Object(
  {
    applicantNik: Type.String({
      pattern: '^[0-9]{16}$',
      description: 'The applicant’s NIK, who gave this client consent',
    }),
    serviceCode: CreateApplicationBodySchema.properties.serviceCode,
    applicationKind: CreateApplicationBodySchema.properties.applicationKind,
  },
  { additionalProperties: false },
)
export type IntegrationFilingBody = Static<typeof IntegrationFilingBodySchema>
