import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, Text, Uuid } from './common.ts'
import { StageKeySchema } from './catalogue-definition.ts'

/** A declared closure of the office (SPEC §9): SLA clocks pause, intake continues, the public is told. */
export const ClosureSchema = Type.Object({
  id: Uuid('Closure id'),
  reason: Type.String({ description: 'Why the office is closed, as told to the public' }),
  legalBasis: Type.String({ description: 'The decision that declares it' }),
  startsOn: IsoDate("First closed day (the office's time zone)"),
  endsOn: Type.Union([IsoDate('Last closed day'), Type.Null()], { description: 'Null while open-ended' }),
  declaredAt: IsoDateTime('When it was declared'),
  inForce: Type.Boolean({ description: 'Whether today falls in it' }),
})
export type Closure = Static<typeof ClosureSchema>

export const DeclareClosureBodySchema = Type.Object(
  {
    reason: Text({ minLength: 10, maxLength: 1000, multiline: true, description: 'Shown to the public' }),
    legalBasis: Text({ minLength: 5, maxLength: 300, description: 'E.g. the Wali Kota decree' }),
    startsOn: IsoDate('First closed day'),
    endsOn: Type.Optional(IsoDate('Last closed day; omit while unknown and end it later')),
  },
  { additionalProperties: false },
)
export type DeclareClosureBody = Static<typeof DeclareClosureBodySchema>
export const EndClosureBodySchema = Type.Object({ endsOn: IsoDate('Last closed day') }, { additionalProperties: false })
export const ClosureListSchema = Type.Object({
  items: Type.Array(ClosureSchema, { description: 'Every declared closure, newest first' }),
})

export const NotificationSchema = Type.Object({
  id: Uuid('Notification id'),
  kind: Type.Enum(['stage_overdue', 'deemed_approval']),
  applicationId: Uuid('Application'),
  registrationNo: Type.Union([Type.String(), Type.Null()]),
  stage: StageKeySchema,
  dueDate: IsoDate('The due date that passed'),
  createdAt: IsoDateTime('When it was raised'),
})
export const NotificationListSchema = Type.Object({
  items: Type.Array(NotificationSchema, { description: 'Escalations for supervisors, newest first' }),
})
