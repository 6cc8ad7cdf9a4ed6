/**
 * Searching the work: the filters both the officer's own queue and the supervisor board take, and
 * the board's history. Validated by the API; every filter narrows what the caller may already see.
 */
import { Type, type Static } from 'typebox'
import { IsoDate, PageQueryProperties } from './common.ts'
import { StageKeySchema } from './catalogue-definition.ts'
import { officeStatuses } from './lifecycle.ts'

export const WorkFilterProperties = {
  registrationNo: Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9-]{3,24}$',
      description: 'Registration number or its beginning, e.g. `REG-2026-0001` (case ignored)',
    }),
  ),
  service: Type.Optional(Type.String({ pattern: '^[A-Z][A-Z0-9-]{1,23}$', description: 'Service code, e.g. `IMB`' })),
  status: Type.Optional(Type.Enum([...officeStatuses], { description: 'Status while an office stage holds the file' })),
  dueBy: Type.Optional(IsoDate('Only files whose current stage is due on or before this date')),
  overdue: Type.Optional(Type.Boolean({ description: 'true: only files past their stage budget' })),
}

export const QueueQuerySchema = Type.Object(
  { ...WorkFilterProperties },
  { additionalProperties: false, description: 'Filters of my queue' },
)
export type QueueQuery = Static<typeof QueueQuerySchema>

export const BoardQuerySchema = Type.Object(
  { stage: Type.Optional(StageKeySchema), ...WorkFilterProperties, ...PageQueryProperties },
  { additionalProperties: false },
)
export type BoardQuery = Static<typeof BoardQuerySchema>

export const BoardHistorySchema = Type.Object(
  {
    since: IsoDate("Monday of this week (the office's time zone): the history counts from its start"),
    stagesFinished: Type.Array(
      Type.Object(
        {
          stage: StageKeySchema,
          count: Type.Integer({ minimum: 0, description: 'Stages of files finished (acted on) since Monday' }),
        },
        { additionalProperties: false },
      ),
      { description: 'Stages finished this week, by stage (each stage of the office, 0 when none)' },
    ),
    outcomes: Type.Object(
      {
        issued: Type.Integer({ minimum: 0, description: 'Files issued (signed) since Monday' }),
        rejected: Type.Integer({ minimum: 0, description: 'Files rejected since Monday' }),
        withdrawn: Type.Integer({ minimum: 0, description: 'Files withdrawn since Monday' }),
        expired: Type.Integer({ minimum: 0, description: 'Returned files that expired since Monday' }),
      },
      { additionalProperties: false, description: 'Files that left the office for good this week' },
    ),
  },
  { additionalProperties: false, description: 'What the office finished this week, beside what is open' },
)
export type BoardHistory = Static<typeof BoardHistorySchema>
