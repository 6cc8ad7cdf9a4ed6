import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, LocalizedTextSchema } from './common.ts'
import { OfficerRoleSchema } from './roles.ts'
import {
  ApplicationChannelSchema,
  ApplicationStatusSchema,
  RegistrationNoSchema,
  StageProgressSchema,
  TimelineEventSchema,
} from './applications.ts'

// Public tracking by registration number: what anyone holding the number and tracking code may read.

export const TrackParamsSchema = Type.Object(
  {
    registrationNo: Type.String({
      pattern: '^(REG-[0-9]{4}-[0-9]{6,}|SEM-[0-9]{4}-[0-9A-F]{6}-[0-9]{3,6})$',
      maxLength: 24,
      description:
        "Registration number (REG-2026-000123), or the provisional receipt number (SEM-2026-3FA2C1-007) of an intake taken at the counter without the network, with that receipt's own code",
    }),
  },
  { additionalProperties: false },
)
export const TrackingCodeSchema = Type.String({
  minLength: 1,
  maxLength: 32,
  pattern: '^[A-Za-z0-9]+$',
  description: 'Tracking code from the receipt',
})
export const TrackQuerySchema = Type.Object({ code: TrackingCodeSchema }, { additionalProperties: false })
export const TrackingSchema = Type.Object(
  {
    registrationNo: RegistrationNoSchema,
    serviceCode: Type.String(),
    serviceName: LocalizedTextSchema,
    status: ApplicationStatusSchema,
    channel: ApplicationChannelSchema,
    holderRole: Type.Union([OfficerRoleSchema, Type.Literal('applicant'), Type.Null()], {
      description: 'Who holds the file: a role, never a name',
    }),
    submittedAt: IsoDateTime('First submission'),
    expectedCompletionDate: IsoDate('Expected completion date'),
    expectedCompletionProvisional: Type.Boolean({
      description: 'The expected date lies past the last year with a published holiday calendar and may still move',
    }),
    returnDueDate: Type.Union([IsoDate('While returned: the last working day to fix and resubmit it'), Type.Null()]),
    stages: Type.Array(StageProgressSchema),
    events: Type.Array(TimelineEventSchema),
  },
  { description: 'Public view of an application: no personal data' },
)
export type Tracking = Static<typeof TrackingSchema>
