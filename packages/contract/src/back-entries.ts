/**
 * Paper back-entry (SPEC §9, issue 13 item 3): applications received on paper while the office was declared
 * closed are entered afterwards with the original receipt's number and date, and count only once a second
 * officer approves them.
 */
import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, Text, Uuid, VersionNumber } from './common.ts'
import { RegistrationNoSchema } from './applications.ts'

export const PaperReceiptNumberSchema = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$',
  description:
    'The number printed on the paper receipt handed over during the closure, e.g. `TT/2026/0012` (letters, digits, `.`, `/`, `-`; compared without regard to case)',
})

export const backEntryStatuses = ['pending', 'approved', 'rejected'] as const
export type BackEntryStatus = (typeof backEntryStatuses)[number]

export const CreateBackEntryBodySchema = Type.Object(
  {
    applicationId: Uuid('A complete counter draft the calling officer started for the applicant'),
    version: VersionNumber('The version of the draft you read: what the second officer approves'),
    paperReceiptNumber: PaperReceiptNumberSchema,
    receivedOn: IsoDate('The date on the paper receipt; a day of a declared closure, not in the future'),
  },
  { additionalProperties: false },
)
export type CreateBackEntryBody = Static<typeof CreateBackEntryBodySchema>

export const RejectBackEntryBodySchema = Type.Object(
  { reason: Text({ minLength: 5, maxLength: 500, multiline: true, description: 'Why it is refused' }) },
  { additionalProperties: false },
)
export type RejectBackEntryBody = Static<typeof RejectBackEntryBodySchema>

export const BackEntryIdParamsSchema = Type.Object({ id: Uuid('Back-entry id') }, { additionalProperties: false })

export const BackEntryListQuerySchema = Type.Object(
  {
    status: Type.Optional(
      Type.Enum([...backEntryStatuses], { description: 'Only back-entries in this state (default: pending)' }),
    ),
  },
  { additionalProperties: false },
)

const Officer = (description: string) =>
  Type.Object(
    { id: Uuid('Officer account id'), fullName: Type.String({ description: "The officer's name" }) },
    { description },
  )

export const BackEntrySchema = Type.Object({
  id: Uuid('Back-entry id'),
  applicationId: Uuid('The application it brings in'),
  serviceCode: Type.String({ description: 'Service type of the application' }),
  applicationKind: Type.String({ description: 'baru, perpanjangan, …' }),
  paperReceiptNumber: Type.String({ description: 'The number on the paper receipt (upper case)' }),
  receivedOn: IsoDate('The date on the paper receipt'),
  status: Type.Enum([...backEntryStatuses], {
    description: 'pending until a second officer approves (it counts) or rejects it (it does not)',
  }),
  enteredBy: Officer('The frontdesk officer who entered it'),
  enteredAt: IsoDateTime('When it was entered'),
  decidedBy: Type.Union([Officer('The second officer, who approved or rejected it'), Type.Null()]),
  decidedAt: Type.Union([IsoDateTime('When it was approved or rejected'), Type.Null()]),
  rejectionReason: Type.Union([Type.String({ description: 'Why it was rejected' }), Type.Null()]),
  registrationNo: Type.Union([RegistrationNoSchema, Type.Null()], { description: 'Given on approval' }),
  expectedCompletionDate: Type.Union([IsoDate('Counted from `receivedOn`, closure days left out'), Type.Null()], {
    description: 'Set on approval',
  }),
})
export type BackEntry = Static<typeof BackEntrySchema>

export const BackEntryListSchema = Type.Object({
  items: Type.Array(BackEntrySchema, { description: 'Newest first, at most 200' }),
})
