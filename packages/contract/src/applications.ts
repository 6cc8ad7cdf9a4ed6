import { PassphraseSchema } from './signing.ts'
import { Type, type Static } from 'typebox'
import {
  IsoDate,
  IsoDateTime,
  LocalizedTextSchema,
  MAX_RUPIAH,
  PageOf,
  Rupiah,
  PageQueryProperties,
  Text,
  Uuid,
  VersionNumber,
} from './common.ts'
import {
  ApplicationKindSchema,
  ServiceDefinitionSchema,
  ServiceKindSchema,
  StageKeySchema,
} from './catalogue-definition.ts'
import { applicationActions, applicationStatuses, callerActions, returnReasonCodes } from './lifecycle.ts'
import { OfficerRoleSchema } from './roles.ts'

export const ApplicationStatusSchema = Type.Enum([...applicationStatuses], {
  description: 'Lifecycle status (see the lifecycle table in @pintu/contract)',
})
export const ApplicationActionSchema = Type.Enum([...applicationActions], { description: 'A lifecycle action' })
export const ReturnReasonCodeSchema = Type.Enum([...returnReasonCodes], {
  description: 'Why an application is returned to the applicant',
})

/** A registration number: REG-<year>-<6+ digits>, unique and increasing. */
export const RegistrationNoSchema = Type.String({
  pattern: '^REG-[0-9]{4}-[0-9]{6,}$',
  maxLength: 24,
  description: 'Registration number, e.g. REG-2026-000123',
})

export const ApplicationIdParamsSchema = Type.Object({ id: Uuid('Application id') }, { additionalProperties: false })
export type ApplicationIdParams = Static<typeof ApplicationIdParamsSchema>

/** An upload's path: the application and the requirement the file satisfies (every upload route). */
export const DocumentUploadParamsSchema = Type.Object(
  {
    id: ApplicationIdParamsSchema.properties.id,
    requirementKey: Type.String({ pattern: '^[a-z][a-z0-9_]{1,47}$', description: 'Requirement the file satisfies' }),
  },
  { additionalProperties: false },
)

export const CreateApplicationBodySchema = Type.Object(
  {
    serviceCode: Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,23}$', description: 'Code of a published service' }),
    applicationKind: ApplicationKindSchema,
  },
  { additionalProperties: false, description: 'Starts a draft pinned to the catalogue version in force' },
)
export type CreateApplicationBody = Static<typeof CreateApplicationBodySchema>

/** Key of a form field, a requirement or a section in the catalogue. */
const CatalogueKey = Type.String({
  pattern: '^[a-z][a-z0-9_]{1,47}$',
  description: 'Key of a field or requirement of the service',
})
const FormValue = Type.Union(
  [
    Text({ maxLength: 4000, multiline: true }),
    Type.Number({ minimum: -MAX_RUPIAH, maximum: MAX_RUPIAH }),
    Type.Boolean(),
    Type.Null(),
  ],
  { description: 'A form value; null clears the field' },
)
export const UpdateFormBodySchema = Type.Object(
  {
    version: VersionNumber('The application version you read; a stale one is refused with 409'),
    data: Type.Record(CatalogueKey, FormValue, {
      description: 'Fields to set, by form field key; others keep their value',
    }),
  },
  { additionalProperties: false },
)
export type UpdateFormBody = Static<typeof UpdateFormBodySchema>

export const ReturnReasonsSchema = Type.Object(
  {
    codes: Type.Array(ReturnReasonCodeSchema, { minItems: 1, uniqueItems: true, description: 'Reason codes' }),
    requirements: Type.Array(CatalogueKey, {
      uniqueItems: true,
      maxItems: 100,
      description: 'Keys of the requirements (documents) to fix',
    }),
    fields: Type.Array(CatalogueKey, {
      uniqueItems: true,
      maxItems: 200,
      description: 'Keys of the form fields to fix',
    }),
    note: Text({ minLength: 10, maxLength: 2000, multiline: true, description: 'Explanation for the applicant' }),
  },
  {
    additionalProperties: false,
    description: 'What the applicant must fix; only these requirements and fields become editable',
  },
)
export type ReturnReasons = Static<typeof ReturnReasonsSchema>

export const ActionBodySchema = Type.Object(
  {
    version: VersionNumber(
      'The application version you acted on; a stale one is refused with 409 `applications.stale_version`',
    ),
    returnReasons: Type.Optional(ReturnReasonsSchema),
    legalReason: Type.Optional(
      Text({ minLength: 10, maxLength: 2000, multiline: true, description: 'Legal ground of a rejection' }),
    ),
    report: Type.Optional(
      Text({ minLength: 10, maxLength: 8000, multiline: true, description: 'Technical review report' }),
    ),
    passphrase: Type.Optional(PassphraseSchema),
  },
  { additionalProperties: false },
)
export type ActionBody = Static<typeof ActionBodySchema>

export const ActionParamsSchema = Type.Object(
  {
    id: Uuid('Application id'),
    action: Type.Enum([...callerActions], {
      description: "An action a caller can take; `pay` and `deem_approve` are Pintu's own",
    }),
  },
  { additionalProperties: false },
)
export type ActionParams = Static<typeof ActionParamsSchema>

export const ActionQuerySchema = Type.Object(
  {
    include: Type.Optional(
      Type.Literal('service', {
        description:
          'Embed the service definition the application is filed under (`service`). Left out by default: it is pinned, so it never changes across actions, and a client that shows the file already has it',
      }),
    ),
  },
  { additionalProperties: false },
)
export type ActionQuery = Static<typeof ActionQuerySchema>

export const DocumentSchema = Type.Object({
  id: Uuid('Document id'),
  requirementKey: Type.String({ description: 'Requirement it satisfies' }),
  fileName: Type.String({ description: 'Sanitised original file name' }),
  contentType: Type.Enum(['application/pdf', 'image/jpeg', 'image/png'], {
    description: 'Type decided from the file content',
  }),
  sizeBytes: Type.Integer({ minimum: 1 }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the content' }),
  uploadedAt: IsoDateTime('When it was uploaded'),
})
export type DocumentInfo = Static<typeof DocumentSchema>

export const DocumentParamsSchema = Type.Object(
  { id: Uuid('Application id'), documentId: Uuid('Document id') },
  { additionalProperties: false },
)
export type DocumentParams = Static<typeof DocumentParamsSchema>

export const stageStates = ['pending', 'in_progress', 'done', 'returned', 'rejected'] as const
export const StageProgressSchema = Type.Object({
  stage: StageKeySchema,
  state: Type.Enum([...stageStates], {
    description: '`done` green, `in_progress` yellow, `returned`/`rejected` red, `pending` not reached',
  }),
  startedAt: Type.Union([IsoDateTime('When the stage first started'), Type.Null()]),
  finishedAt: Type.Union([IsoDateTime('When the stage finished'), Type.Null()]),
  workingDaysUsed: Type.Integer({ minimum: 0, description: 'Working days the office has held the file in this stage' }),
  budgetDays: Type.Integer({ minimum: 1, description: 'Working-day budget of the stage' }),
  dueDate: Type.Union([
    IsoDate("Last working day of the budget (the office's time zone), while the stage runs"),
    Type.Null(),
  ]),
  dueDateProvisional: Type.Boolean({
    description: 'The due date lies past the last year with a published holiday calendar and may still move',
  }),
  holderRole: OfficerRoleSchema,
})
export type StageProgress = Static<typeof StageProgressSchema>

/** What a back-entered submission shows on its timeline: the paper receipt it was received with. */
export const PaperReceiptSchema = Type.Object(
  {
    number: Type.String({ description: 'The number on the paper receipt' }),
    receivedOn: IsoDate('The date the paper application was received, which its clocks start from'),
  },
  { description: 'On a submission back-entered after a closure: the paper receipt it was received with' },
)
export type PaperReceipt = Static<typeof PaperReceiptSchema>

export const TimelineEventSchema = Type.Object({
  at: IsoDateTime('When it happened'),
  action: Type.Union([ApplicationActionSchema, Type.Literal('create')]),
  fromStatus: Type.Union([ApplicationStatusSchema, Type.Null()]),
  toStatus: ApplicationStatusSchema,
  tone: Type.Enum(['green', 'yellow', 'red', 'grey'], { description: 'Colour on the timeline' }),
  actorRole: Type.Union([
    Type.String({ description: 'Role of who acted (never their name): applicant, system or an officer role' }),
    Type.Null(),
  ]),
  returnReasons: Type.Optional(Type.Array(ReturnReasonCodeSchema)),
  paperReceipt: Type.Optional(PaperReceiptSchema),
})
export type TimelineEvent = Static<typeof TimelineEventSchema>

export const ReceiptSchema = Type.Object({
  registrationNo: RegistrationNoSchema,
  trackingCode: Type.String({ description: 'Code for public tracking; shown once, stored only as a hash' }),
  submittedAt: IsoDateTime('When the application was submitted'),
  expectedCompletionDate: IsoDate("Expected completion in working days from submission (the office's time zone)"),
  expectedCompletionProvisional: Type.Boolean({
    description: 'The date lies past the last year with a published holiday calendar and may still move',
  }),
  slaDays: Type.Integer({ description: 'Working days of the service standard' }),
})
export type Receipt = Static<typeof ReceiptSchema>

/**
 * How the application came in: filed by the applicant online, taken by a frontdesk officer at the
 * counter, or filed by an integration client the applicant gave consent to.
 */
export const applicationChannels = ['online', 'counter', 'integration'] as const
export type ApplicationChannel = (typeof applicationChannels)[number]
export const ApplicationChannelSchema = Type.Enum([...applicationChannels], {
  description:
    "`online`: filed by the applicant; `counter`: taken by a frontdesk officer on the applicant's behalf (walk-in); `integration`: filed by an integration client with the applicant's consent",
})

export const ApplicationSummarySchema = Type.Object({
  id: Uuid('Application id'),
  officeCode: Type.String({
    description:
      'Kemendagri code of the office the application is filed at (e.g. `73.71`). Applicants are national: their list shows their applications at every office, and one is opened or acted on at its own office (header `X-Pintu-Office`)',
  }),
  registrationNo: Type.Union([RegistrationNoSchema, Type.Null()], { description: 'Set on submission' }),
  serviceCode: Type.String(),
  serviceName: LocalizedTextSchema,
  serviceKind: ServiceKindSchema,
  applicationKind: ApplicationKindSchema,
  status: ApplicationStatusSchema,
  channel: ApplicationChannelSchema,
  version: Type.Integer({ minimum: 1, description: 'Changes on every change; send it back with actions' }),
  createdAt: IsoDateTime('When the draft was created'),
  submittedAt: Type.Union([IsoDateTime('First submission'), Type.Null()]),
  expectedCompletionDate: Type.Union([IsoDate('Expected completion date'), Type.Null()]),
  expectedCompletionProvisional: Type.Boolean({
    description:
      'The expected date lies past the last year with a published holiday calendar of the office the application is filed at, and may still move',
  }),
  stageDueDate: Type.Union([IsoDate('Due date of the current stage'), Type.Null()]),
  returnDueDate: Type.Union([
    IsoDate('While returned: the last working day to fix and resubmit it; after its close the application expires'),
    Type.Null(),
  ]),
  trackingCode: Type.Union(
    [Type.String({ description: 'Code for public tracking, for its owner to find again' }), Type.Null()],
    {
      description:
        'For the applicant who owns the application, once submitted: the tracking code of the receipt, so it can be found again. Null for officers, before submission, and for codes issued before codes could be recomputed',
    },
  ),
})
export type ApplicationSummary = Static<typeof ApplicationSummarySchema>

export const OpenReturnSchema = Type.Object({
  at: IsoDateTime('When it was returned'),
  codes: Type.Array(ReturnReasonCodeSchema),
  requirements: Type.Array(Type.String()),
  fields: Type.Array(Type.String()),
  note: Type.String(),
})
export type OpenReturn = Static<typeof OpenReturnSchema>

export const ApplicationDetailSchema = Type.Object({
  ...ApplicationSummarySchema.properties,
  serviceVersion: Type.Integer({ minimum: 1, description: 'Catalogue version the application is filed under' }),
  service: ServiceDefinitionSchema,
  fee: Type.Object(
    {
      amount: Rupiah('Fee in rupiah (0 for a free service)'),
      estimate: Type.Boolean({
        description:
          'True while it is computed from the answers so far (a draft); false once fixed at submission: the SKRD is issued for this amount',
      }),
    },
    { description: "The fee from the catalogue's fee rule, computed as the SKRD will be" },
  ),
  formData: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number(), Type.Boolean()]), {
    description: 'Form values by field key',
  }),
  documents: Type.Array(DocumentSchema, { description: 'Current documents (one per requirement)' }),
  openReturn: Type.Union([OpenReturnSchema, Type.Null()], {
    description: 'What to fix, while the application is returned',
  }),
  stages: Type.Array(StageProgressSchema),
  events: Type.Array(TimelineEventSchema),
  availableActions: Type.Array(ApplicationActionSchema, { description: 'Actions the caller may take now' }),
  holder: Type.Union(
    [
      Type.Object({
        role: OfficerRoleSchema,
        name: Type.Union([Type.String(), Type.Null()], { description: 'Officer name; only shown to officers' }),
      }),
      Type.Null(),
    ],
    {
      description: 'Who holds the file in the office right now',
    },
  ),
  decisionNote: Type.Union([Type.String(), Type.Null()], { description: 'Legal reason of a rejection' }),
  technicalReport: Type.Union([Type.String(), Type.Null()], { description: 'Technical review report (officers only)' }),
})
export type ApplicationDetail = Static<typeof ApplicationDetailSchema>

/** The application after an action: its full view, the pinned definition only when asked (`?include=service`). */
export const ActionApplicationSchema = Type.Object({
  ...ApplicationDetailSchema.properties,
  service: Type.Optional(ServiceDefinitionSchema),
})
export type ActionApplication = Static<typeof ActionApplicationSchema>

export const ActionResultSchema = Type.Object({
  application: ActionApplicationSchema,
  receipt: Type.Optional(ReceiptSchema),
})
export type ActionResult = Static<typeof ActionResultSchema>

export const MyApplicationsQuerySchema = Type.Object(
  { status: Type.Optional(ApplicationStatusSchema), ...PageQueryProperties },
  { additionalProperties: false },
)
export const ApplicationListSchema = PageOf(ApplicationSummarySchema, 'Applications, newest first')
export type ApplicationList = Static<typeof ApplicationListSchema>

export const ApplicantDataSchema = Type.Object(
  {
    fullName: Type.String(),
    nik: Type.String(),
    email: Type.String(),
    phone: Type.Union([Type.String(), Type.Null()]),
  },
  { description: 'Personal data of the applicant; every read is audited' },
)
export type ApplicantData = Static<typeof ApplicantDataSchema>

export const DeleteDraftQuerySchema = Type.Object(
  {
    version: VersionNumber(
      'The version of the draft you read; a stale one is refused with 409 `applications.stale_version`',
    ),
  },
  { additionalProperties: false },
)
export type DeleteDraftQuery = Static<typeof DeleteDraftQuerySchema>

/** One of the applicant's applications in their data export: what they answered and uploaded, and what happened. */
export const MyDataApplicationSchema = Type.Object({
  ...ApplicationSummarySchema.properties,
  formData: ApplicationDetailSchema.properties.formData,
  documents: Type.Array(DocumentSchema, { description: 'Documents uploaded and still current (their metadata)' }),
  events: Type.Array(TimelineEventSchema, { description: 'What happened to the application, by role' }),
  feeAmount: Type.Union([Rupiah('Fee fixed at submission'), Type.Null()]),
})

/** The applicant's own data (UU 27/2022 on personal data protection, art. 7 and 13: access and a copy). */
export const MyDataSchema = Type.Object(
  {
    exportedAt: IsoDateTime('When this copy was made'),
    account: Type.Object({
      id: Uuid('Account id'),
      fullName: Type.String(),
      nik: Type.Union([Type.String({ description: 'NIK, in full' }), Type.Null()]),
      email: Type.String(),
      phone: Type.Union([Type.String({ description: 'Mobile number in +62 form' }), Type.Null()]),
      createdAt: IsoDateTime('When the account was registered'),
    }),
    applications: Type.Array(MyDataApplicationSchema, { description: 'Every application of the account' }),
  },
  { description: 'Everything Pintu keeps about the calling applicant, as JSON' },
)
export type MyData = Static<typeof MyDataSchema>
