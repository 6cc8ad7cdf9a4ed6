import { Type, type Static } from 'typebox'
import { IsoDateTime, LocalizedTextSchema, PageOf, PageQueryProperties, Text, Uuid, VersionNumber } from './common.ts'
import { ServiceDefinitionSchema, ServiceKindSchema, SectorSchema } from './catalogue-definition.ts'

export const ServiceCodeParamsSchema = Type.Object(
  { code: Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,23}$', description: 'Service type code, e.g. `SIUP`' }) },
  { additionalProperties: false },
)
export type ServiceCodeParams = Static<typeof ServiceCodeParamsSchema>

export const ServiceListQuerySchema = Type.Object(
  {
    q: Type.Optional(
      Text({
        maxLength: 100,
        description:
          'Words to search in codes, names and descriptions, in Bahasa Indonesia or English; case- and accent-insensitive',
      }),
    ),
    kind: Type.Optional(ServiceKindSchema),
    sector: Type.Optional(SectorSchema),
    ...PageQueryProperties,
  },
  { additionalProperties: false },
)
export type ServiceListQuery = Static<typeof ServiceListQuerySchema>

export const ServiceSummarySchema = Type.Object({
  code: Type.String({ description: 'Service type code' }),
  kind: ServiceKindSchema,
  sector: SectorSchema,
  name: LocalizedTextSchema,
  shortName: Type.Optional(Type.String({ description: 'Common abbreviation' })),
  description: LocalizedTextSchema,
  slaDays: Type.Integer({ description: 'Working days from a complete application to the product' }),
  feeKind: Type.Enum(['free', 'fixed', 'per_unit'], {
    description: 'Whether the service is free, has a fixed fee or a computed fee',
  }),
  version: Type.Integer({ minimum: 1, description: 'Number of the published catalogue version in force' }),
})
export type ServiceSummary = Static<typeof ServiceSummarySchema>

export const ServiceListResponseSchema = PageOf(ServiceSummarySchema, 'Published services in force, ordered by name')
export type ServiceListResponse = Static<typeof ServiceListResponseSchema>

export const ServiceDetailSchema = Type.Object({
  version: Type.Integer({ minimum: 1, description: 'Number of this catalogue version' }),
  versionId: Uuid('Id of this catalogue version; applications pin it'),
  validFrom: IsoDateTime('When this version came into force'),
  retired: Type.Union(
    [Type.Null(), Type.Object({ at: IsoDateTime('When the service was retired'), reason: LocalizedTextSchema })],
    { description: 'Set when the service no longer accepts applications (e.g. Izin Gangguan, abolished in 2017)' },
  ),
  definition: ServiceDefinitionSchema,
})
export type ServiceDetail = Static<typeof ServiceDetailSchema>

// ---- administration (admin role) ----

export const versionStatuses = ['draft', 'published', 'discarded'] as const
export const VersionStatusSchema = Type.Enum([...versionStatuses], {
  description:
    '`draft` editable, awaiting publication by a second admin; `published` immutable; `discarded` a draft dropped without publication',
})

export const ServiceVersionSchema = Type.Object({
  id: Uuid('Id of the version'),
  code: Type.String({ description: 'Service type code' }),
  version: Type.Integer({ minimum: 1, description: 'Version number within the service type' }),
  status: VersionStatusSchema,
  revision: Type.Integer({
    minimum: 1,
    description: 'Edit counter of a draft; send it back to edit or publish (optimistic concurrency)',
  }),
  validFrom: Type.Union([IsoDateTime('When it came (or comes) into force'), Type.Null()]),
  validTo: Type.Union([IsoDateTime('When a later version or retirement replaced it'), Type.Null()]),
  createdBy: Type.String({ description: 'Name of the admin who drafted it' }),
  updatedBy: Type.String({ description: 'Name of the admin who last edited it' }),
  publishedBy: Type.Union([Type.String({ description: 'Name of the admin who published it' }), Type.Null()]),
  createdAt: IsoDateTime('When the draft was created'),
  updatedAt: IsoDateTime('When the draft was last edited'),
  definition: ServiceDefinitionSchema,
})
export type ServiceVersion = Static<typeof ServiceVersionSchema>

export const AdminServiceSummarySchema = Type.Object({
  code: Type.String({ description: 'Service type code' }),
  kind: ServiceKindSchema,
  sector: SectorSchema,
  name: LocalizedTextSchema,
  currentVersion: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], {
    description: 'Published version in force, if any',
  }),
  openDraft: Type.Union(
    [Type.Object({ id: Uuid('Draft id'), version: Type.Integer(), createdBy: Type.String() }), Type.Null()],
    {
      description: 'The draft awaiting publication, if any (at most one per service)',
    },
  ),
  retiredAt: Type.Union([IsoDateTime('When the service was retired'), Type.Null()]),
})
export type AdminServiceSummary = Static<typeof AdminServiceSummarySchema>

export const AdminServiceListQuerySchema = Type.Object(
  {
    q: Type.Optional(Text({ maxLength: 100, description: 'Words in the code or names' })),
    status: Type.Optional(
      Type.Enum(['active', 'draft', 'retired'], {
        description: 'Only services in force, with an open draft, or retired',
      }),
    ),
    ...PageQueryProperties,
  },
  { additionalProperties: false },
)
export type AdminServiceListQuery = Static<typeof AdminServiceListQuerySchema>
export const AdminServiceListResponseSchema = PageOf(
  AdminServiceSummarySchema,
  'Service types with their publication state',
)
export type AdminServiceListResponse = Static<typeof AdminServiceListResponseSchema>

export const ServiceVersionListSchema = Type.Object({
  items: Type.Array(ServiceVersionSchema, { description: 'All versions, newest first' }),
})
export type ServiceVersionList = Static<typeof ServiceVersionListSchema>

export const VersionIdParamsSchema = Type.Object({ id: Uuid('Version id') }, { additionalProperties: false })
export type VersionIdParams = Static<typeof VersionIdParamsSchema>

export const CreateDraftBodySchema = Type.Object(
  { definition: Type.Optional(ServiceDefinitionSchema) },
  { additionalProperties: false, description: 'Starts a draft; without a definition it copies the version in force' },
)
export type CreateDraftBody = Static<typeof CreateDraftBodySchema>

export const UpdateDraftBodySchema = Type.Object(
  {
    revision: VersionNumber('The revision you edited; a stale one is refused with 409'),
    definition: ServiceDefinitionSchema,
  },
  { additionalProperties: false },
)
export type UpdateDraftBody = Static<typeof UpdateDraftBodySchema>

export const PublishDraftBodySchema = Type.Object(
  {
    revision: VersionNumber('The revision you reviewed; publishing a later edit unseen is refused with 409'),
    validFrom: Type.Optional(IsoDateTime('When the version comes into force; now when omitted; never in the past')),
  },
  { additionalProperties: false },
)
export type PublishDraftBody = Static<typeof PublishDraftBodySchema>

export const CreateServiceBodySchema = Type.Object(
  { definition: ServiceDefinitionSchema },
  { additionalProperties: false, description: 'A new service type, created as a draft version 1' },
)
export type CreateServiceBody = Static<typeof CreateServiceBodySchema>

export const RetireServiceBodySchema = Type.Object(
  { reason: LocalizedTextSchema },
  { additionalProperties: false, description: 'Why the service is retired, e.g. the regulation that abolished it' },
)
export type RetireServiceBody = Static<typeof RetireServiceBodySchema>
