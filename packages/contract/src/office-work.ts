import { Type, type Static } from 'typebox'
import { IsoDate, IsoDateTime, LocalizedTextSchema, Text, Uuid } from './common.ts'
import { ServiceKindSchema, StageKeySchema } from './catalogue-definition.ts'
import { ApplicationStatusSchema, RegistrationNoSchema } from './applications.ts'
import { BoardHistorySchema } from './work-search.ts'

// What the back office works from: an officer's queue, the office board, reassignment and duty.

export const QueueItemSchema = Type.Object({
  id: Uuid('Application id'),
  registrationNo: Type.Union([RegistrationNoSchema, Type.Null()]),
  serviceCode: Type.String(),
  serviceName: LocalizedTextSchema,
  serviceKind: ServiceKindSchema,
  status: ApplicationStatusSchema,
  stage: Type.Union([StageKeySchema, Type.Null()]),
  stageStartedAt: Type.Union([IsoDateTime('When the current stage started'), Type.Null()]),
  stageDueDate: Type.Union([IsoDate('Due date of the current stage'), Type.Null()]),
  stageDueDateProvisional: Type.Boolean({
    description: 'The due date lies past the last year with a published holiday calendar and may still move',
  }),
  overdue: Type.Boolean({ description: 'The stage is past its budget' }),
  workingDaysLeft: Type.Union([Type.Integer(), Type.Null()], {
    description:
      'Working days until the close of the due date (0 on the due date, negative when overdue); holidays and closures excluded',
  }),
  assigneeName: Type.Union([Type.String(), Type.Null()], { description: 'Officer the system assigned' }),
  version: Type.Integer({ minimum: 1 }),
})
export type QueueItem = Static<typeof QueueItemSchema>
export const QueueSchema = Type.Object({
  onDuty: Type.Boolean({ description: 'Whether the system may assign me work now' }),
  items: Type.Array(QueueItemSchema, { description: 'Work assigned to me matching the filters, earliest due first' }),
})
export type Queue = Static<typeof QueueSchema>

export const BoardSchema = Type.Object({
  stages: Type.Array(
    Type.Object({
      stage: Type.Union([StageKeySchema, Type.Literal('unassigned')]),
      count: Type.Integer(),
      overdue: Type.Integer(),
    }),
    {
      description: 'Files the office holds, per stage',
    },
  ),
  reassignments: Type.Object(
    {
      bySupervisor: Type.Integer({ description: 'Stages a supervisor handed to another officer, with a reason' }),
      bySystem: Type.Integer({ description: 'Stages the system handed over (an officer went off duty)' }),
    },
    { description: 'Every reassignment is recorded and counted (SPEC P2: nobody quietly moves work)' },
  ),
  history: BoardHistorySchema,
  items: Type.Array(QueueItemSchema, { description: 'Open files matching the filters, earliest due first' }),
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
})
export type Board = Static<typeof BoardSchema>

export const ReassignBodySchema = Type.Object(
  {
    reason: Text({
      minLength: 10,
      maxLength: 1000,
      multiline: true,
      description: 'Why the file is reassigned (recorded and counted)',
    }),
  },
  { additionalProperties: false, description: 'The system picks the new officer; a supervisor cannot choose one' },
)
export type ReassignBody = Static<typeof ReassignBodySchema>

export const DutyBodySchema = Type.Object(
  { onDuty: Type.Boolean({ description: 'Whether the system may assign me work' }) },
  { additionalProperties: false },
)
export const DutyResultSchema = Type.Object({
  onDuty: Type.Boolean(),
  reassigned: Type.Integer({ description: 'Open files handed to other officers' }),
})
