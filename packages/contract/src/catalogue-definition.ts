import { Type, type Static } from 'typebox'
import { LocalizedTextSchema, MAX_RUPIAH, Rupiah, Text } from './common.ts'
import { OfficerRoleSchema } from './roles.ts'

export const serviceKinds = ['izin', 'non_izin'] as const
export const ServiceKindSchema = Type.Enum([...serviceKinds], {
  description:
    '`izin`: a permit (perizinan); `non_izin`: a registration, certificate or recommendation (non-perizinan)',
})
export type ServiceKind = Static<typeof ServiceKindSchema>

export const sectors = [
  'trade',
  'tourism',
  'building',
  'health',
  'environment',
  'transport',
  'advertising',
  'industry',
  'labour',
  'education',
  'research',
  'investment',
  'social',
] as const
export const SectorSchema = Type.Enum([...sectors], {
  description: 'Sector of the service (the technical agency that reviews it)',
})
export type Sector = Static<typeof SectorSchema>

export const applicationKinds = ['baru', 'perpanjangan', 'perubahan', 'penggantian', 'pencabutan'] as const
export const ApplicationKindSchema = Type.Enum([...applicationKinds], {
  description:
    'Kind of application: `baru` new, `perpanjangan` renewal/re-registration, `perubahan` amendment, `penggantian` replacement (lost or damaged), `pencabutan` revocation/closure',
})
export type ApplicationKind = Static<typeof ApplicationKindSchema>

export const documentTypes = ['pdf', 'jpeg', 'png'] as const
export const DocumentTypeSchema = Type.Enum([...documentTypes], {
  description: 'File type, decided from the file content',
})

export const RequirementSchema = Type.Object(
  {
    key: Type.String({
      pattern: '^[a-z][a-z0-9_]{1,47}$',
      description: 'Stable key of the requirement within the service',
    }),
    name: LocalizedTextSchema,
    description: Type.Optional(LocalizedTextSchema),
    mandatory: Type.Boolean({ description: 'Wajib (true) or optional (false)' }),
    appliesTo: Type.Array(ApplicationKindSchema, {
      minItems: 1,
      uniqueItems: true,
      description: 'Application kinds this requirement applies to',
    }),
    acceptedTypes: Type.Array(DocumentTypeSchema, {
      minItems: 1,
      uniqueItems: true,
      description: 'Accepted file types',
    }),
    maxSizeKb: Type.Integer({ minimum: 50, maximum: 20480, description: 'Largest accepted file, in KiB' }),
    originalToBeShown: Type.Boolean({
      description: 'The original must be shown on request (dokumen asli diperlihatkan)',
    }),
    stampDuty: Type.Boolean({ description: 'The document must carry a stamp duty (meterai Rp10.000)' }),
  },
  { additionalProperties: false, description: 'A document the applicant uploads' },
)
export type Requirement = Static<typeof RequirementSchema>

export const formFieldTypes = [
  'text',
  'textarea',
  'integer',
  'decimal',
  'date',
  'select',
  'boolean',
  'nik',
  'npwp',
  'nib',
  'kbli',
  'phone',
  'email',
  'postal_code',
] as const
export const FormFieldTypeSchema = Type.Enum([...formFieldTypes], {
  description:
    'Field type. Identifiers are checked by their national format and may be sent as printed (spaces, dots and dashes are dropped): ' +
    '`nik` 16 digits (a real region and birth date); `npwp` 15 digits (printed `01.234.567.8-901.000`) or 16 (the NIK of a person, or 0 + the 15); ' +
    '`nib` 13 digits (OSS business number); `kbli` 5 digits (KBLI 2020 kelompok); `postal_code` 5 digits; `phone` an Indonesian mobile number, ' +
    'stored as +628…; `integer` and `decimal` are JSON numbers (never text such as "1.200").',
})
export type FormFieldType = Static<typeof FormFieldTypeSchema>

export const FormFieldSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', description: 'Key of the value in the application data' }),
    label: LocalizedTextSchema,
    help: Type.Optional(LocalizedTextSchema),
    type: FormFieldTypeSchema,
    required: Type.Boolean({ description: 'The application cannot be submitted without it' }),
    minimum: Type.Optional(
      Type.Number({
        minimum: -MAX_RUPIAH,
        maximum: MAX_RUPIAH,
        description: 'Smallest value (integer and decimal fields)',
      }),
    ),
    maximum: Type.Optional(
      Type.Number({
        minimum: -MAX_RUPIAH,
        maximum: MAX_RUPIAH,
        description: 'Largest value (integer and decimal fields)',
      }),
    ),
    maxLength: Type.Optional(Type.Integer({ minimum: 1, maximum: 4000, description: 'Longest text' })),
    unit: Type.Optional(Text({ maxLength: 20, description: 'Unit shown after the value, e.g. m², kW, orang' })),
    options: Type.Optional(
      Type.Array(
        Type.Object(
          {
            value: Type.String({
              minLength: 1,
              maxLength: 60,
              pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
              description: 'Stored value of the choice',
            }),
            label: LocalizedTextSchema,
          },
          { additionalProperties: false },
        ),
        { minItems: 1, description: 'Choices of a `select` field' },
      ),
    ),
  },
  { additionalProperties: false, description: 'One field of the application form' },
)
export type FormField = Static<typeof FormFieldSchema>

export const FormSectionSchema = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', description: 'Key of the section' }),
    title: LocalizedTextSchema,
    fields: Type.Array(FormFieldSchema, { minItems: 1 }),
  },
  { additionalProperties: false, description: 'A page of the application form' },
)
export const FormSchemaSchema = Type.Object(
  {
    sections: Type.Array(FormSectionSchema, {
      minItems: 1,
      description: 'Form sections, one page each in the citizen SPA',
    }),
  },
  { additionalProperties: false, description: 'The data an application for this service must carry' },
)
export type FormSchema = Static<typeof FormSchemaSchema>

export const stageKeys = ['admin_verification', 'technical_review', 'decision', 'signing'] as const
export const StageKeySchema = Type.Enum([...stageKeys], {
  description: 'Office stage: administrative verification, technical review, decision, signing',
})
export type StageKey = Static<typeof StageKeySchema>

export const StageSchema = Type.Object(
  {
    key: StageKeySchema,
    role: OfficerRoleSchema,
    budgetDays: Type.Integer({ minimum: 1, maximum: 60, description: 'Working-day budget of the stage' }),
  },
  {
    additionalProperties: false,
    description: 'A stage the file passes through in the office, with its working-day budget',
  },
)
export type Stage = Static<typeof StageSchema>

export const FeeRuleSchema = Type.Union(
  [
    Type.Object({ kind: Type.Literal('free') }, { additionalProperties: false, description: 'No fee (Rp 0)' }),
    Type.Object(
      { kind: Type.Literal('fixed'), amount: Rupiah('Fee in rupiah', 1) },
      { additionalProperties: false, description: 'A fixed fee' },
    ),
    Type.Object(
      {
        kind: Type.Literal('per_unit'),
        field: Type.String({
          pattern: '^[a-z][a-z0-9_]{1,47}$',
          description: 'Numeric form field the fee is computed from',
        }),
        ratePerUnit: Rupiah('Rupiah per unit of the field', 1),
        baseAmount: Rupiah('Rupiah added to every invoice'),
        minimum: Rupiah('Smallest fee in rupiah'),
        maximum: Type.Optional(
          Rupiah(
            "Largest fee the rule can produce; with the field's maximum it bounds every invoice (Rp 1 quadrillion when omitted)",
          ),
        ),
      },
      {
        additionalProperties: false,
        description: 'fee = max(minimum, baseAmount + ratePerUnit × field), rounded to the rupiah',
      },
    ),
  ],
  { description: 'How the fee (retribusi) is computed. Officers never type an amount.' },
)
export type FeeRule = Static<typeof FeeRuleSchema>

export const ServiceStandardSchema = Type.Object(
  {
    procedure: Type.Array(LocalizedTextSchema, {
      minItems: 1,
      description: 'Steps of the procedure (sistem, mekanisme dan prosedur)',
    }),
    timeNote: LocalizedTextSchema,
    costNote: LocalizedTextSchema,
    product: LocalizedTextSchema,
    complaintHandling: LocalizedTextSchema,
  },
  {
    additionalProperties: false,
    description:
      'The published service standard (Permenpan RB 15/2014). Requirements, time and cost also come from the structured fields.',
  },
)

export const ValiditySchema = Type.Object(
  {
    months: Type.Union([Type.Integer({ minimum: 1, maximum: 1200 }), Type.Null()], {
      description: 'Months the output is valid; null when it does not expire',
    }),
    note: LocalizedTextSchema,
  },
  { additionalProperties: false, description: 'Validity of the permit or certificate' },
)

export const ServiceDefinitionSchema = Type.Object(
  {
    code: Type.String({
      pattern: '^[A-Z][A-Z0-9-]{1,23}$',
      description: 'Stable code of the service type, e.g. `SIUP`',
    }),
    kind: ServiceKindSchema,
    sector: SectorSchema,
    name: LocalizedTextSchema,
    shortName: Type.Optional(Text({ maxLength: 24, description: 'Common abbreviation, e.g. IMB' })),
    description: LocalizedTextSchema,
    applicationKinds: Type.Array(ApplicationKindSchema, { minItems: 1, uniqueItems: true }),
    legalBasis: Type.Array(Text({ minLength: 3, maxLength: 300 }), {
      minItems: 1,
      maxItems: 50,
      description: 'Regulations the service rests on',
    }),
    standard: ServiceStandardSchema,
    requirements: Type.Array(RequirementSchema, { minItems: 1 }),
    form: FormSchemaSchema,
    stages: Type.Array(StageSchema, {
      minItems: 2,
      description: 'Office stages in order, each with a working-day budget',
    }),
    slaDays: Type.Integer({
      minimum: 1,
      maximum: 120,
      description: 'Working days from a complete application to the product; the sum of the stage budgets',
    }),
    deemedApproval: Type.Boolean({
      description: 'Fiktif positif: a decision not made in time is deemed granted (UU 30/2014 art. 53 as amended)',
    }),
    fee: FeeRuleSchema,
    feeLegalBasis: Type.Optional(Text({ maxLength: 300, description: 'Regulation that sets the fee' })),
    validity: ValiditySchema,
    permitFields: Type.Optional(
      Type.Array(Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$' }), {
        maxItems: 12,
        uniqueItems: true,
        description:
          'Form fields printed on the permit as its key data, in this order (e.g. address, floor area, land title); they are part of the signed data. Never NIK, phone or email.',
      }),
    ),
    permitNumberFormat: Type.String({
      pattern: '^(?=.*\\{seq\\})[A-Za-z0-9./{}_ -]+$',
      maxLength: 80,
      description: 'Number format of the output; placeholders `{seq}`, `{roman_month}`, `{year}`',
    }),
    returnLimitDays: Type.Integer({
      minimum: 1,
      maximum: 90,
      description: 'Working days an applicant has to fix a returned application before it expires',
    }),
  },
  { additionalProperties: false, description: 'Everything a version of a service type says' },
)
export type ServiceDefinition = Static<typeof ServiceDefinitionSchema>
