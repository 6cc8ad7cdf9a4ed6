import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, Text, Uuid } from './common.ts'
import { RegistrationNoSchema } from './applications.ts'

/*
 * Complaints (pengaduan) on the national SP4N-LAPOR! ladder (Permenpan RB 62/2018 and Perpres
 * 76/2013): a first response within 3 working days, resolution within 5 (information, ordinary),
 * 14 (dispute) or 60 (needing a field check) working days. The clock pauses while the office waits
 * for the complainant.
 */

export const complaintCategories = ['information', 'ordinary', 'dispute', 'field_check'] as const
export type ComplaintCategory = (typeof complaintCategories)[number]
export const complaintSubjects = ['service', 'application', 'officer_conduct', 'system'] as const
export type ComplaintSubject = (typeof complaintSubjects)[number]
export const complaintStatuses = ['awaiting_response', 'in_progress', 'waiting_for_complainant', 'closed'] as const
export type ComplaintStatus = (typeof complaintStatuses)[number]
export const complaintOutcomes = ['resolved', 'unfounded', 'out_of_scope'] as const
export const complaintSteps = ['respond', 'request_info', 'forward', 'close'] as const
export type ComplaintStep = (typeof complaintSteps)[number]

/** Working days of the ladder. */
export const FIRST_RESPONSE_DAYS = 3
export const RESOLUTION_DAYS: Record<ComplaintCategory, number> = {
  information: 5,
  ordinary: 5,
  dispute: 14,
  field_check: 60,
}

/** Which steps an officer may take in each status; `closed` takes none. */
export const complaintStepsFrom: Record<ComplaintStatus, readonly ComplaintStep[]> = {
  awaiting_response: ['respond', 'request_info', 'forward', 'close'],
  in_progress: ['respond', 'request_info', 'forward', 'close'],
  waiting_for_complainant: ['close'],
  closed: [],
}

export const ComplaintCategorySchema = Type.Enum([...complaintCategories], {
  description:
    'Sets the resolution deadline: `information` and `ordinary` 5 working days, `dispute` 14, `field_check` (needs a field check) 60',
})
export const ComplaintSubjectSchema = Type.Enum([...complaintSubjects], {
  description:
    'What it is about: a `service` (give `serviceCode`), an `application` (give `registrationNo`), an officer’s conduct, or the `system` itself (slow, unavailable)',
})
export const ComplaintStatusSchema = Type.Enum([...complaintStatuses], {
  description:
    '`awaiting_response` until the first answer, `in_progress`, `waiting_for_complainant` (clock paused), `closed`',
})
export const ComplaintOutcomeSchema = Type.Enum([...complaintOutcomes], { description: 'How it was closed' })
export const ComplaintNumberSchema = Type.String({
  pattern: '^ADU-[0-9]{4}-[0-9]{6,}$',
  maxLength: 24,
  description: 'Complaint number, e.g. ADU-2026-000123',
})
export const FollowUpCodeSchema = Type.String({
  minLength: 1,
  maxLength: 32,
  pattern: '^[A-Za-z0-9]+$',
  description: 'The follow-up code given once when the complaint was filed',
})

export const FileComplaintBodySchema = Type.Object(
  {
    category: ComplaintCategorySchema,
    subject: ComplaintSubjectSchema,
    serviceCode: Type.Optional(
      Type.String({ pattern: '^[A-Z0-9_]{2,32}$', description: 'The service, when the subject is `service`' }),
    ),
    registrationNo: Type.Optional(RegistrationNoSchema),
    pungli: Type.Optional(
      Type.Boolean({
        description:
          'A report of extortion (pungutan liar) by an officer: handled by the inspectorate (auditor role) only, never shown to the office’s supervisors or staff. Only with the subject `officer_conduct`.',
      }),
    ),
    description: Text({ minLength: 10, maxLength: 4000, multiline: true, description: 'What happened' }),
  },
  { additionalProperties: false },
)
export type FileComplaintBody = Static<typeof FileComplaintBodySchema>

const Deadlines = {
  firstResponseDueDate: IsoDate("Last working day for the first response (the office's time zone)"),
  resolutionDueDate: IsoDate(
    'Last working day for resolution; moves by the working days spent waiting for the complainant',
  ),
}

export const FiledComplaintSchema = Type.Object({
  number: ComplaintNumberSchema,
  followUpCode: Type.String({
    description: 'Shown once: with the number it opens the complaint; only its hash is kept',
  }),
  filedAt: IsoDateTime('When it was filed'),
  ...Deadlines,
})

/** At most this many files with the complaint, and with each reply. */
export const MAX_COMPLAINT_ATTACHMENTS = 3
/** The size limit of each attached file, as for a technical review attachment (10 MiB). */
export const COMPLAINT_ATTACHMENT_MAX_KB = 10 * 1024

export const ComplaintAttachmentSchema = Type.Object({
  id: Uuid('Attachment id, for downloading it'),
  contentType: Type.Enum(['application/pdf', 'image/jpeg', 'image/png'], { description: 'Proven from the content' }),
  sizeBytes: Type.Integer({ minimum: 1, maximum: COMPLAINT_ATTACHMENT_MAX_KB * 1024, description: 'Size in bytes' }),
  sha256: Type.String({ pattern: '^[0-9a-f]{64}$', description: 'SHA-256 of the file' }),
  uploadedAt: IsoDateTime('When it was attached'),
})
export type ComplaintAttachment = Static<typeof ComplaintAttachmentSchema>

export const ComplaintMessageSchema = Type.Object({
  from: Type.Enum(['complainant', 'office'], { description: 'Who wrote it; never a name' }),
  kind: Type.Enum(['complaint', 'response', 'info_request', 'forward', 'closing', 'reply']),
  text: Type.String({ description: 'The message' }),
  at: IsoDateTime('When'),
  attachments: Type.Array(ComplaintAttachmentSchema, { description: 'The complainant’s files, oldest first' }),
})

const ComplaintState = {
  number: ComplaintNumberSchema,
  category: ComplaintCategorySchema,
  subject: ComplaintSubjectSchema,
  status: ComplaintStatusSchema,
  outcome: Type.Union([ComplaintOutcomeSchema, Type.Null()]),
  filedAt: IsoDateTime('When it was filed'),
  ...Deadlines,
  paused: Type.Boolean({ description: 'Waiting for the complainant: the resolution clock is stopped' }),
  firstRespondedAt: Type.Union([IsoDateTime('First answer'), Type.Null()]),
  closedAt: Type.Union([IsoDateTime('When it was closed'), Type.Null()]),
  messages: Type.Array(ComplaintMessageSchema, { description: 'Oldest first' }),
}

/** What the holder of the number and follow-up code reads. */
export const ComplaintFollowUpSchema = Type.Object(ComplaintState)
export type ComplaintFollowUp = Static<typeof ComplaintFollowUpSchema>

/** What the office reads: nothing that identifies the complainant. */
export const ComplaintSchema = Type.Object({
  id: Uuid('Complaint id'),
  ...ComplaintState,
  serviceCode: Type.Union([Type.String(), Type.Null()]),
  registrationNo: Type.Union([Type.String(), Type.Null()]),
  pungli: Type.Boolean({ description: 'An extortion report (inspectorate only)' }),
  anonymous: Type.Boolean({ description: 'Filed without an account; a filed-by account is never shown' }),
  forwardedTo: Type.Union([Type.String(), Type.Null()], { description: 'The unit it was forwarded to' }),
  firstResponseOverdue: Type.Boolean({ description: 'No answer yet and past the first-response date' }),
  resolutionOverdue: Type.Boolean({ description: 'Open, not paused, and past the resolution date' }),
  escalated: Type.Boolean({ description: 'The scheduled job flagged it overdue' }),
  steps: Type.Array(Type.Enum([...complaintSteps]), { description: 'Steps the caller may take now' }),
})
export type Complaint = Static<typeof ComplaintSchema>
export const ComplaintListSchema = Type.Object({
  items: Type.Array(ComplaintSchema, { description: 'Open ones first, by resolution date; then the 100 last closed' }),
})

export const ComplaintNumberParams = Type.Object({ number: ComplaintNumberSchema }, { additionalProperties: false })
export const FollowUpQuerySchema = Type.Object({ code: FollowUpCodeSchema }, { additionalProperties: false })
export const FollowUpAttachmentParams = Type.Object(
  { number: ComplaintNumberSchema, attachmentId: Uuid('Attachment id') },
  { additionalProperties: false },
)
export const ComplaintAttachmentParams = Type.Object(
  { id: Uuid('Complaint id'), attachmentId: Uuid('Attachment id') },
  { additionalProperties: false },
)
export const ComplaintReplyBodySchema = Type.Object(
  {
    code: FollowUpCodeSchema,
    message: Text({ minLength: 1, maxLength: 4000, multiline: true, description: 'The answer to the office' }),
  },
  { additionalProperties: false },
)
export const ComplaintStepBodySchema = Type.Object(
  {
    step: Type.Enum([...complaintSteps], {
      description:
        '`respond`, `request_info` (pauses the clock), `forward` (give `forwardedTo`), `close` (give `outcome`)',
    }),
    message: Text({ minLength: 1, maxLength: 4000, multiline: true, description: 'Shown to the complainant' }),
    forwardedTo: Type.Optional(Text({ minLength: 2, maxLength: 200, description: 'The unit it goes to' })),
    outcome: Type.Optional(ComplaintOutcomeSchema),
  },
  { additionalProperties: false },
)
export type ComplaintStepBody = Static<typeof ComplaintStepBodySchema>

/** Public figures of complaints. */
export const ComplaintFiguresSchema = Type.Object({
  total: Type.Integer({ minimum: 0 }),
  byCategory: Type.Array(
    Type.Object({
      category: ComplaintCategorySchema,
      status: ComplaintStatusSchema,
      count: Type.Integer({ minimum: 0 }),
    }),
    { description: 'Every category × status with at least one complaint' },
  ),
  answered: Type.Integer({ minimum: 0, description: 'Complaints with a first response' }),
  answeredOnTime: Type.Integer({ minimum: 0, description: 'First response within 3 working days' }),
  answeredOnTimeShare: Type.Union([Type.Number(), Type.Null()], {
    description: 'answeredOnTime / answered, 0–1 to four decimals; null with none answered',
  }),
  closed: Type.Integer({ minimum: 0 }),
  resolvedOnTime: Type.Integer({ minimum: 0, description: 'Closed by the resolution date' }),
  resolvedOnTimeShare: Type.Union([Type.Number(), Type.Null()], { description: 'resolvedOnTime / closed' }),
  medianDaysToFirstResponse: Type.Union([Type.Number(), Type.Null()], { description: 'Working days' }),
  medianDaysToClose: Type.Union([Type.Number(), Type.Null()], {
    description: 'Working days, without the days spent waiting for the complainant',
  }),
})
export type ComplaintFigures = Static<typeof ComplaintFiguresSchema>
